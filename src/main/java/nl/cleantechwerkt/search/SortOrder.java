package nl.cleantechwerkt.search;

import java.util.Arrays;
import java.util.Optional;

/** How results are ordered. */
public enum SortOrder {
    RELEVANCE, START, DISTANCE, TITLE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<SortOrder> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(code.trim())).findFirst();
    }
}
