package nl.cleantechwerkt.catalog;

import java.util.List;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.Sector;
import nl.cleantechwerkt.skills.SkillView;

/**
 * Everything the course page shows. {@code upcoming} holds only runs that start today or
 * later, ordered by start date: past runs are never shown as available.
 */
public record CourseDetail(long id, String courseCode, String title, String description, List<String> learningOutcomes,
        Level level, CourseMode mode, String language, Integer hours, Integer ects, String qualificationCode,
        Sector sector, Level entryLevel, String url, String costNote, boolean published, ProviderView provider,
        List<SkillView> skills, List<OfferingView> upcoming) {

    public boolean hasUpcoming() {
        return !upcoming.isEmpty();
    }
}
