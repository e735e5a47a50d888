package nl.cleantechwerkt.notifications.domain;

import java.time.Instant;
import java.util.List;
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

    /** Called from the mail thread, after the notification's own transaction has committed. */
    @Transactional
    @Modifying
    @Query("update Notification n set n.emailedAt = :now where n.id = :id")
    int markEmailed(long id, Instant now);
}
