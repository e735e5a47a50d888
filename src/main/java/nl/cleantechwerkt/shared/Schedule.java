package nl.cleantechwerkt.shared;

import java.util.Arrays;
import java.util.Optional;

/** When the lessons of an offering take place. */
public enum Schedule {
    DAY, EVENING, WEEKEND;

    public String messageKey() {
        return "schedule." + name();
    }

    public static Optional<Schedule> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim();
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(wanted)).findFirst();
    }
}
