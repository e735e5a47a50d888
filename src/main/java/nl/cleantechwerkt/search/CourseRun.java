package nl.cleantechwerkt.search;

import java.time.LocalDate;

/**
 * One upcoming run of a published course that a search finds, as a learner tells runs apart:
 * by when and where it starts. (Runs have database ids too, but a course's runs are replaced
 * whenever the school saves or re-imports it, so an id says nothing about whether a run is new.)
 *
 * @param municipality CBS code of the run's municipality, or {@code ONLINE}
 */
public record CourseRun(long courseId, String title, LocalDate start, String municipality) {

    /** The run's identity across edits of its course: course, start date and municipality. */
    public String key() {
        return "c" + courseId + "-" + start + "-" + municipality;
    }
}
