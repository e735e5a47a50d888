package nl.cleantechwerkt.employers;

import java.util.Arrays;
import java.util.Optional;

/** How much a skill of a need counts: a candidate must have it, or it is nice to have. */
public enum Importance {
    MUST, NICE;

    public String messageKey() {
        return "need.importance." + name();
    }

    public static Optional<Importance> fromCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(i -> i.name().equalsIgnoreCase(code.trim())).findFirst();
    }
}
