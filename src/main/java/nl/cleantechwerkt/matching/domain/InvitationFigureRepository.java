package nl.cleantechwerkt.matching.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Counts of invitations for a period, for {@code InvitationFigures}: aggregates and need ids only. */
public interface InvitationFigureRepository extends Repository<Invitation, Long> {

    @Query("select count(i) from Invitation i where i.createdAt >= :from and i.createdAt < :to")
    long countSent(Instant from, Instant to);

    @Query("select count(i) from Invitation i where i.status = nl.cleantechwerkt.matching.domain.Invitation.Status.ACCEPTED"
            + " and i.answeredAt >= :from and i.answeredAt < :to")
    long countAccepted(Instant from, Instant to);

    @Query("select distinct i.needId from Invitation i where i.createdAt >= :from and i.createdAt < :to")
    List<Long> needsInvitedFor(Instant from, Instant to);
}
