package nl.cleantechwerkt.employers;

import java.util.Arrays;
import java.util.Optional;

/** What an employer is looking for. */
public enum NeedKind {
    /** A job opening. */
    VACANCY,
    /** A BBL learn-work place: working at the employer while following an MBO course. */
    BBL,
    /** An internship (stage) for a student. */
    INTERNSHIP,
    /** Training for the employer's own staff. */
    UPSKILLING;

    public String messageKey() {
        return "need.kind." + name();
    }

    public static Optional<NeedKind> fromCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(code.trim())).findFirst();
    }
}
