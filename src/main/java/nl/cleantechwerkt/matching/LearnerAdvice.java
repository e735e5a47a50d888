package nl.cleantechwerkt.matching;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cleantechwerkt.learners.LearnerProfileView;
import nl.cleantechwerkt.learners.ProfileSkill;
import nl.cleantechwerkt.learners.Workload;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's course advice towards one target occupation: {@link CourseMatcher#match} with
 * what the profile says — its skills (any level counts as had), place and radius, education
 * level, schedules, course modes (availability and preference) and budget. The advice page and the advice alerts ask the same question.
 */
@Service
@Transactional(readOnly = true)
public class LearnerAdvice {

    private final CourseMatcher matcher;

    LearnerAdvice(CourseMatcher matcher) {
        this.matcher = matcher;
    }

    /** Up to {@code size} courses towards {@code occupationUri}; an unknown occupation is an {@link InvalidRequestException}. */
    public MatchResult advise(LearnerProfileView profile, String occupationUri, int size) {
        Set<String> has = profile.skills().stream().map(ProfileSkill::skillUri).collect(Collectors.toSet());
        MatchRequest request = new MatchRequest(occupationUri, null, null, has, profile.place(),
                profile.radiusKm() == null ? null : profile.radiusKm().doubleValue(), profile.educationLevel(),
                Set.copyOf(profile.schedules()), null, null,
                profile.budgetEur() == null ? null : BigDecimal.valueOf(profile.budgetEur()), size,
                acceptableModes(profile.workload(), profile.modes()));
        try {
            return matcher.match(request);
        } catch (InvalidRequestException e) {
            // a place the gazetteer no longer knows: advise without distance rather than not at all
            return matcher.match(request.near(null, null));
        }
    }

    /**
     * The course modes a learner can follow: someone who studies part-time cannot follow a
     * full-time or BOL (full-time school-based) course; preferred modes narrow that further,
     * unless nothing would be left, because availability is a fact and a preference is not.
     * Empty means any mode.
     */
    public static Set<CourseMode> acceptableModes(Workload workload, Collection<CourseMode> preferred) {
        Set<CourseMode> possible = EnumSet.allOf(CourseMode.class);
        if (workload == Workload.PART_TIME) {
            possible.removeAll(EnumSet.of(CourseMode.FULLTIME, CourseMode.BOL));
        }
        Set<CourseMode> wanted = EnumSet.copyOf(possible);
        if (!preferred.isEmpty()) {
            wanted.retainAll(preferred);
        }
        Set<CourseMode> modes = wanted.isEmpty() ? possible : wanted;
        return modes.size() == CourseMode.values().length ? Set.of() : modes;
    }
}
