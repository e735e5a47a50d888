package nl.cleantechwerkt.learners;

/** What backs a self-rated skill. */
public enum Evidence {
    DIPLOMA, CERTIFICATE, EXPERIENCE;

    public String messageKey() {
        return "learner.evidence." + name();
    }
}
