package nl.cleantechwerkt.learners.domain;

import nl.cleantechwerkt.learners.LearnerIndex;
import nl.cleantechwerkt.shared.DerivedIndex;
import org.springframework.stereotype.Component;

/**
 * The learner index is derived from the database like the course index: it holds exactly the
 * consenting profiles (the routing bridge leaves the others out), and the start-up check rebuilds
 * it when it holds another number (a shared index only when empty, see
 * {@link nl.cleantechwerkt.shared.IndexSharing}).
 */
@Component
class LearnerIndexSize implements DerivedIndex {

    private final LearnerProfileRepository profiles;

    LearnerIndexSize(LearnerProfileRepository profiles) {
        this.profiles = profiles;
    }

    @Override
    public String entity() {
        return LearnerIndex.ENTITY;
    }

    @Override
    public long expectedDocuments() {
        return profiles.countByConsentTrue();
    }
}
