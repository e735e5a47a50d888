package nl.cleantechwerkt.learners;

import nl.cleantechwerkt.learners.domain.ProfileFigureRepository;
import nl.cleantechwerkt.shared.MonthRange;
import nl.cleantechwerkt.shared.MunicipalityCounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many learners were at work on their profile in a period, as counts (for the regional
 * progress report). Every profile counts, with or without consent: a count names nobody, and the
 * report suppresses small cells. A profile keeps only its creation and last change, so a
 * profile changed in a period and again later counts for the later period only.
 */
@Service
@Transactional(readOnly = true)
public class LearnerFigures {

    private final ProfileFigureRepository profiles;

    LearnerFigures(ProfileFigureRepository profiles) {
        this.profiles = profiles;
    }

    /** Profiles created within the period: learners new to the platform. */
    public long profilesCreated(MonthRange period) {
        return profiles.countCreated(period.start(), period.end());
    }

    /**
     * Profiles created or last changed (skills, place, consent, saved courses) within the period,
     * in total and per municipality of the learner's place.
     */
    public MunicipalityCounts profilesActive(MonthRange period) {
        return MunicipalityCounts.of(profiles.countActive(period.start(), period.end()),
                profiles.countActiveByMunicipality(period.start(), period.end()));
    }
}
