package nl.cleantechwerkt.learners;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.cleantechwerkt.learners.domain.LearnerProfile;
import nl.cleantechwerkt.learners.domain.LearnerProfileRepository;
import nl.cleantechwerkt.learners.domain.LearnerSearch;
import nl.cleantechwerkt.shared.Level;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other modules read learner profiles. Two doors, for two audiences:
 * <ul>
 * <li>{@link #ownProfile} — the whole profile of one learner, for work done on that learner's
 * behalf (learner → courses); never to be shown to anyone but the learner;</li>
 * <li>{@link #consentingCandidates} — name-free candidates for employers (need → learners),
 * always limited to learners who consented.</li>
 * <li>{@link #consentingDemand} — name-free skills and targets of consenting learners, for the
 * region's aggregate figures.</li>
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
     * What consenting learners with a target occupation bring to the region's demand for skills
     * (insights), without names, accounts or places. Only consenting learners: consent is the one
     * permission a learner gives to be used beyond their own advice, and the admin's view of the
     * figures shows cells as small as one person. Three queries, whatever the number of profiles.
     */
    public List<LearnerDemand> consentingDemand() {
        Map<Long, Set<String>> skills = new HashMap<>();
        profiles.findConsentingSkills().forEach(r -> skills.computeIfAbsent((Long) r[0], k -> new HashSet<>())
                .add((String) r[1]));
        Map<Long, List<String>> targets = new HashMap<>();
        profiles.findConsentingTargets().forEach(r -> targets.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                .add((String) r[1]));
        return profiles.findConsentingWithTargets().stream()
                .map(r -> new LearnerDemand((Long) r[0], (String) r[1], (Level) r[2],
                        skills.getOrDefault((Long) r[0], Set.of()), targets.getOrDefault((Long) r[0], List.of())))
                .toList();
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
