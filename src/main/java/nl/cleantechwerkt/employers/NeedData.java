package nl.cleantechwerkt.employers;

import java.time.LocalDate;
import java.util.List;

/**
 * A need as an employer enters it, checked by {@link SkillNeeds#check(NeedData)}. Values that
 * could not be read (a number that is no number) arrive as null and are reported as missing.
 *
 * @param occupationUri ESCO occupation, or null
 * @param place a place, municipality or postcode the gazetteer can resolve
 * @param startDate null when the start is open; otherwise after today
 * @param deadline null when there is none; otherwise today or later
 */
public record NeedData(NeedKind kind, String title, String occupationUri, List<NeedSkill> skills, Integer peopleCount,
        String place, LocalDate startDate, LocalDate deadline) {

    public NeedData {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
