package nl.cleantechwerkt.learners.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.geo.Location;
import nl.cleantechwerkt.learners.Evidence;
import nl.cleantechwerkt.learners.LearnerStatus;
import nl.cleantechwerkt.learners.ProfileSkill;
import nl.cleantechwerkt.learners.SkillLevel;
import nl.cleantechwerkt.learners.Workload;
import nl.cleantechwerkt.learners.ProfileData;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.Schedule;
import nl.cleantechwerkt.skills.SkillCatalog;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Checks the profile form field by field and turns it into {@link ProfileData}. Every problem is
 * reported at its field (skill rows by index: {@code skills[1].level}) with a message key;
 * nothing is saved while any remains.
 */
@Component
class ProfileFormValidator {

    static final int MAX_RADIUS_KM = 200;
    static final int MAX_BUDGET_EUR = 100_000;
    static final int MAX_SKILLS = 100;
    static final int MAX_OCCUPATIONS = 5;
    static final int MAX_EXPERIENCE = 4000;

    private final Gazetteer gazetteer;
    private final SkillCatalog skillCatalog;

    ProfileFormValidator(Gazetteer gazetteer, SkillCatalog skillCatalog) {
        this.gazetteer = gazetteer;
        this.skillCatalog = skillCatalog;
    }

    /** The levels a person can hold; {@link Level#COURSE} describes courses, not people. */
    static List<Level> educationLevels() {
        return Arrays.stream(Level.values()).filter(l -> l != Level.COURSE).toList();
    }

    Optional<ProfileData> validate(ProfileForm f, BindingResult errors) {
        LearnerStatus status = parse(LearnerStatus.class, f.getStatus());
        if (status == null) {
            errors.rejectValue("status", "learner.status.required");
        }
        Level level = null;
        if (!f.getEducationLevel().isBlank()) {
            level = Level.fromCode(f.getEducationLevel()).filter(l -> l != Level.COURSE).orElse(null);
            if (level == null) {
                errors.rejectValue("educationLevel", "learner.choice.invalid");
            }
        }
        Location location = null;
        Integer radius = null;
        if (!f.getPlace().isBlank()) {
            location = gazetteer.resolve(f.getPlace()).orElse(null);
            if (location == null) {
                errors.rejectValue("place", "learner.place.unknown", new Object[] {f.getPlace().trim()}, null);
            }
            radius = wholeNumber(errors, "radiusKm", f.getRadiusKm(), 1, MAX_RADIUS_KM, "learner.radius.invalid");
            if (radius == null && f.getRadiusKm().isBlank()) {
                errors.rejectValue("radiusKm", "learner.radius.invalid", new Object[] {1, MAX_RADIUS_KM}, null);
            }
        }
        Set<Schedule> schedules = choices(errors, "schedules", f.getSchedules(), Schedule.class, Schedule::fromCode);
        Workload workload = parse(Workload.class, f.getWorkload());
        if (workload == null) {
            errors.rejectValue("workload", "learner.choice.invalid");
        }
        Integer budget = wholeNumber(errors, "budgetEur", f.getBudgetEur().replace("€", ""), 0, MAX_BUDGET_EUR,
                "learner.budget.invalid");
        Set<CourseMode> modes = choices(errors, "modes", f.getModes(), CourseMode.class, CourseMode::fromCode);
        List<ProfileSkill> skills = skills(f, errors);
        List<String> occupations = f.getOccupations().stream()
                .filter(uri -> skillCatalog.occupation(uri).isPresent()).distinct().toList();
        if (occupations.size() > MAX_OCCUPATIONS) {
            errors.rejectValue("addOccupation", "learner.occupations.tooMany", new Object[] {MAX_OCCUPATIONS}, null);
        }
        if (f.getExperience().length() > MAX_EXPERIENCE) {
            errors.rejectValue("experience", "learner.experience.tooLong", new Object[] {MAX_EXPERIENCE}, null);
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new ProfileData(status, level, location, radius, schedules, workload, budget, modes, skills,
                occupations));
    }

    /** Ticked rows of known skills, one per skill; a level or evidence that is not one of ours is an error at its row. */
    private List<ProfileSkill> skills(ProfileForm f, BindingResult errors) {
        List<ProfileSkill> skills = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < f.getSkills().size(); i++) {
            ProfileForm.SkillRow row = f.getSkills().get(i);
            if (!row.isKeep() || skillCatalog.skill(row.getUri()).isEmpty() || !seen.add(row.getUri())) {
                continue;
            }
            SkillLevel level = parse(SkillLevel.class, row.getLevel());
            if (level == null) {
                errors.rejectValue("skills[" + i + "].level", "learner.skill.level.required");
            }
            Evidence evidence = row.getEvidence().isBlank() ? null : parse(Evidence.class, row.getEvidence());
            if (!row.getEvidence().isBlank() && evidence == null) {
                errors.rejectValue("skills[" + i + "].evidence", "learner.choice.invalid");
            }
            skills.add(new ProfileSkill(row.getUri(), level, evidence));
        }
        if (skills.size() > MAX_SKILLS) {
            errors.rejectValue("addSkill", "learner.skills.tooMany", new Object[] {MAX_SKILLS}, null);
        }
        return skills;
    }

    private static <E extends Enum<E>> Set<E> choices(BindingResult errors, String field, List<String> values, Class<E> type,
            Function<String, Optional<E>> parser) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String value : values) {
            Optional<E> parsed = parser.apply(value);
            if (parsed.isEmpty()) {
                errors.rejectValue(field, "learner.choice.invalid");
                return chosen;
            }
            chosen.add(parsed.get());
        }
        return chosen;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer wholeNumber(BindingResult errors, String field, String value, int min, int max, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range number
        }
        errors.rejectValue(field, key, new Object[] {min, max}, null);
        return null;
    }
}
