package nl.cleantechwerkt.matching;

import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cleantechwerkt.learners.LearnerProfileView;
import nl.cleantechwerkt.learners.ProfileSkill;
import nl.cleantechwerkt.shared.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's course advice towards one target occupation: {@link CourseMatcher#match} with
 * what the profile says — its skills (any level counts as had), place and radius, education
 * level, schedules and budget. The advice page and the advice alerts ask the same question.
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
                profile.budgetEur() == null ? null : BigDecimal.valueOf(profile.budgetEur()), size);
        try {
            return matcher.match(request);
        } catch (InvalidRequestException e) {
            // a place the gazetteer no longer knows: advise without distance rather than not at all
            return matcher.match(request.near(null, null));
        }
    }
}
