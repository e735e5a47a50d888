package nl.cleantechwerkt.learners.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LearnerProfileRepository extends JpaRepository<LearnerProfile, Long> {

    Optional<LearnerProfile> findByUserId(long userId);

    List<LearnerProfile> findByIdIn(Collection<Long> ids);

    long countByConsentTrue();
}
