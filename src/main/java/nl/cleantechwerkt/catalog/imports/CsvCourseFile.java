package nl.cleantechwerkt.catalog.imports;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.cleantechwerkt.catalog.CourseData;
import nl.cleantechwerkt.catalog.ImportProblem;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.Schedule;
import nl.cleantechwerkt.shared.Sector;
import nl.cleantechwerkt.skills.SkillCatalog;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and checks a course CSV completely before anything is written: UTF-8 (with or without
 * BOM), comma or semicolon, a header row, one row per offering; rows with the same
 * {@code course_code} form one course. Every problem is collected with its line and column.
 */
public final class CsvCourseFile {

    public static final List<String> COLUMNS = List.of("course_code", "title", "description", "level", "mode", "language",
            "hours", "qualification_code", "skills", "url", "start_date", "end_date", "municipality", "postcode", "price_eur",
            "schedule");
    public static final Set<String> REQUIRED = Set.of("course_code", "title", "description", "level");

    private final Gazetteer gazetteer;
    private final SkillCatalog skills;

    public CsvCourseFile(Gazetteer gazetteer, SkillCatalog skills) {
        this.gazetteer = gazetteer;
        this.skills = skills;
    }

    public ParsedFile parse(byte[] bytes) {
        List<ImportProblem> problems = new ArrayList<>();
        String text = CourseRules.utf8(bytes, "import.csv.binary", "import.csv.encoding", problems);
        if (text == null) {
            return ParsedFile.rejected(0, problems);
        }
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.isBlank()) {
            return ParsedFile.rejected(0, List.of(ImportProblem.file("import.csv.empty")));
        }
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
            for (String required : REQUIRED) {
                if (!header.contains(required)) {
                    problems.add(ImportProblem.at(1, required, "import.csv.columnMissing", required));
                }
            }
            for (String column : header) {
                if (!COLUMNS.contains(column)) {
                    problems.add(ImportProblem.at(1, column, "import.csv.columnUnknown", column));
                }
            }
            if (!problems.isEmpty()) {
                return ParsedFile.rejected(0, problems);
            }
            Map<String, CourseBuilder> courses = new LinkedHashMap<>();
            int rows = 0;
            for (CSVRecord record : parser) {
                rows++;
                if (rows > CourseRules.MAX_RECORDS) {
                    return ParsedFile.rejected(rows, List.of(ImportProblem.file("import.tooManyRows", CourseRules.MAX_RECORDS)));
                }
                int line = (int) record.getParser().getCurrentLineNumber();
                Row row = new Row(record, header, line);
                readRow(row, courses, problems);
                if (problems.size() >= CourseRules.MAX_PROBLEMS) {
                    problems.add(ImportProblem.file("import.tooManyProblems", CourseRules.MAX_PROBLEMS));
                    break;
                }
            }
            if (rows == 0) {
                problems.add(ImportProblem.file("import.csv.noRows"));
            }
            return problems.isEmpty()
                    ? new ParsedFile(courses.values().stream().map(CourseBuilder::build).toList(), rows, List.of())
                    : ParsedFile.rejected(rows, problems);
        } catch (IOException | RuntimeException e) {
            // commons-csv reports broken quoting as an unchecked exception with the line in its message.
            problems.add(ImportProblem.file("import.csv.malformed", e.getMessage() == null ? "" : e.getMessage()));
            return ParsedFile.rejected(0, problems);
        }
    }

    private void readRow(Row row, Map<String, CourseBuilder> courses, List<ImportProblem> problems) {
        int before = problems.size();
        String code = row.get("course_code");
        CourseRules.courseCode(code, "course_code", row::problem, problems);
        String title = row.get("title");
        CourseRules.requiredText(title, CourseRules.MAX_TITLE, "title", row::problem, problems);
        String description = row.get("description");
        CourseRules.requiredText(description, CourseRules.MAX_DESCRIPTION, "description", row::problem, problems);
        Level level = Level.fromCode(row.get("level")).orElse(null);
        if (level == null) {
            problems.add(row.problem("level", "import.level.invalid", row.get("level")));
        }
        CourseMode mode = row.get("mode").isEmpty() ? CourseMode.PARTTIME : CourseMode.fromCode(row.get("mode")).orElse(null);
        if (mode == null) {
            problems.add(row.problem("mode", "import.mode.invalid", row.get("mode")));
        }
        String language = row.get("language").isEmpty() ? "nl" : row.get("language").toLowerCase(Locale.ROOT);
        CourseRules.language(language, row.get("language"), "language", row::problem, problems);
        Integer hours = integer(row, "hours", 1, 20_000, problems);
        String url = row.get("url");
        CourseRules.url(url, "url", row::problem, problems);
        List<String> skillUris = CourseRules.skills(skills, List.of(row.get("skills").split(";")), "skills", row::problem,
                problems);
        CourseData.Run run = run(row, mode, problems);
        if (problems.size() > before) {
            return;
        }
        CourseData course = new CourseData(code, title, description, List.of(), level, mode, language, hours, null,
                blankToNull(row.get("qualification_code")), Sector.GENERAL, null, blankToNull(url), null, skillUris, List.of());
        CourseBuilder existing = courses.get(code);
        if (existing == null) {
            courses.put(code, new CourseBuilder(course, row.line(), run));
        } else if (!existing.sameCourse(course)) {
            problems.add(row.problem(existing.differingColumn(course), "import.course.inconsistent", code, existing.firstLine));
        } else if (run != null) {
            existing.runs.add(run);
        }
    }

    private CourseData.Run run(Row row, CourseMode mode, List<ImportProblem> problems) {
        String startText = row.get("start_date");
        boolean anyRunField = !startText.isEmpty() || !row.get("end_date").isEmpty() || !row.get("municipality").isEmpty()
                || !row.get("postcode").isEmpty() || !row.get("price_eur").isEmpty() || !row.get("schedule").isEmpty();
        if (!anyRunField) {
            return null;
        }
        LocalDate start = date(row, "start_date", problems);
        if (startText.isEmpty()) {
            problems.add(row.problem("start_date", "import.value.required"));
        }
        LocalDate end = date(row, "end_date", problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(row.problem("end_date", "import.endBeforeStart"));
        }
        String municipality = row.get("municipality");
        String postcode = row.get("postcode");
        boolean online = "online".equalsIgnoreCase(municipality) || (mode == CourseMode.ONLINE && municipality.isEmpty()
                && postcode.isEmpty());
        String place = null;
        if (!online) {
            if (!postcode.isEmpty()) {
                if (gazetteer.postcode(postcode).isEmpty()) {
                    problems.add(row.problem("postcode", "import.postcode.unknown", postcode));
                }
            } else if (municipality.isEmpty()) {
                problems.add(row.problem("municipality", "import.location.required"));
            } else if (gazetteer.place(municipality).isEmpty()) {
                problems.add(row.problem("municipality", "import.municipality.unknown", municipality));
            } else {
                place = municipality;
            }
        }
        BigDecimal price = null;
        String priceText = row.get("price_eur");
        if (!priceText.isEmpty()) {
            try {
                price = new BigDecimal(priceText.replace(',', '.'));
                CourseRules.price(price, priceText, "price_eur", row::problem, problems);
            } catch (NumberFormatException e) {
                problems.add(row.problem("price_eur", "import.price.invalid", priceText));
            }
        }
        Schedule schedule = row.get("schedule").isEmpty() ? Schedule.DAY : Schedule.fromCode(row.get("schedule")).orElse(null);
        if (schedule == null) {
            problems.add(row.problem("schedule", "import.schedule.invalid", row.get("schedule")));
        }
        return new CourseData.Run(start, end, null, online, place, online || postcode.isEmpty() ? null : postcode.substring(0, 4),
                schedule, price, null);
    }

    private static Integer integer(Row row, String column, int min, int max, List<ImportProblem> problems) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                problems.add(row.problem(column, "import.number.range", value, min, max));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(row.problem(column, "import.number.invalid", value));
            return null;
        }
    }

    private static LocalDate date(Row row, String column, List<ImportProblem> problems) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(row.problem(column, "import.date.invalid", value));
            return null;
        }
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private record Row(CSVRecord record, List<String> header, int line) {
        String get(String column) {
            int index = header.indexOf(column);
            return index < 0 || index >= record.size() ? "" : record.get(index).trim();
        }

        ImportProblem problem(String column, String key, Object... args) {
            return ImportProblem.at(line, column, key, args);
        }
    }

    /** Rows of one course: the course fields come from its first row; later rows add runs and must agree. */
    private static final class CourseBuilder {
        private final CourseData first;
        private final int firstLine;
        private final List<CourseData.Run> runs = new ArrayList<>();

        CourseBuilder(CourseData first, int firstLine, CourseData.Run run) {
            this.first = first;
            this.firstLine = firstLine;
            if (run != null) {
                runs.add(run);
            }
        }

        boolean sameCourse(CourseData other) {
            return differingColumn(other) == null;
        }

        String differingColumn(CourseData other) {
            Map<String, Object[]> pairs = new LinkedHashMap<>();
            pairs.put("title", new Object[] {first.title(), other.title()});
            pairs.put("description", new Object[] {first.description(), other.description()});
            pairs.put("level", new Object[] {first.level(), other.level()});
            pairs.put("mode", new Object[] {first.mode(), other.mode()});
            pairs.put("language", new Object[] {first.language(), other.language()});
            pairs.put("skills", new Object[] {Set.copyOf(first.skills()), Set.copyOf(other.skills())});
            return pairs.entrySet().stream().filter(e -> !Objects.equals(e.getValue()[0], e.getValue()[1]))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
        }

        CourseData build() {
            return new CourseData(first.courseCode(), first.title(), first.description(), first.learningOutcomes(), first.level(),
                    first.mode(), first.language(), first.hours(), first.ects(), first.qualificationCode(), first.sector(),
                    first.entryLevel(), first.url(), first.costNote(), first.skills(), List.copyOf(runs));
        }
    }

}
