package nl.cleantechwerkt.matching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An employer's invitation of a learner for one of its needs, and the learner's answer. */
@Entity
@Table(name = "invitation")
public class Invitation {

    public enum Status { INVITED, ACCEPTED, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "need_id", nullable = false)
    private long needId;

    @Column(name = "learner_user_id", nullable = false)
    private long learnerUserId;

    private String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Invitation() {
    }

    public Invitation(long needId, long learnerUserId, String message, Instant now) {
        this.needId = needId;
        this.learnerUserId = learnerUserId;
        this.message = message;
        this.status = Status.INVITED;
        this.createdAt = now;
    }

    /** Records the learner's answer; an invitation is answered once. */
    public void answer(boolean accept, Instant now) {
        if (status != Status.INVITED) {
            throw new IllegalStateException("Invitation " + id + " was already answered");
        }
        status = accept ? Status.ACCEPTED : Status.DECLINED;
        answeredAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getNeedId() {
        return needId;
    }

    public long getLearnerUserId() {
        return learnerUserId;
    }

    public String getMessage() {
        return message;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
