package nl.cleantechwerkt.matching;

import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;

/** A published course that closes part of a skill gap, with its explanation. */
public record CourseMatch(long courseId, String courseCode, String providerCode, String providerName, String title,
        Level level, CourseMode mode, MatchExplanation explanation) {

    public double score() {
        return explanation.score();
    }
}
