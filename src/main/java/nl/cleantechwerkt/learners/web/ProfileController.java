package nl.cleantechwerkt.learners.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.cleantechwerkt.accounts.AccountView;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.geo.MunicipalityView;
import nl.cleantechwerkt.learners.Evidence;
import nl.cleantechwerkt.learners.LearnerProfileView;
import nl.cleantechwerkt.learners.LearnerStatus;
import nl.cleantechwerkt.learners.SkillLevel;
import nl.cleantechwerkt.learners.Workload;
import nl.cleantechwerkt.learners.OwnProfile;
import nl.cleantechwerkt.learners.ProfileData;
import nl.cleantechwerkt.learners.ProfileExport;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Schedule;
import nl.cleantechwerkt.skills.OccupationView;
import nl.cleantechwerkt.skills.SkillCatalog;
import nl.cleantechwerkt.skills.SkillSuggester;
import nl.cleantechwerkt.skills.SkillView;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The learner's own profile: overview, edit form (with skills suggested from a free text, added
 * only when ticked), consent, JSON export and erasing everything. The profile is always the
 * logged-in learner's own ({@link CurrentLearner}); no URL carries a profile id.
 */
@Controller
class ProfileController {

    static final String OVERVIEW = "learners/profile";
    static final String FORM = "learners/profile-form";
    static final String ERASED = "learners/erased";
    static final String SKILL_OPTIONS = "learners/options :: skills";
    static final String OCCUPATION_OPTIONS = "learners/options :: occupations";
    private static final int SUGGESTIONS = 12;
    private static final int OPTIONS = 15;

    private final CurrentLearner currentLearner;
    private final OwnProfile ownProfile;
    private final ProfileFormValidator validator;
    private final SkillCatalog skillCatalog;
    private final SkillSuggester skillSuggester;
    private final OccupationChoices occupationChoices;
    private final Gazetteer gazetteer;

    ProfileController(CurrentLearner currentLearner, OwnProfile ownProfile, ProfileFormValidator validator,
            SkillCatalog skillCatalog, SkillSuggester skillSuggester, OccupationChoices occupationChoices, Gazetteer gazetteer) {
        this.currentLearner = currentLearner;
        this.ownProfile = ownProfile;
        this.validator = validator;
        this.skillCatalog = skillCatalog;
        this.skillSuggester = skillSuggester;
        this.occupationChoices = occupationChoices;
        this.gazetteer = gazetteer;
    }

    @GetMapping("/profiel")
    String overview(Principal principal, Locale locale, Model model) {
        Optional<LearnerProfileView> profile = ownProfile.find(currentLearner.of(principal).id());
        model.addAttribute("profile", profile.orElse(null));
        profile.ifPresent(p -> {
            String municipality = gazetteer.municipality(p.municipalityCode()).map(MunicipalityView::name).orElse(null);
            model.addAttribute("placeLabel", municipality == null || municipality.equals(p.place()) ? p.place()
                    : p.place() + " (" + municipality + ")");
            model.addAttribute("skillLines", p.skills().stream()
                    .map(s -> new SkillLine(skillCatalog.skill(s.skillUri()).map(v -> v.label(locale)).orElse(s.skillUri()),
                            s.level(), s.evidence()))
                    .sorted(Comparator.comparing(SkillLine::label)).toList());
            model.addAttribute("occupationLabels", p.targetOccupations().stream()
                    .map(uri -> skillCatalog.occupation(uri).map(o -> o.label(locale)).orElse(uri)).toList());
        });
        return OVERVIEW;
    }

    @GetMapping("/profiel/bewerken")
    String edit(Principal principal, Model model) {
        ProfileForm form = ownProfile.find(currentLearner.of(principal).id()).map(ProfileForms::toForm)
                .orElseGet(ProfileForm::new);
        return form(form, model);
    }

    /**
     * One endpoint for the form's buttons: {@code addSkill} and {@code addOccupation} add what
     * was typed, {@code suggest} proposes skills from the "what have you done" text, {@code save}
     * checks and saves. Whatever was typed in the add fields is also added on save.
     */
    @PostMapping("/profiel/opslaan")
    String save(@ModelAttribute("form") ProfileForm form, BindingResult errors,
            @RequestParam(defaultValue = "save") String action, Principal principal, Locale locale, Model model,
            RedirectAttributes redirect) {
        AccountView learner = currentLearner.of(principal);
        form.getSkills().removeIf(row -> skillCatalog.skill(row.getUri()).isEmpty());
        if (!form.getAddSkill().isBlank()) {
            addSkill(form, errors);
        }
        if (!form.getAddOccupation().isBlank()) {
            addOccupation(form, errors, locale);
        }
        if ("suggest".equals(action)) {
            suggest(form, errors, model);
        }
        if (!"save".equals(action)) {
            return form(form, model);
        }
        Optional<ProfileData> data = validator.validate(form, errors);
        if (data.isEmpty() || errors.hasErrors()) {
            return form(form, model);
        }
        ownProfile.save(learner.id(), data.get());
        redirect.addAttribute("opgeslagen", "");
        return "redirect:/profiel";
    }

    private void addSkill(ProfileForm form, BindingResult errors) {
        skillCatalog.resolve(form.getAddSkill()).ifPresentOrElse(skill -> {
            form.getSkills().stream().filter(row -> row.getUri().equals(skill.uri())).findFirst().ifPresentOrElse(
                    row -> row.setKeep(true),
                    () -> form.getSkills().add(ProfileForm.SkillRow.kept(skill.uri(), SkillLevel.BASIC.name(), "")));
            form.setAddSkill("");
        }, () -> errors.rejectValue("addSkill", "learner.skill.unknown", new Object[] {form.getAddSkill().trim()}, null));
    }

    private void addOccupation(ProfileForm form, BindingResult errors, Locale locale) {
        occupationChoices.resolve(form.getAddOccupation(), locale).ifPresentOrElse(occupation -> {
            if (!form.getOccupations().contains(occupation.uri())) {
                form.getOccupations().add(occupation.uri());
            }
            form.setAddOccupation("");
        }, () -> errors.rejectValue("addOccupation", "learner.occupation.unknown",
                new Object[] {form.getAddOccupation().trim()}, null));
    }

    /** Replaces the earlier, unticked suggestions by new ones; they stay unticked until the learner ticks them. */
    private void suggest(ProfileForm form, BindingResult errors, Model model) {
        form.getSkills().removeIf(row -> row.isSuggested() && !row.isKeep());
        if (form.getExperience().isBlank()) {
            errors.rejectValue("experience", "learner.experience.empty");
            return;
        }
        List<SkillView> found = skillSuggester.suggest(form.getExperience(), SUGGESTIONS).stream()
                .filter(s -> form.getSkills().stream().noneMatch(row -> row.getUri().equals(s.uri())))
                .toList();
        found.forEach(s -> form.getSkills().add(ProfileForm.SkillRow.suggestion(s.uri())));
        model.addAttribute("suggestionCount", found.size());
    }

    private String form(ProfileForm form, Model model) {
        Map<String, SkillView> skills = skillCatalog.skills(form.getSkills().stream().map(ProfileForm.SkillRow::getUri).toList())
                .stream().collect(Collectors.toMap(SkillView::uri, Function.identity(), (a, b) -> a));
        model.addAttribute("form", form);
        model.addAttribute("skillsByUri", skills);
        model.addAttribute("selectedOccupations", form.getOccupations().stream().map(skillCatalog::occupation)
                .flatMap(Optional::stream).toList());
        model.addAttribute("statuses", LearnerStatus.values());
        model.addAttribute("levels", ProfileFormValidator.educationLevels());
        model.addAttribute("schedules", Schedule.values());
        model.addAttribute("workloads", Workload.values());
        model.addAttribute("modes", CourseMode.values());
        model.addAttribute("skillLevels", SkillLevel.values());
        model.addAttribute("evidences", Evidence.values());
        return FORM;
    }

    @GetMapping("/profiel/vaardigheden")
    String skillOptions(@RequestParam(required = false) String addSkill, Locale locale, Model model) {
        model.addAttribute("skills", addSkill == null ? List.of() : skillCatalog.suggest(addSkill, locale, OPTIONS));
        return SKILL_OPTIONS;
    }

    @GetMapping("/profiel/beroepen")
    String occupationOptions(@RequestParam(required = false) String addOccupation, Locale locale, Model model) {
        List<OccupationView> found = addOccupation == null ? List.of() : occupationChoices.suggest(addOccupation, locale, OPTIONS);
        model.addAttribute("occupations", found);
        return OCCUPATION_OPTIONS;
    }

    @PostMapping("/profiel/toestemming")
    String consent(@RequestParam boolean consent, Principal principal, RedirectAttributes redirect) {
        long userId = currentLearner.of(principal).id();
        if (consent) {
            if (!ownProfile.giveConsent(userId)) {
                return "redirect:/profiel/bewerken";
            }
            redirect.addAttribute("toestemming", "gegeven");
        } else {
            ownProfile.revokeConsent(userId);
            redirect.addAttribute("toestemming", "ingetrokken");
        }
        return "redirect:/profiel";
    }

    /** Everything kept about the learner, as a JSON download, whatever the browser asks for. */
    @GetMapping("/profiel/export.json")
    ResponseEntity<ProfileExport> export(Principal principal) {
        ProfileExport export = ownProfile.export(currentLearner.of(principal));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("cleantech-werkt-gegevens.json").build().toString())
                .body(export);
    }

    /**
     * Erases the profile and the account, then logs out. Answers with the confirmation page
     * itself: after logging out there is no session a redirect could carry the message in.
     */
    @PostMapping("/profiel/verwijderen")
    String erase(@RequestParam(defaultValue = "false") boolean confirm, Principal principal, Authentication authentication,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        AccountView learner = currentLearner.of(principal);
        if (!confirm) {
            return "redirect:/profiel?nietBevestigd#verwijderen";
        }
        ownProfile.erase(learner);
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        model.addAttribute("currentUser", null);
        return ERASED;
    }
}
