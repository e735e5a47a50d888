package nl.cleantechwerkt.employers.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Counts of needs and employers for a period, for {@code NeedFigures}: aggregates and ids only. */
public interface NeedFigureRepository extends Repository<SkillNeed, Long> {

    @Query("select count(n), coalesce(sum(n.peopleCount), 0) from SkillNeed n where n.createdAt >= :from and n.createdAt < :to")
    List<Object[]> countCreated(Instant from, Instant to);

    @Query("select n.municipalityCode, count(n) from SkillNeed n where n.createdAt >= :from and n.createdAt < :to"
            + " group by n.municipalityCode")
    List<Object[]> countCreatedByMunicipality(Instant from, Instant to);

    @Query("select distinct n.employer.id from SkillNeed n where (n.createdAt >= :from and n.createdAt < :to)"
            + " or (n.updatedAt >= :from and n.updatedAt < :to)")
    List<Long> employersWithNeedChanged(Instant from, Instant to);

    @Query("select distinct n.employer.id from SkillNeed n where n.id in :needIds")
    List<Long> employersOf(Collection<Long> needIds);
}
