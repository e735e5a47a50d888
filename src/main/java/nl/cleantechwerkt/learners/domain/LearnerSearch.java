package nl.cleantechwerkt.learners.domain;

import jakarta.persistence.EntityManager;
import java.util.List;
import nl.cleantechwerkt.learners.CandidateQuery;
import nl.cleantechwerkt.learners.LearnerIndex;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

/**
 * All Hibernate Search code of the learners module. Every query that finds learners goes
 * through {@link #consentingProfileIds}, which filters on consent itself, so no caller can
 * forget it (the routing bridge already keeps non-consenting profiles out of the index; this is
 * the second guard).
 */
@Component
public class LearnerSearch {

    private static final float PROFICIENT_BOOST = 2f;
    private static final float OCCUPATION_BOOST = 3f;

    private final EntityManager entityManager;

    LearnerSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Ids of consenting profiles that fit the query, best first. */
    public List<Long> consentingProfileIds(CandidateQuery query) {
        SearchSession session = Search.session(entityManager);
        return session.search(LearnerProfile.class)
                .select(f -> f.id(Long.class))
                .where(f -> predicate(f, query))
                .fetchHits(query.limit());
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, CandidateQuery q) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        bool.filter(f.match().field(LearnerIndex.CONSENT).matching(true));
        if (q.skills().isEmpty()) {
            bool.must(f.matchAll());
        } else {
            BooleanPredicateClausesStep<?, ?> anySkill = f.bool();
            for (String uri : q.skills()) {
                anySkill.should(f.match().field(LearnerIndex.SKILLS).matching(uri));
                anySkill.should(f.match().field(LearnerIndex.PROFICIENT_SKILLS).matching(uri).boost(PROFICIENT_BOOST));
            }
            bool.must(anySkill.minimumShouldMatchNumber(1));
        }
        for (String uri : q.occupations()) {
            bool.should(f.match().field(LearnerIndex.TARGET_OCCUPATIONS).matching(uri).boost(OCCUPATION_BOOST));
        }
        if (q.hasPlace()) {
            bool.filter(f.spatial().within().field(LearnerIndex.LOCATION)
                    .circle(GeoPoint.of(q.latitude(), q.longitude()), q.withinKm(), DistanceUnit.KILOMETERS));
        }
        return bool;
    }
}
