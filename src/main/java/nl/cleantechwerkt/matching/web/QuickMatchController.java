package nl.cleantechwerkt.matching.web;

import jakarta.servlet.http.HttpServletResponse;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.cleantechwerkt.matching.CourseMatcher;
import nl.cleantechwerkt.matching.MatchRequest;
import nl.cleantechwerkt.matching.MatchResult;
import nl.cleantechwerkt.shared.InvalidRequestException;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.skills.OccupationView;
import nl.cleantechwerkt.skills.SkillCatalog;
import nl.cleantechwerkt.skills.SkillView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Wat past bij mij?": without an account, pick the occupation you aim for, tick the skills you
 * have, and see what you miss and which courses close it, each with its reason. Two GET steps
 * that work without JavaScript: the occupation (typed; several candidates are offered as links),
 * then the skills, place, radius and level. htmx only adds occupation autocomplete.
 */
@Controller
class QuickMatchController {

    static final String PATH = "/wat-past-bij-mij";
    static final String PAGE = "matching/quick-match";
    static final String OCCUPATION_OPTIONS = "matching/occupation-options :: list";
    static final String ESCO_SKILL = "http://data.europa.eu/esco/skill/";
    static final int CHOICES = 8;
    private static final Pattern SKILL_ID = Pattern.compile("[0-9a-fA-F-]{36}");

    private final CourseMatcher matcher;
    private final MatchCards cards;
    private final SkillCatalog skillCatalog;
    private final MessageSource messages;

    QuickMatchController(CourseMatcher matcher, MatchCards cards, SkillCatalog skillCatalog, MessageSource messages) {
        this.matcher = matcher;
        this.cards = cards;
        this.skillCatalog = skillCatalog;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String page(@ModelAttribute("form") QuickMatchForm form, Locale locale, Model model, HttpServletResponse response) {
        model.addAttribute("levels", Arrays.stream(Level.values()).filter(l -> l != Level.COURSE).toList());
        model.addAttribute("defaultRadius", CourseMatcher.DEFAULT_RADIUS_KM);
        if (!form.hasOccupation()) {
            return PAGE;
        }
        OccupationView occupation = skillCatalog.resolveOccupation(form.occupation()).orElse(null);
        if (occupation == null) {
            List<OccupationView> candidates = skillCatalog.suggestOccupations(form.occupation(), locale, CHOICES);
            if (candidates.size() != 1) {
                model.addAttribute("choices", candidates);
                return PAGE;
            }
            occupation = candidates.get(0);
        }
        Set<String> has = has(form.skills());
        // The checkboxes offer only this occupation's skills; ticks left over from another one do not count.
        Set<String> offered = new LinkedHashSet<>(occupation.essentialSkills());
        offered.addAll(occupation.optionalSkills());
        has.retainAll(offered);
        model.addAttribute("occupation", occupation);
        model.addAttribute("essentialOptions", options(occupation.essentialSkills(), has, locale));
        model.addAttribute("optionalOptions", options(occupation.optionalSkills(), has, locale));
        if (!form.showResults()) {
            return PAGE;
        }
        try {
            MatchResult result = matcher.match(MatchRequest.forOccupation(occupation.uri(), has)
                    .near(form.near(), number("radiusKm", form.radiusKm()))
                    .level(level(form.level())));
            model.addAttribute("result", result);
            model.addAttribute("gap", cards.gap(result, locale));
            model.addAttribute("cards", cards.cards(result, locale));
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
            model.addAttribute("errorField", e.field());
        }
        return PAGE;
    }

    /** Autocomplete for the occupation field: a datalist of labels. */
    @GetMapping(PATH + "/beroepen")
    String occupations(@RequestParam(name = "occupation", required = false) String q, Locale locale, Model model) {
        model.addAttribute("occupations", q == null || q.length() > 100 ? List.of()
                : skillCatalog.suggestOccupations(q, locale, CHOICES));
        return OCCUPATION_OPTIONS;
    }

    /** A checkbox for one of the occupation's skills. */
    record SkillOption(String id, String label, boolean checked) {
    }

    private List<SkillOption> options(List<String> uris, Set<String> has, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return skillCatalog.skills(uris).stream()
                .sorted(Comparator.comparing((SkillView s) -> s.label(locale), collator))
                .map(s -> new SkillOption(s.uri().substring(s.uri().lastIndexOf('/') + 1), s.label(locale), has.contains(s.uri())))
                .toList();
    }

    /** Ticked skill ids back to URIs; anything that is not an id is ignored (the checkboxes only send ids). */
    private static Set<String> has(List<String> ids) {
        Set<String> uris = new LinkedHashSet<>();
        ids.stream().filter(id -> SKILL_ID.matcher(id).matches()).forEach(id -> uris.add(ESCO_SKILL + id.toLowerCase(Locale.ROOT)));
        return uris;
    }

    private static Level level(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Level.fromCode(code).orElseThrow(() -> new InvalidRequestException("level", "error.value.unknown", "level", code));
    }

    private static Double number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, "error.parameter.invalid", field);
        }
    }
}
