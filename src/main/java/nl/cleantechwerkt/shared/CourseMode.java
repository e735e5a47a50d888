package nl.cleantechwerkt.shared;

import java.util.Arrays;
import java.util.Optional;

/** How a course is followed. BOL and BBL are the two MBO learning routes (school-based, work-based). */
public enum CourseMode {
    FULLTIME, PARTTIME, BOL, BBL, ONLINE, BLENDED;

    public String code() {
        return name();
    }

    public String messageKey() {
        return "mode." + name();
    }

    public static Optional<CourseMode> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim();
        return Arrays.stream(values()).filter(m -> m.name().equalsIgnoreCase(wanted)).findFirst();
    }
}
