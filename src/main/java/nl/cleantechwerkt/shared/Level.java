package nl.cleantechwerkt.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * Education level of a course, from secondary school to master and post-initial short courses.
 * The {@link #code()} is what the API, CSV import and URLs use; {@link #rank()} orders levels
 * so "reachable from" comparisons work.
 */
public enum Level {
    VMBO("VMBO", 1),
    HAVO("HAVO", 2),
    VWO("VWO", 3),
    MBO_1("MBO-1", 1),
    MBO_2("MBO-2", 2),
    MBO_3("MBO-3", 3),
    MBO_4("MBO-4", 4),
    AD("AD", 5),
    BACHELOR("BACHELOR", 6),
    MASTER("MASTER", 7),
    COURSE("COURSE", 0);

    private final String code;
    private final int rank;

    Level(String code, int rank) {
        this.code = code;
        this.rank = rank;
    }

    public String code() {
        return code;
    }

    public int rank() {
        return rank;
    }

    /** Message-bundle key of the display name. */
    public String messageKey() {
        return "level." + code;
    }

    public static Optional<Level> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim();
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(wanted)).findFirst();
    }
}
