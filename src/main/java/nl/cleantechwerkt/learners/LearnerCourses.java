package nl.cleantechwerkt.learners;

import java.time.Clock;
import nl.cleantechwerkt.learners.domain.LearnerProfile;
import nl.cleantechwerkt.learners.domain.LearnerProfileRepository;
import nl.cleantechwerkt.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's list of courses, kept from their course advice: saved, and marked when they mean
 * to follow one. Always the logged-in learner's own list (by account id).
 */
@Service
@Transactional
public class LearnerCourses {

    private final LearnerProfileRepository profiles;
    private final Clock clock;

    LearnerCourses(LearnerProfileRepository profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    /** Saves the course on the list (again), with or without interest. */
    public void save(long userId, long courseId, boolean interested) {
        profile(userId).saveCourse(courseId, interested, clock.instant());
    }

    /** Takes the course off the list. */
    public void forget(long userId, long courseId) {
        profile(userId).forgetCourse(courseId, clock.instant());
    }

    private LearnerProfile profile(long userId) {
        return profiles.findByUserId(userId).orElseThrow(() -> new NotFoundException("profile", userId));
    }
}
