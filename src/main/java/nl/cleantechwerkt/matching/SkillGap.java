package nl.cleantechwerkt.matching;

import java.util.List;

/**
 * The target's skills split into what the person has and what they lack, essential and optional
 * apart. Each list is ordered heaviest first (rarest, then by URI), the order explanations use.
 */
public record SkillGap(List<String> essentialHave, List<String> essentialMissing, List<String> optionalHave,
        List<String> optionalMissing) {

    public SkillGap {
        essentialHave = List.copyOf(essentialHave);
        essentialMissing = List.copyOf(essentialMissing);
        optionalHave = List.copyOf(optionalHave);
        optionalMissing = List.copyOf(optionalMissing);
    }

    /** True when nothing is missing: there is nothing for a course to close. */
    public boolean closed() {
        return essentialMissing.isEmpty() && optionalMissing.isEmpty();
    }

    public int missingCount() {
        return essentialMissing.size() + optionalMissing.size();
    }
}
