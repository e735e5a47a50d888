package nl.cleantechwerkt.catalog.imports;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.cleantechwerkt.catalog.ImportProblem;
import nl.cleantechwerkt.skills.SkillCatalog;
import nl.cleantechwerkt.skills.SkillView;

/**
 * The rules every import format holds a course to, so a CSV row and an OOAPI item are checked
 * alike. Each check reports through {@link Where}, which knows how the format points at a value
 * (a line and column, or a JSON path).
 */
final class CourseRules {

    static final int MAX_RECORDS = 50_000;
    /** Problems beyond this many are not listed one by one; the file is refused anyway. */
    static final int MAX_PROBLEMS = 1_000;
    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 10_000;
    private static final Pattern COURSE_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    /** Makes a problem for a field of the record being read. */
    @FunctionalInterface
    interface Where {
        ImportProblem problem(String field, String messageKey, Object... arguments);
    }

    private CourseRules() {
    }

    /**
     * The text of a UTF-8 file (a BOM is dropped), or null with a problem when it is binary or
     * not UTF-8.
     */
    static String utf8(byte[] bytes, String binaryKey, String encodingKey, List<ImportProblem> problems) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        for (int i = offset; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                problems.add(ImportProblem.file(binaryKey));
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            problems.add(ImportProblem.file(encodingKey));
            return null;
        }
    }

    static void courseCode(String code, String field, Where where, List<ImportProblem> problems) {
        if (code == null || code.isEmpty()) {
            problems.add(where.problem(field, "import.value.required"));
        } else if (!COURSE_CODE.matcher(code).matches()) {
            problems.add(where.problem(field, "import.courseCode.invalid", code));
        }
    }

    /** A required text of at most {@code max} characters. */
    static void requiredText(String value, int max, String field, Where where, List<ImportProblem> problems) {
        if (value == null || value.isEmpty()) {
            problems.add(where.problem(field, "import.value.required"));
        } else if (value.length() > max) {
            problems.add(where.problem(field, "import.value.tooLong", max));
        }
    }

    static void url(String url, String field, Where where, List<ImportProblem> problems) {
        if (url != null && !url.isEmpty() && !URL.matcher(url).matches()) {
            problems.add(where.problem(field, "import.url.invalid", url));
        }
    }

    static void language(String language, String original, String field, Where where, List<ImportProblem> problems) {
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            problems.add(where.problem(field, "import.language.invalid", original));
        }
    }

    /** A price in euros: not negative, at most two decimals. */
    static void price(BigDecimal price, String original, String field, Where where, List<ImportProblem> problems) {
        if (price != null && (price.signum() < 0 || price.scale() > 2)) {
            problems.add(where.problem(field, "import.price.invalid", original));
        }
    }

    /** ESCO URIs or Dutch/English labels to URIs; each unknown one is a problem. */
    static List<String> skills(SkillCatalog catalog, Iterable<String> labels, String field, Where where,
            List<ImportProblem> problems) {
        List<String> uris = new ArrayList<>();
        for (String label : labels) {
            if (label != null && !label.isBlank()) {
                catalog.resolve(label.trim()).map(SkillView::uri).ifPresentOrElse(uris::add,
                        () -> problems.add(where.problem(field, "import.skill.unknown", label.trim())));
            }
        }
        return uris;
    }
}
