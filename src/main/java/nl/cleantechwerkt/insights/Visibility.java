package nl.cleantechwerkt.insights;

/** Who looks at the figures, and so whether small cells are hidden. */
public enum Visibility {
    /**
     * Anyone: a cell whose demand comes from fewer than {@link Insights#MIN_SOURCES} people and
     * needs is suppressed (demand, sources, ratio and unmet flags hidden; supply stays, it names
     * nobody).
     */
    PUBLIC,
    /** The region's admin: every figure, down to a single person or need. */
    FULL
}
