package nl.cleantechwerkt.notifications.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import nl.cleantechwerkt.notifications.EmailDelivery;

/** One thing a user is told; the text is a message key and arguments, rendered when read. */
@Entity
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long userId;
    private String kind;
    private String messageKey;
    @Convert(converter = StringListJson.class)
    private List<String> arguments;
    private String link;
    @Enumerated(EnumType.STRING)
    private EmailDelivery emailDelivery;
    private Instant emailedAt;
    private Instant createdAt;
    private Instant readAt;

    protected Notification() {
    }

    public Notification(long userId, String kind, String messageKey, List<String> arguments, String link,
            EmailDelivery emailDelivery, Instant now) {
        this.userId = userId;
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = List.copyOf(arguments);
        this.link = link;
        this.emailDelivery = emailDelivery;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getKind() {
        return kind;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getArguments() {
        return arguments;
    }

    public String getLink() {
        return link;
    }

    public EmailDelivery getEmailDelivery() {
        return emailDelivery;
    }

    public Instant getEmailedAt() {
        return emailedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
