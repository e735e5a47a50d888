package nl.cleantechwerkt.alerts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.cleantechwerkt.alerts.domain.Watch;
import nl.cleantechwerkt.employers.SkillNeedView;
import nl.cleantechwerkt.learners.CandidateQuery;
import nl.cleantechwerkt.learners.LearnerProfiles;
import nl.cleantechwerkt.matching.CandidateMatch;
import nl.cleantechwerkt.matching.CandidateMatcher;
import nl.cleantechwerkt.matching.CourseMatch;
import nl.cleantechwerkt.matching.CourseMatcher;
import nl.cleantechwerkt.matching.LearnerAdvice;
import nl.cleantechwerkt.search.CourseRun;
import nl.cleantechwerkt.search.CourseSearch;
import nl.cleantechwerkt.search.SearchParameters;
import nl.cleantechwerkt.search.SearchParametersParser;
import nl.cleantechwerkt.search.UpcomingRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a watched item matches now, as item keys (what {@code alert_seen} stores) with a label
 * for the notification. It asks the same questions the pages ask — the search of
 * {@code /zoeken} (published courses, upcoming runs only), the learner's advice, a need's
 * candidates (consenting learners only) — so an alert never names what the page would not show.
 */
@Component
class CurrentMatches {

    private static final Logger log = LoggerFactory.getLogger(CurrentMatches.class);

    private final CourseSearch search;
    private final SearchParametersParser parser;
    private final LearnerProfiles profiles;
    private final LearnerAdvice advice;
    private final CandidateMatcher candidates;
    private final AlertProperties properties;

    CurrentMatches(CourseSearch search, SearchParametersParser parser, LearnerProfiles profiles, LearnerAdvice advice,
            CandidateMatcher candidates, AlertProperties properties) {
        this.search = search;
        this.parser = parser;
        this.profiles = profiles;
        this.advice = advice;
        this.candidates = candidates;
        this.properties = properties;
    }

    /** Runs of a saved search: {@code c<course>-<start>-<municipality>} → course title; empty when too broad to compare. */
    Optional<Map<String, String>> ofSearch(String searchQuery) {
        UpcomingRuns runs = search.upcomingRuns(parser.parse(SearchParameters.ofQueryString(searchQuery)),
                properties.maxCourses());
        if (!runs.complete()) {
            log.info("Saved search '{}' finds more than {} courses: not compared", searchQuery, properties.maxCourses());
            return Optional.empty();
        }
        Map<String, String> items = new LinkedHashMap<>();
        for (CourseRun run : runs.runs()) {
            items.put(run.key(), run.title());
        }
        return Optional.of(items);
    }

    /** Courses of a saved advice with the learner's profile as it is now: {@code c<course>} → title; empty without a profile. */
    Optional<Map<String, String>> ofAdvice(long userId, String occupationUri) {
        return profiles.ownProfile(userId).map(profile -> {
            Map<String, String> items = new LinkedHashMap<>();
            for (CourseMatch match : advice.advise(profile, occupationUri, CourseMatcher.MAX_SIZE).items()) {
                items.put("c" + match.courseId(), match.title());
            }
            return items;
        });
    }

    /** Consenting candidates who fit a need: {@code p<profile>} → the profile reference employers see. */
    Map<String, String> ofNeed(SkillNeedView need) {
        Map<String, String> items = new LinkedHashMap<>();
        for (CandidateMatch match : candidates.candidates(need, CandidateQuery.MAX_LIMIT)) {
            items.put("p" + match.candidate().profileId(), String.valueOf(match.candidate().profileId()));
        }
        return items;
    }

    /** What a learner's saved item matches now (searches and advices). */
    Optional<Map<String, String>> of(Watch watch) {
        return switch (watch.getKind()) {
            case SEARCH -> ofSearch(watch.getSearchQuery());
            case ADVICE -> ofAdvice(watch.getUserId(), watch.getOccupationUri());
            case NEED -> throw new IllegalArgumentException("A need is compared with its current view: " + watch.getId());
        };
    }
}
