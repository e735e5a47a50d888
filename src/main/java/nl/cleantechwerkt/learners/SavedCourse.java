package nl.cleantechwerkt.learners;

import java.time.Instant;

/**
 * A course on a learner's list.
 *
 * @param interested the learner means to follow it: its skills count as "in training"
 */
public record SavedCourse(long courseId, boolean interested, Instant savedAt) {
}
