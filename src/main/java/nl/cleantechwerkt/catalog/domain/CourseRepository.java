package nl.cleantechwerkt.catalog.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseRepository extends JpaRepository<Course, Long> {

    @EntityGraph(attributePaths = {"provider", "offerings"})
    Optional<Course> findWithOfferingsById(Long id);

    Optional<Course> findByProviderAndCourseCode(Provider provider, String courseCode);

    @Query("select c.title from Course c where c.status = :status")
    List<String> findTitlesByStatus(CourseStatus status);

    long countByStatus(CourseStatus status);
}
