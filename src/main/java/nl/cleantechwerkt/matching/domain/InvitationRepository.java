package nl.cleantechwerkt.matching.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    List<Invitation> findByLearnerUserIdOrderByCreatedAtDesc(long learnerUserId);

    List<Invitation> findByNeedId(long needId);

    Optional<Invitation> findByNeedIdAndLearnerUserId(long needId, long learnerUserId);

    Optional<Invitation> findByIdAndLearnerUserId(long id, long learnerUserId);
}
