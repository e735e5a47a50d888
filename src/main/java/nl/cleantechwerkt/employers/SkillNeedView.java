package nl.cleantechwerkt.employers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A skill need as matching, insights and the employer's pages read it.
 *
 * @param occupationUri ESCO occupation the need was described from, or null
 * @param skills every skill asked for, musts first
 * @param peopleCount how many people are needed, at least 1
 * @param startDate when the people should start, or null when open
 * @param deadline until when the need stands, or null
 */
public record SkillNeedView(long id, long employerId, String employerName, NeedKind kind, String title,
        String occupationUri, List<NeedSkill> skills, int peopleCount, NeedLocation location, LocalDate startDate,
        LocalDate deadline, NeedStatus status, Instant createdAt, Instant updatedAt) {

    public SkillNeedView {
        skills = List.copyOf(skills);
    }

    /** URIs of the skills a candidate must have. */
    public List<String> mustSkills() {
        return urisOf(Importance.MUST);
    }

    /** URIs of the skills that are nice to have. */
    public List<String> niceSkills() {
        return urisOf(Importance.NICE);
    }

    /** Open for matching on this day: status open and the deadline, if any, not passed. */
    public boolean openOn(LocalDate day) {
        return status == NeedStatus.OPEN && (deadline == null || !deadline.isBefore(day));
    }

    private List<String> urisOf(Importance importance) {
        return skills.stream().filter(s -> s.importance() == importance).map(NeedSkill::skillUri).toList();
    }
}
