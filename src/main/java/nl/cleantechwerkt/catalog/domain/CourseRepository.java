package nl.cleantechwerkt.catalog.domain;

import java.util.List;
import java.util.Optional;
import jakarta.persistence.QueryHint;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseRepository extends JpaRepository<Course, Long> {

    @EntityGraph(attributePaths = {"provider", "offerings"})
    Optional<Course> findWithOfferingsById(Long id);

    /**
     * Looks a course up without flushing first: in a bulk load the automatic flush before every
     * query re-checks every entity loaded so far, which made loading quadratic.
     */
    @QueryHints(@QueryHint(name = "org.hibernate.flushMode", value = "COMMIT"))
    Optional<Course> findByProviderAndCourseCode(Provider provider, String courseCode);

    @Query("select c.title from Course c where c.status = :status")
    List<String> findTitlesByStatus(CourseStatus status);

    @EntityGraph(attributePaths = "offerings")
    List<Course> findByProviderCodeOrderByUpdatedAtDesc(String providerCode);

    /** The provider's courses with these codes (a bulk load's courses that exist already), with their runs. */
    @EntityGraph(attributePaths = "offerings")
    @QueryHints(@QueryHint(name = "org.hibernate.flushMode", value = "COMMIT"))
    List<Course> findByProviderAndCourseCodeIn(Provider provider, java.util.Collection<String> courseCodes);

    Optional<Course> findByIdAndProviderCode(Long id, String providerCode);

    @Query("select count(c), max(c.updatedAt) from Course c where c.status = :status")
    List<Object[]> countAndLastChange(CourseStatus status);

    long countByStatus(CourseStatus status);

    /** Runs of courses in a status starting on or after a day: course id, level, run fields (one row per run). */
    @Query("""
            select c.id, c.level, o.startDate, o.online, o.municipalityCode, o.latitude, o.longitude, o.seats
            from Offering o join o.course c
            where c.status = :status and o.startDate >= :from
            order by c.id, o.startDate""")
    List<Object[]> findRunRows(CourseStatus status, java.time.LocalDate from);

    /** Skills of courses in a status that have a run starting on or after a day: course id, skill URI. */
    @Query("""
            select c.id, s.skillUri from Course c join c.skills s
            where c.status = :status and exists (select 1 from Offering o where o.course = c and o.startDate >= :from)""")
    List<Object[]> findSkillRows(CourseStatus status, java.time.LocalDate from);

    @Query("select distinct s.skillUri from Course c join c.skills s where c.provider.code = :providerCode and c.status <> :left")
    List<String> findSkillUrisOfProvider(String providerCode, CourseStatus left);
}
