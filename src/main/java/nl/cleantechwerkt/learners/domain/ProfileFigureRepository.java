package nl.cleantechwerkt.learners.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Counts of profiles for a period, for {@code LearnerFigures}: aggregates only, nothing personal leaves. */
public interface ProfileFigureRepository extends Repository<LearnerProfile, Long> {

    @Query("select count(p) from LearnerProfile p where p.createdAt >= :from and p.createdAt < :to")
    long countCreated(Instant from, Instant to);

    @Query("select count(p) from LearnerProfile p where (p.createdAt >= :from and p.createdAt < :to)"
            + " or (p.updatedAt >= :from and p.updatedAt < :to)")
    long countActive(Instant from, Instant to);

    @Query("select p.municipalityCode, count(p) from LearnerProfile p where p.municipalityCode is not null"
            + " and ((p.createdAt >= :from and p.createdAt < :to) or (p.updatedAt >= :from and p.updatedAt < :to))"
            + " group by p.municipalityCode")
    List<Object[]> countActiveByMunicipality(Instant from, Instant to);
}
