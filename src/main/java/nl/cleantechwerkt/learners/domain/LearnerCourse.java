package nl.cleantechwerkt.learners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** A course on a learner's list; equal by course, so a course is on the list once. */
@Embeddable
public class LearnerCourse {

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(nullable = false)
    private boolean interested;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected LearnerCourse() {
    }

    LearnerCourse(long courseId, boolean interested, Instant savedAt) {
        this.courseId = courseId;
        this.interested = interested;
        this.savedAt = savedAt;
    }

    public long getCourseId() {
        return courseId;
    }

    public boolean isInterested() {
        return interested;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LearnerCourse c && c.courseId == courseId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(courseId);
    }
}
