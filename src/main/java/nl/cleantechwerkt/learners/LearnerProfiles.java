package nl.cleantechwerkt.learners;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.cleantechwerkt.learners.domain.LearnerProfile;
import nl.cleantechwerkt.learners.domain.LearnerProfileRepository;
import nl.cleantechwerkt.learners.domain.LearnerSearch;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other modules read learner profiles. Two doors, for two audiences:
 * <ul>
 * <li>{@link #ownProfile} — the whole profile of one learner, for work done on that learner's
 * behalf (learner → courses); never to be shown to anyone but the learner;</li>
 * <li>{@link #consentingCandidates} — name-free candidates for employers (need → learners),
 * always limited to learners who consented.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class LearnerProfiles {

    private final LearnerProfileRepository profiles;
    private final LearnerSearch search;

    LearnerProfiles(LearnerProfileRepository profiles, LearnerSearch search) {
        this.profiles = profiles;
        this.search = search;
    }

    /** The profile of the learner with this account id, if they filled one in. */
    public Optional<LearnerProfileView> ownProfile(long userId) {
        return profiles.findByUserId(userId).map(LearnerProfile::view);
    }

    /**
     * The account behind a candidate's profile reference, only while the learner consents: how
     * an invitation reaches a candidate without the employer ever learning who it is.
     */
    public Optional<Long> consentingUserId(long profileId) {
        return profiles.findById(profileId).filter(LearnerProfile::hasConsent).map(LearnerProfile::getUserId);
    }

    /**
     * Consenting learners who fit the query, best first, as employers may see them. Consent is
     * required by the index query and checked again on the loaded profile, so a profile whose
     * consent was revoked is never returned, even from an index that lags behind.
     */
    public List<CandidateView> consentingCandidates(CandidateQuery query) {
        List<Long> ids = search.consentingProfileIds(query);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, LearnerProfile> byId = profiles.findByIdIn(ids).stream()
                .collect(Collectors.toMap(LearnerProfile::getId, Function.identity()));
        return ids.stream().map(byId::get)
                .filter(p -> p != null && p.hasConsent())
                .map(LearnerProfile::candidateView)
                .toList();
    }
}
