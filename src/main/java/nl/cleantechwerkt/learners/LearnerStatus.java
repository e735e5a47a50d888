package nl.cleantechwerkt.learners;

/** Where a learner stands: in school, looking for work, working, or returning to work or study. */
public enum LearnerStatus {
    STUDENT, JOB_SEEKER, EMPLOYED, RETURNER;

    public String messageKey() {
        return "learner.status." + name();
    }
}
