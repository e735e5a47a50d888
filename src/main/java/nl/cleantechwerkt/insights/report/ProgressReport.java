package nl.cleantechwerkt.insights.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.cleantechwerkt.insights.SkillFigures;
import nl.cleantechwerkt.shared.MonthRange;

/**
 * The region's progress report for one period: what the report shows, already suppressed (see
 * {@link Cell}). Definitions of every figure are in {@link ProgressReports} and
 * docs/architecture.md ("Progress report").
 *
 * @param coursesPublished courses first published in the period
 * @param coursesWithRuns courses with a run starting in the period
 * @param coursesOnline of those, courses with an online run starting in the period
 * @param learnersNew learner profiles created in the period
 * @param learnersActive learner profiles created or last changed in the period
 * @param employersActive employers who posted or changed a need, or invited someone, in the period
 * @param needsPosted needs created in the period
 * @param peopleAsked the number of people those needs ask for together
 * @param invitationsSent invitations sent in the period: the matches made
 * @param invitationsAccepted invitations accepted in the period
 * @param municipalities the region's municipalities, by name
 * @param unmetOn the day the unmet demand was measured: the day the report was made
 * @param unmetSkills the skills with the most demand that no reachable course meets on that day,
 *     from {@code Insights.unmetDemand} under public visibility (suppressed skills are left out)
 */
record ProgressReport(MonthRange period, Instant generatedAt, Cell coursesPublished, Cell coursesWithRuns,
        Cell coursesOnline, Cell learnersNew, Cell learnersActive, Cell employersActive, Cell needsPosted,
        Cell peopleAsked, Cell invitationsSent, Cell invitationsAccepted, List<MunicipalityRow> municipalities,
        LocalDate unmetOn, List<SkillFigures> unmetSkills) {

    /** The key figures in the order the report shows them; {@code key} names their label and definition in the bundles. */
    public List<Figure> figures() {
        return List.of(new Figure("coursesPublished", coursesPublished), new Figure("coursesWithRuns", coursesWithRuns),
                new Figure("coursesOnline", coursesOnline), new Figure("learnersNew", learnersNew),
                new Figure("learnersActive", learnersActive), new Figure("employersActive", employersActive),
                new Figure("needsPosted", needsPosted), new Figure("peopleAsked", peopleAsked),
                new Figure("invitationsSent", invitationsSent), new Figure("invitationsAccepted", invitationsAccepted));
    }

    record Figure(String key, Cell cell) {
    }

    /** One municipality of the region: courses with a run there, needs posted there, active learners living there. */
    record MunicipalityRow(String code, String name, double latitude, double longitude, Cell courses, Cell needs,
            Cell learners) {
    }

    /**
     * A figure as published: {@code value} is null when it is built from fewer than
     * {@link #MIN_COUNT} people or needs, and the report shows "&lt; 5" — the rule of the public
     * dashboard, because the region publishes this report. Courses name nobody and are never
     * suppressed.
     */
    record Cell(Long value) {

        /** The public dashboard's threshold, so the report and the dashboard hide the same cells. */
        static final int MIN_COUNT = nl.cleantechwerkt.insights.Insights.MIN_SOURCES;

        /** A count of courses: always shown. */
        static Cell courses(long count) {
            return new Cell(count);
        }

        /** A count of people or needs, or of something made of them: shown from {@link #MIN_COUNT} on. */
        static Cell people(long count) {
            return new Cell(count < MIN_COUNT ? null : count);
        }

        /** A figure derived from {@code basis} people or needs (e.g. the people asked for by the needs): shown as {@code basis} is. */
        static Cell derived(long value, long basis) {
            return new Cell(basis < MIN_COUNT ? null : value);
        }

        public boolean suppressed() {
            return value == null;
        }
    }
}
