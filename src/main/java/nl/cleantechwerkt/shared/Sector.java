package nl.cleantechwerkt.shared;

import java.util.Arrays;
import java.util.Optional;

/** Theme of a course within the regional cleantech economy. */
public enum Sector {
    ENERGY_TRANSITION, INSTALLATION_TECHNOLOGY, ELECTRICAL, CIRCULAR, MOBILITY, ICT_DATA,
    PROCESS_TECHNOLOGY, MECHANICAL_MAINTENANCE, CONSTRUCTION, LOGISTICS, EDUCATION, GENERAL;

    public String messageKey() {
        return "sector." + name();
    }

    public static Optional<Sector> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim();
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(wanted)).findFirst();
    }
}
