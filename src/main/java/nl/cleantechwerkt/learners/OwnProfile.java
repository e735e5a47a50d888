package nl.cleantechwerkt.learners;

import java.time.Clock;
import java.util.Optional;
import nl.cleantechwerkt.accounts.AccountView;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.geo.MunicipalityView;
import nl.cleantechwerkt.learners.domain.LearnerProfile;
import nl.cleantechwerkt.learners.domain.LearnerProfileRepository;
import nl.cleantechwerkt.skills.SkillCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a learner does with their own profile: fill it in, give or revoke consent, export it and
 * erase it. Every method takes the user id of the logged-in account, never an id from a
 * request, so a learner can reach no other profile. The index follows on commit: a revoked
 * consent or an erased profile is gone from it when the method returns.
 */
@Service
@Transactional
public class OwnProfile {

    private static final Logger log = LoggerFactory.getLogger(OwnProfile.class);

    private final LearnerProfileRepository profiles;
    private final Accounts accounts;
    private final SkillCatalog skillCatalog;
    private final Gazetteer gazetteer;
    private final Clock clock;

    OwnProfile(LearnerProfileRepository profiles, Accounts accounts, SkillCatalog skillCatalog, Gazetteer gazetteer,
            Clock clock) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.skillCatalog = skillCatalog;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<LearnerProfileView> find(long userId) {
        return profiles.findByUserId(userId).map(LearnerProfile::view);
    }

    /** Creates the profile or replaces what the learner filled in; consent stays as it was. */
    public LearnerProfileView save(long userId, ProfileData data) {
        LearnerProfile profile = profiles.findByUserId(userId).orElseGet(() -> new LearnerProfile(userId, clock.instant()));
        profile.update(data, clock.instant());
        return profiles.saveAndFlush(profile).view();
    }

    /** Lets employers see the name-free profile; false when there is no profile to show. */
    public boolean giveConsent(long userId) {
        return profiles.findByUserId(userId).map(p -> {
            p.giveConsent(clock.instant());
            return true;
        }).orElse(false);
    }

    /** Hides the profile from employers; its index document is deleted on commit. */
    public void revokeConsent(long userId) {
        profiles.findByUserId(userId).ifPresent(p -> p.revokeConsent(clock.instant()));
    }

    @Transactional(readOnly = true)
    public ProfileExport export(AccountView account) {
        ProfileExport.Account who = new ProfileExport.Account(account.email(), account.displayName(), account.role().name());
        return new ProfileExport(clock.instant(), who, profiles.findByUserId(account.id()).map(p -> export(p.view())).orElse(null));
    }

    private ProfileExport.Profile export(LearnerProfileView p) {
        return new ProfileExport.Profile(p.status().name(), p.educationLevel() == null ? null : p.educationLevel().code(),
                p.place(), gazetteer.municipality(p.municipalityCode()).map(MunicipalityView::name).orElse(null), p.radiusKm(),
                p.schedules().stream().map(Enum::name).toList(), p.workload().name(), p.budgetEur(),
                p.modes().stream().map(Enum::name).toList(),
                p.skills().stream().map(this::export).toList(),
                p.targetOccupations().stream().map(uri -> skillCatalog.occupation(uri)
                        .map(o -> new ProfileExport.Occupation(uri, o.labelNl(), o.labelEn()))
                        .orElse(new ProfileExport.Occupation(uri, null, null))).toList(),
                new ProfileExport.Consent(p.consent(), p.consentedAt(), p.consentRevokedAt()), p.updatedAt(),
                p.savedCourses().stream().map(c -> new ProfileExport.SavedCourse(c.courseId(), c.interested(), c.savedAt()))
                        .toList());
    }

    private ProfileExport.Skill export(ProfileSkill s) {
        var skill = skillCatalog.skill(s.skillUri());
        return new ProfileExport.Skill(s.skillUri(), skill.map(v -> v.labelNl()).orElse(null),
                skill.map(v -> v.labelEn()).orElse(null), s.level().name(), s.evidence() == null ? null : s.evidence().name());
    }

    /**
     * Erases the learner: the profile (and with it its index document) and the account, in one
     * transaction, so neither outlives the other.
     */
    public void erase(AccountView account) {
        profiles.findByUserId(account.id()).ifPresent(p -> {
            profiles.delete(p);
            profiles.flush();
        });
        accounts.delete(account.id());
        log.info("Learner account {} and its profile erased at the learner's request", account.id());
    }
}
