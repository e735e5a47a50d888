package nl.cleantechwerkt.learners;

/** How much time a learner has: full-time, part-time, or either. */
public enum Workload {
    FULL_TIME, PART_TIME, EITHER;

    public String messageKey() {
        return "learner.workload." + name();
    }
}
