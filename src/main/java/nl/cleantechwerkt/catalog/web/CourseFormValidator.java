package nl.cleantechwerkt.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.cleantechwerkt.catalog.CourseData;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.Schedule;
import nl.cleantechwerkt.shared.Sector;
import nl.cleantechwerkt.skills.SkillCatalog;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Checks the course form field by field and turns it into {@link CourseData}. Every problem is
 * reported at its field (runs by row: {@code runs[1].startDate}) with a message key; nothing is
 * saved while any remains.
 */
@Component
class CourseFormValidator {

    static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,59}";

    private final Gazetteer gazetteer;
    private final SkillCatalog skillCatalog;

    CourseFormValidator(Gazetteer gazetteer, SkillCatalog skillCatalog) {
        this.gazetteer = gazetteer;
        this.skillCatalog = skillCatalog;
    }

    Optional<CourseData> validate(CourseForm f, BindingResult errors) {
        if (!f.getCourseCode().trim().matches(CODE_PATTERN)) {
            errors.rejectValue("courseCode", "course.code.invalid");
        }
        text(errors, "title", f.getTitle(), 300);
        text(errors, "description", f.getDescription(), 10_000);
        Level level = Level.fromCode(f.getLevel()).orElse(null);
        if (level == null) {
            errors.rejectValue("level", "course.level.required");
        }
        CourseMode mode = CourseMode.fromCode(f.getMode()).orElse(null);
        if (mode == null) {
            errors.rejectValue("mode", "course.mode.required");
        }
        if (!f.getLanguage().trim().matches("[a-zA-Z]{2}")) {
            errors.rejectValue("language", "course.language.invalid");
        }
        Integer hours = number(errors, "hours", f.getHours(), 1, 20_000);
        Integer ects = number(errors, "ects", f.getEcts(), 0, 400);
        if (!f.getUrl().isBlank() && !f.getUrl().trim().matches("https?://\\S+")) {
            errors.rejectValue("url", "course.url.invalid");
        }
        if (f.getLearningOutcomes().length() > 4000) {
            errors.rejectValue("learningOutcomes", "course.field.tooLong", new Object[] {4000}, null);
        }
        if (f.getCostNote().length() > 500) {
            errors.rejectValue("costNote", "course.field.tooLong", new Object[] {500}, null);
        }
        List<CourseData.Run> runs = new ArrayList<>();
        for (int i = 0; i < f.getRuns().size(); i++) {
            CourseForm.RunForm run = f.getRuns().get(i);
            if (!run.isEmpty()) {
                run(errors, "runs[" + i + "].", run).ifPresent(runs::add);
            }
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        List<String> outcomes = Arrays.stream(f.getLearningOutcomes().split("\\R")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
        return Optional.of(new CourseData(f.getCourseCode().trim(), f.getTitle().trim(), f.getDescription().trim(), outcomes,
                level, mode, f.getLanguage().trim().toLowerCase(java.util.Locale.ROOT), hours, ects,
                blankToNull(f.getQualificationCode()), Sector.fromCode(f.getSector()).orElse(Sector.GENERAL),
                Level.fromCode(f.getEntryLevel()).orElse(null), blankToNull(f.getUrl()), blankToNull(f.getCostNote()),
                f.getSkills().stream().filter(uri -> skillCatalog.skill(uri).isPresent()).distinct().toList(), runs));
    }

    private Optional<CourseData.Run> run(BindingResult errors, String prefix, CourseForm.RunForm run) {
        int before = errors.getErrorCount();
        LocalDate start = date(errors, prefix + "startDate", run.getStartDate(), true);
        LocalDate end = date(errors, prefix + "endDate", run.getEndDate(), false);
        LocalDate deadline = date(errors, prefix + "enrolmentDeadline", run.getEnrolmentDeadline(), false);
        if (start != null && end != null && end.isBefore(start)) {
            errors.rejectValue(prefix + "endDate", "run.end.beforeStart");
        }
        if (start != null && deadline != null && deadline.isAfter(start)) {
            errors.rejectValue(prefix + "enrolmentDeadline", "run.deadline.afterStart");
        }
        String place = run.getPlace().trim();
        if (!run.isOnline()) {
            if (place.isEmpty()) {
                errors.rejectValue(prefix + "place", "run.place.required");
            } else if (gazetteer.place(place).isEmpty() && gazetteer.postcode(place).isEmpty()) {
                errors.rejectValue(prefix + "place", "run.place.unknown", new Object[] {place}, null);
            }
        }
        Schedule schedule = Schedule.fromCode(run.getSchedule()).orElse(null);
        if (schedule == null) {
            errors.rejectValue(prefix + "schedule", "run.schedule.invalid");
        }
        BigDecimal price = null;
        if (!run.getPriceEur().isBlank()) {
            try {
                price = new BigDecimal(run.getPriceEur().trim().replace(',', '.'));
                if (price.signum() < 0 || price.scale() > 2 || price.compareTo(new BigDecimal("100000")) > 0) {
                    errors.rejectValue(prefix + "priceEur", "run.price.invalid");
                }
            } catch (NumberFormatException e) {
                errors.rejectValue(prefix + "priceEur", "run.price.invalid");
            }
        }
        Integer seats = number(errors, prefix + "seats", run.getSeats(), 0, 10_000);
        if (errors.getErrorCount() > before) {
            return Optional.empty();
        }
        boolean postcode = place.matches("\\d{4}(\\s*[A-Za-z]{2})?");
        return Optional.of(new CourseData.Run(start, end, deadline, run.isOnline(), run.isOnline() || postcode ? null : place,
                run.isOnline() || !postcode ? null : place.substring(0, 4), schedule, price, seats));
    }

    private static void text(BindingResult errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "course." + field + ".required");
        } else if (value.length() > max) {
            errors.rejectValue(field, "course.field.tooLong", new Object[] {max}, null);
        }
    }

    private static Integer number(BindingResult errors, String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                errors.rejectValue(field, "course.number.range", new Object[] {min, max}, null);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "course.number.invalid");
            return null;
        }
    }

    private static LocalDate date(BindingResult errors, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.rejectValue(field, "run.start.required");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "run.date.invalid");
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
