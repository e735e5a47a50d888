package nl.cleantechwerkt.employers.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.cleantechwerkt.employers.EmployerView;
import nl.cleantechwerkt.employers.NeedData;
import nl.cleantechwerkt.employers.NeedKind;
import nl.cleantechwerkt.employers.NeedSkill;
import nl.cleantechwerkt.employers.SkillNeedView;
import nl.cleantechwerkt.employers.SkillNeeds;
import nl.cleantechwerkt.shared.InvalidRequestException;
import nl.cleantechwerkt.skills.OccupationView;
import nl.cleantechwerkt.skills.SkillCatalog;
import nl.cleantechwerkt.skills.SkillView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An employer's skill needs: the list, one need's page, the form to write or change one, and
 * closing, filling or reopening it. The organisation always comes from the login; every need is
 * reached through it ({@link SkillNeeds#ownNeed}), so another employer's need id is a 404.
 */
@Controller
class SkillNeedsController {

    static final String LIST = "employers/needs";
    static final String PAGE = "employers/need";
    static final String FORM = "employers/need-form";
    static final String OCCUPATION_OPTIONS = "employers/options :: occupations";
    static final String SKILL_OPTIONS = "employers/options :: skills";
    private static final String REMOVE = "remove:";
    private static final int OPTIONS = 15;

    private final CurrentEmployer currentEmployer;
    private final SkillNeeds needs;
    private final NeedFormValidator validator;
    private final Occupations occupations;
    private final SkillCatalog skillCatalog;

    SkillNeedsController(CurrentEmployer currentEmployer, SkillNeeds needs, NeedFormValidator validator,
            Occupations occupations, SkillCatalog skillCatalog) {
        this.currentEmployer = currentEmployer;
        this.needs = needs;
        this.validator = validator;
        this.occupations = occupations;
        this.skillCatalog = skillCatalog;
    }

    @ExceptionHandler(CurrentEmployer.NoOrganisationYet.class)
    String describeTheOrganisationFirst() {
        return "redirect:/werkgever?eerst";
    }

    @GetMapping("/werkgever/behoeften")
    String list(Principal principal, Model model) {
        EmployerView organisation = currentEmployer.organisation(principal);
        model.addAttribute("organisation", organisation);
        model.addAttribute("needs", needs.needsOf(organisation.id()));
        return LIST;
    }

    @GetMapping("/werkgever/behoeften/{id}")
    String need(@PathVariable long id, Principal principal, Locale locale, Model model) {
        SkillNeedView need = needs.ownNeed(currentEmployer.organisation(principal).userId(), id);
        model.addAttribute("need", need);
        model.addAttribute("occupation", Optional.ofNullable(need.occupationUri()).flatMap(skillCatalog::occupation)
                .map(o -> o.label(locale)).orElse(null));
        model.addAttribute("mustSkills", skillCatalog.skills(need.mustSkills()));
        model.addAttribute("niceSkills", skillCatalog.skills(need.niceSkills()));
        return PAGE;
    }

    @GetMapping("/werkgever/behoeften/nieuw")
    String newNeed(Principal principal, Locale locale, Model model) {
        NeedForm form = new NeedForm();
        form.setPlace(currentEmployer.organisation(principal).municipalityName());
        return form(form, locale, model);
    }

    @GetMapping("/werkgever/behoeften/{id}/bewerken")
    String edit(@PathVariable long id, Principal principal, Locale locale, Model model) {
        SkillNeedView need = needs.ownNeed(currentEmployer.organisation(principal).userId(), id);
        model.addAttribute("status", need.status());
        return form(toForm(need, locale), locale, model);
    }

    /**
     * One endpoint for the form's buttons, so it works without JavaScript: {@code occupation}
     * takes over the occupation's essential skills as musts, {@code addSkill} adds the typed
     * skill, {@code remove:<uri>} drops one, {@code save} checks and saves. With htmx the same
     * buttons post in the background and only the form is replaced.
     */
    @PostMapping("/werkgever/behoeften/opslaan")
    String save(@ModelAttribute("form") NeedForm form, BindingResult errors, @RequestParam(defaultValue = "") String action,
            Principal principal, Locale locale, Model model) {
        long userId = currentEmployer.organisation(principal).userId();
        if (form.getId() != null) {
            model.addAttribute("status", needs.ownNeed(userId, form.getId()).status());
        }
        keepKnownSkills(form);
        if (action.startsWith(REMOVE)) {
            String uri = action.substring(REMOVE.length());
            form.getSkills().removeIf(row -> row.getUri().equals(uri));
        } else if ("occupation".equals(action)) {
            takeOccupation(form, errors, locale);
        } else if ("addSkill".equals(action)) {
            addSkill(form, errors);
        } else if ("save".equals(action)) {
            Optional<NeedData> data = validator.validate(form, errors, locale);
            if (data.isPresent()) {
                try {
                    return "redirect:/werkgever/behoeften/" + needs.save(userId, form.getId(), data.get()) + "?opgeslagen";
                } catch (InvalidRequestException e) {
                    errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
                }
            }
        }
        return form(form, locale, model);
    }

    @PostMapping("/werkgever/behoeften/{id}/sluiten")
    String close(@PathVariable long id, Principal principal) {
        needs.close(currentEmployer.userId(principal), id);
        return "redirect:/werkgever/behoeften/" + id + "?gesloten";
    }

    @PostMapping("/werkgever/behoeften/{id}/vervuld")
    String filled(@PathVariable long id, Principal principal) {
        needs.markFilled(currentEmployer.userId(principal), id);
        return "redirect:/werkgever/behoeften/" + id + "?vervuld";
    }

    @PostMapping("/werkgever/behoeften/{id}/heropenen")
    String reopen(@PathVariable long id, Principal principal) {
        needs.reopen(currentEmployer.userId(principal), id);
        return "redirect:/werkgever/behoeften/" + id + "?heropend";
    }

    @GetMapping("/werkgever/beroepen")
    String occupationOptions(@RequestParam(required = false) String occupation, Locale locale, Model model) {
        model.addAttribute("occupations", occupation == null ? List.of() : occupations.suggest(occupation, locale, OPTIONS));
        return OCCUPATION_OPTIONS;
    }

    @GetMapping("/werkgever/vaardigheden")
    String skillOptions(@RequestParam(required = false) String addSkill, Locale locale, Model model) {
        model.addAttribute("skills", addSkill == null ? List.of() : skillCatalog.suggest(addSkill, locale, OPTIONS));
        return SKILL_OPTIONS;
    }

    private void takeOccupation(NeedForm form, BindingResult errors, Locale locale) {
        if (form.getOccupation().isBlank()) {
            errors.rejectValue("occupation", "need.occupation.required");
            return;
        }
        Optional<OccupationView> found = occupations.resolve(form.getOccupation(), locale);
        if (found.isEmpty()) {
            errors.rejectValue("occupation", "need.occupation.unknown", new Object[] {form.getOccupation().trim()}, null);
            return;
        }
        OccupationView occupation = found.get();
        form.setOccupation(occupation.label(locale));
        if (form.getTitle().isBlank()) {
            String label = occupation.label(locale);
            form.setTitle(label.substring(0, 1).toUpperCase(locale) + label.substring(1));
        }
        occupation.essentialSkills().stream().filter(uri -> !form.hasSkill(uri))
                .forEach(uri -> form.getSkills().add(new NeedForm.SkillRow(uri, "MUST")));
    }

    private void addSkill(NeedForm form, BindingResult errors) {
        Optional<SkillView> skill = skillCatalog.resolve(form.getAddSkill());
        if (skill.isEmpty()) {
            errors.rejectValue("addSkill", "need.addSkill.unknown", new Object[] {form.getAddSkill().trim()}, null);
            return;
        }
        if (!form.hasSkill(skill.get().uri())) {
            form.getSkills().add(new NeedForm.SkillRow(skill.get().uri(), "MUST"));
        }
        form.setAddSkill("");
    }

    /** Drops empty rows, unknown URIs and repeats, so the page never shows a skill it cannot name. */
    private void keepKnownSkills(NeedForm form) {
        Map<String, NeedForm.SkillRow> rows = new LinkedHashMap<>();
        form.getSkills().stream().filter(row -> skillCatalog.skill(row.getUri()).isPresent())
                .forEach(row -> rows.putIfAbsent(row.getUri(), row));
        form.setSkills(List.copyOf(rows.values()));
    }

    private String form(NeedForm form, Locale locale, Model model) {
        Map<String, String> labels = new LinkedHashMap<>();
        skillCatalog.skills(form.getSkills().stream().map(NeedForm.SkillRow::getUri).toList())
                .forEach(s -> labels.put(s.uri(), s.label(locale)));
        model.addAttribute("form", form);
        model.addAttribute("skillLabels", labels);
        model.addAttribute("kinds", NeedKind.values());
        return FORM;
    }

    private NeedForm toForm(SkillNeedView need, Locale locale) {
        NeedForm f = new NeedForm();
        f.setId(need.id());
        f.setKind(need.kind().name());
        f.setTitle(need.title());
        f.setOccupation(Optional.ofNullable(need.occupationUri()).flatMap(skillCatalog::occupation).map(o -> o.label(locale))
                .orElse(""));
        f.setPeopleCount(String.valueOf(need.peopleCount()));
        f.setPlace(need.location().place());
        f.setStartDate(need.startDate() == null ? "" : need.startDate().toString());
        f.setDeadline(need.deadline() == null ? "" : need.deadline().toString());
        for (NeedSkill s : need.skills()) {
            f.getSkills().add(new NeedForm.SkillRow(s.skillUri(), s.importance().name()));
        }
        return f;
    }
}
