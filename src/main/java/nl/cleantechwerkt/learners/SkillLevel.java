package nl.cleantechwerkt.learners;

/** How well a learner says they master a skill. */
public enum SkillLevel {
    BASIC, GOOD, EXPERT;

    /** Good or expert: the skill counts as mastered when matching, not only as a start. */
    public boolean proficient() {
        return this != BASIC;
    }

    public String messageKey() {
        return "learner.skillLevel." + name();
    }
}
