package nl.cleantechwerkt.notifications.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import nl.cleantechwerkt.notifications.EmailDelivery;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByUserIdOrderByCreatedAtDescIdDesc(long userId, Limit limit);

    long countByUserIdAndReadAtIsNull(long userId);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.userId = :userId and n.readAt is null")
    int markAllRead(long userId, Instant now);

    /** Called from the mail thread, after the notifications' own transaction has committed. */
    @Transactional
    @Modifying
    @Query("update Notification n set n.emailedAt = :now where n.id in :ids")
    int markEmailed(Collection<Long> ids, Instant now);

    /** Users with notifications waiting for a digest, created up to {@code until}. */
    @Query("select distinct n.userId from Notification n where n.emailDelivery = :digest and n.emailedAt is null"
            + " and n.createdAt <= :until order by n.userId")
    List<Long> usersWaiting(EmailDelivery digest, Instant until);

    List<Notification> findByUserIdAndEmailDeliveryAndEmailedAtIsNullAndCreatedAtLessThanEqualOrderByCreatedAtAscIdAsc(
            long userId, EmailDelivery delivery, Instant until);

    /** Takes a user's waiting notifications out of the digest: they have opted out, so these will never be mailed. */
    @Modifying
    @Query("update Notification n set n.emailDelivery = :none where n.userId = :userId and n.emailDelivery = :digest"
            + " and n.emailedAt is null")
    int leaveOutOfDigest(long userId, EmailDelivery digest, EmailDelivery none);
}
