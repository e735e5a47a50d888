package nl.cleantechwerkt.catalog.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Counts over the catalogue for a period, for {@code CatalogFigures}: aggregates only, no entity is loaded. */
public interface CourseFigureRepository extends Repository<Course, Long> {

    @Query("select count(c) from Course c where c.firstPublishedAt >= :from and c.firstPublishedAt < :to")
    long countFirstPublished(Instant from, Instant to);

    @Query("select count(distinct c.id) from Course c join c.offerings o where c.firstPublishedAt is not null"
            + " and o.startDate between :first and :last")
    long countWithRunStarting(LocalDate first, LocalDate last);

    @Query("select count(distinct c.id) from Course c join c.offerings o where c.firstPublishedAt is not null"
            + " and o.startDate between :first and :last and o.online = true")
    long countWithOnlineRunStarting(LocalDate first, LocalDate last);

    /** Rows of (municipality code, number of courses with a run there starting in the period). */
    @Query("select o.municipalityCode, count(distinct c.id) from Course c join c.offerings o"
            + " where c.firstPublishedAt is not null and o.startDate between :first and :last"
            + " and o.municipalityCode is not null group by o.municipalityCode")
    List<Object[]> countWithRunStartingByMunicipality(LocalDate first, LocalDate last);
}
