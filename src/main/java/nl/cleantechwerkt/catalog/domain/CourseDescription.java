package nl.cleantechwerkt.catalog.domain;

import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.Sector;

/** The descriptive fields of a course, validated before they reach the entity. */
public record CourseDescription(String title, String description, String learningOutcomes, Level level, CourseMode mode,
        String language, Integer hours, Integer ects, String qualificationCode, Sector sector, Level entryLevel,
        String url, String costNote) {
}
