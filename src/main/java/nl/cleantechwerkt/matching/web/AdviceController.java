package nl.cleantechwerkt.matching.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.cleantechwerkt.catalog.CourseCatalog;
import nl.cleantechwerkt.learners.LearnerCourses;
import nl.cleantechwerkt.learners.LearnerProfileView;
import nl.cleantechwerkt.learners.LearnerProfiles;
import nl.cleantechwerkt.learners.SavedCourse;
import nl.cleantechwerkt.matching.CourseMatcher;
import nl.cleantechwerkt.matching.LearnerAdvice;
import nl.cleantechwerkt.matching.MatchResult;
import nl.cleantechwerkt.shared.InvalidRequestException;
import nl.cleantechwerkt.shared.NotFoundException;
import nl.cleantechwerkt.skills.OccupationView;
import nl.cleantechwerkt.skills.SkillCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A learner's course advice: for each target occupation of their profile, what they have and
 * lack of its skills and the courses that close the gap, filtered by their place and travel
 * radius, level, availability (schedules, and full- or part-time with the preferred course
 * modes), and budget, each explained. Courses can be saved and marked as
 * "I want to follow this" (which makes their skills count as in training for employers).
 * Without a profile there is no advice and no score, only the way to make one.
 */
@Controller
class AdviceController {

    static final String PAGE = "matching/advice";

    private final CurrentUserId currentUser;
    private final LearnerProfiles profiles;
    private final LearnerCourses learnerCourses;
    private final LearnerAdvice advice;
    private final MatchCards cards;
    private final SkillCatalog skillCatalog;
    private final CourseCatalog catalog;

    AdviceController(CurrentUserId currentUser, LearnerProfiles profiles, LearnerCourses learnerCourses, LearnerAdvice advice,
            MatchCards cards, SkillCatalog skillCatalog, CourseCatalog catalog) {
        this.currentUser = currentUser;
        this.profiles = profiles;
        this.learnerCourses = learnerCourses;
        this.advice = advice;
        this.cards = cards;
        this.skillCatalog = skillCatalog;
        this.catalog = catalog;
    }

    /** The advice for one target occupation. */
    record Advice(OccupationView occupation, MatchCards.GapView gap, List<MatchCards.Card> cards) {
    }

    /** A saved course as the list shows it; {@code title} is null when the course is no longer published. */
    record SavedView(long courseId, String title, boolean interested) {
    }

    @GetMapping("/profiel/advies")
    String advice(Principal principal, Locale locale, Model model) {
        Optional<LearnerProfileView> found = profiles.ownProfile(currentUser.of(principal));
        if (found.isEmpty()) {
            model.addAttribute("noProfile", true);
            return PAGE;
        }
        LearnerProfileView profile = found.get();
        model.addAttribute("profile", profile);
        model.addAttribute("modes", LearnerAdvice.acceptableModes(profile.workload(), profile.modes()));
        model.addAttribute("learnerActions", true);
        model.addAttribute("savedCourses", profile.savedCourses().stream()
                .collect(Collectors.toMap(SavedCourse::courseId, SavedCourse::interested, (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("saved", profile.savedCourses().stream().map(this::savedView).toList());
        model.addAttribute("advices", profile.targetOccupations().stream()
                .map(uri -> skillCatalog.occupation(uri).map(o -> advice(profile, o, locale)))
                .flatMap(Optional::stream)
                .toList());
        return PAGE;
    }

    private Advice advice(LearnerProfileView profile, OccupationView occupation, Locale locale) {
        MatchResult result = advice.advise(profile, occupation.uri(), CourseMatcher.DEFAULT_SIZE);
        return new Advice(occupation, cards.gap(result, locale), cards.cards(result, locale));
    }

    private SavedView savedView(SavedCourse saved) {
        String title;
        try {
            title = catalog.publishedCourse(saved.courseId()).title();
        } catch (NotFoundException e) {
            title = null;
        }
        return new SavedView(saved.courseId(), title, saved.interested());
    }

    /** Saves a course, marks interest (or takes it back), or forgets it; back to the advice. */
    @PostMapping("/profiel/opleidingen/{courseId}")
    String keep(@PathVariable long courseId, @RequestParam String action, Principal principal) {
        long userId = currentUser.of(principal);
        switch (action) {
            case "save", "interest" -> {
                catalog.publishedCourse(courseId);
                learnerCourses.save(userId, courseId, action.equals("interest"));
            }
            case "forget" -> learnerCourses.forget(userId, courseId);
            default -> throw new InvalidRequestException("action", "error.value.unknown", "action", action);
        }
        return "redirect:/profiel/advies#opleiding-" + courseId;
    }
}
