package nl.cleantechwerkt.matching;

import java.util.List;
import nl.cleantechwerkt.skills.OccupationView;

/**
 * The gap and the courses that close it, best first.
 *
 * @param occupation the target occupation; null when the target was given as skills only
 */
public record MatchResult(OccupationView occupation, SkillGap gap, List<CourseMatch> items) {

    public MatchResult {
        items = List.copyOf(items);
    }
}
