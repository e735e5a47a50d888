package nl.cleantechwerkt.catalog.web;

import java.security.Principal;
import nl.cleantechwerkt.catalog.CourseCatalog;
import nl.cleantechwerkt.catalog.CourseRegistration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.validation.BindingResult;
import java.util.List;
import java.util.Locale;
import nl.cleantechwerkt.catalog.EditableCourse;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.InvalidRequestException;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.Schedule;
import nl.cleantechwerkt.shared.Sector;
import nl.cleantechwerkt.skills.SkillCatalog;
import nl.cleantechwerkt.skills.SkillSuggester;
import nl.cleantechwerkt.skills.SkillView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A school's own courses: the list with drafts, published and archived ones, and taking a
 * course out of search or back in. The provider always comes from the logged-in user, never
 * from the request, so a guessed id of another school's course is simply not found.
 */
@Controller
class SchoolCoursesController {

    static final String LIST = "catalog/school-courses";
    static final String FORM = "catalog/course-form";
    static final String SKILL_OPTIONS = "catalog/skill-options :: options";
    private static final int EMPTY_RUN_ROWS = 3;
    private static final int SUGGESTIONS = 12;

    private final CurrentProvider currentProvider;
    private final CourseCatalog catalog;
    private final CourseRegistration registration;
    private final CourseFormValidator validator;
    private final SkillCatalog skillCatalog;
    private final SkillSuggester skillSuggester;

    SchoolCoursesController(CurrentProvider currentProvider, CourseCatalog catalog, CourseRegistration registration,
            CourseFormValidator validator, SkillCatalog skillCatalog, SkillSuggester skillSuggester) {
        this.currentProvider = currentProvider;
        this.catalog = catalog;
        this.registration = registration;
        this.validator = validator;
        this.skillCatalog = skillCatalog;
        this.skillSuggester = skillSuggester;
    }

    @GetMapping("/school/opleidingen/nieuw")
    String newCourse(Principal principal, Model model) {
        currentProvider.of(principal);
        CourseForm form = new CourseForm();
        form.addEmptyRuns(EMPTY_RUN_ROWS);
        return form(form, List.of(), model);
    }

    @GetMapping("/school/opleidingen/{id}/bewerken")
    String edit(@PathVariable long id, Principal principal, Model model) {
        EditableCourse course = catalog.editableCourse(currentProvider.of(principal), id);
        model.addAttribute("status", course.status());
        return form(CourseForms.toForm(course), List.of(), model);
    }

    /**
     * One endpoint for the form's buttons: {@code suggest} proposes skills from the text,
     * {@code addSkill} adds the typed skill, {@code draft} and {@code publish} save.
     */
    @PostMapping("/school/opleidingen/opslaan")
    String save(@ModelAttribute("form") CourseForm form, BindingResult errors, @RequestParam String action,
            Principal principal, Model model, RedirectAttributes redirect) {
        String provider = currentProvider.of(principal);
        if (form.getId() != null) {
            model.addAttribute("status", catalog.editableCourse(provider, form.getId()).status());
        }
        if (!form.getAddSkill().isBlank()) {
            skillCatalog.resolve(form.getAddSkill()).ifPresentOrElse(skill -> {
                if (!form.getSkills().contains(skill.uri())) {
                    form.getSkills().add(skill.uri());
                }
                form.setAddSkill("");
            }, () -> errors.rejectValue("addSkill", "course.skill.unknown", new Object[] {form.getAddSkill()}, null));
        }
        List<SkillView> suggestions = "suggest".equals(action)
                ? skillSuggester.suggest(form.getTitle() + "\n" + form.getDescription() + "\n" + form.getLearningOutcomes(),
                        SUGGESTIONS).stream().filter(s -> !form.getSkills().contains(s.uri())).toList()
                : List.of();
        if (!"draft".equals(action) && !"publish".equals(action)) {
            return form(form, suggestions, model);
        }
        var data = validator.validate(form, errors);
        if (data.isEmpty() || errors.hasErrors()) {
            return form(form, suggestions, model);
        }
        try {
            long id = registration.save(provider, form.getId(), data.get(), "publish".equals(action));
            redirect.addAttribute("opgeslagen", id);
            return "redirect:/school/opleidingen";
        } catch (InvalidRequestException e) {
            errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            return form(form, suggestions, model);
        }
    }

    @GetMapping("/school/vaardigheden")
    String skillOptions(@RequestParam(required = false) String addSkill, Locale locale, Model model) {
        model.addAttribute("skills", addSkill == null ? List.of() : skillCatalog.suggest(addSkill, locale, 15));
        return SKILL_OPTIONS;
    }

    private String form(CourseForm form, List<SkillView> suggestions, Model model) {
        while (form.getRuns().stream().filter(CourseForm.RunForm::isEmpty).count() < 1) {
            form.addEmptyRuns(1);
        }
        model.addAttribute("form", form);
        model.addAttribute("selectedSkills", skillCatalog.skills(form.getSkills()));
        model.addAttribute("suggestedSkills", suggestions);
        model.addAttribute("levels", Level.values());
        model.addAttribute("modes", CourseMode.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("schedules", Schedule.values());
        return FORM;
    }

    @GetMapping("/school/opleidingen")
    String list(Principal principal, Model model) {
        String provider = currentProvider.of(principal);
        model.addAttribute("provider", catalog.provider(provider).orElseThrow());
        model.addAttribute("courses", catalog.coursesOf(provider));
        return LIST;
    }

    @PostMapping("/school/opleidingen/{id}/archiveren")
    String archive(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        registration.archive(currentProvider.of(principal), id);
        redirect.addAttribute("gearchiveerd", id);
        return "redirect:/school/opleidingen";
    }

    @PostMapping("/school/opleidingen/{id}/publiceren")
    String publish(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        registration.republish(currentProvider.of(principal), id);
        redirect.addAttribute("gepubliceerd", id);
        return "redirect:/school/opleidingen";
    }
}
