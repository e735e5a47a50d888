package nl.cleantechwerkt.learners.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LearnerProfileRepository extends JpaRepository<LearnerProfile, Long> {

    Optional<LearnerProfile> findByUserId(long userId);

    List<LearnerProfile> findByIdIn(Collection<Long> ids);

    long countByConsentTrue();

    /** Consenting profiles with a target occupation: id, municipality code, education level. */
    @Query("select p.id, p.municipalityCode, p.educationLevel from LearnerProfile p"
            + " where p.consent = true and exists (select 1 from p.targetOccupations t)")
    List<Object[]> findConsentingWithTargets();

    /** Target occupations of consenting profiles: profile id, occupation URI. */
    @Query("select p.id, t from LearnerProfile p join p.targetOccupations t where p.consent = true")
    List<Object[]> findConsentingTargets();

    /** Skills of consenting profiles: profile id, skill URI. */
    @Query("select p.id, s.skillUri from LearnerProfile p join p.skills s where p.consent = true")
    List<Object[]> findConsentingSkills();
}
