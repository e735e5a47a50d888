package nl.cleantechwerkt.employers.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.cleantechwerkt.employers.NeedStatus;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SkillNeedRepository extends JpaRepository<SkillNeed, Long> {

    @EntityGraph(attributePaths = {"employer", "skills"})
    Optional<SkillNeed> findWithSkillsById(Long id);

    /** A need only through the organisation of the account asking: how ownership is enforced. */
    @EntityGraph(attributePaths = {"employer", "skills"})
    Optional<SkillNeed> findByIdAndEmployerUserId(Long id, long userId);

    @EntityGraph(attributePaths = {"employer", "skills"})
    List<SkillNeed> findByEmployerIdOrderByCreatedAtDesc(Long employerId);

    @EntityGraph(attributePaths = {"employer", "skills"})
    @Query("select n from SkillNeed n where n.status = :status and (n.deadline is null or n.deadline >= :day)"
            + " order by n.id")
    List<SkillNeed> findStandingOn(NeedStatus status, LocalDate day);
}
