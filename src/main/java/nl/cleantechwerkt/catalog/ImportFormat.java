package nl.cleantechwerkt.catalog;

import java.util.Locale;

/** The file formats a provider can import its courses in. */
public enum ImportFormat {
    /** One row per offering; see {@link CourseImport#csvColumns()}. */
    CSV,
    /** Open Education API v5 JSON: a courses/programs page with offerings, or an offerings page. */
    OOAPI;

    /**
     * The format of an uploaded file: JSON by its name or, failing that, by its first
     * non-blank character; CSV otherwise.
     */
    public static ImportFormat of(String fileName, byte[] content) {
        if (fileName != null) {
            String name = fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".json")) {
                return OOAPI;
            }
            if (name.endsWith(".csv") || name.endsWith(".txt")) {
                return CSV;
            }
        }
        int i = content.length >= 3 && (content[0] & 0xff) == 0xEF ? 3 : 0;
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i < content.length && (content[i] == '{' || content[i] == '[') ? OOAPI : CSV;
    }
}
