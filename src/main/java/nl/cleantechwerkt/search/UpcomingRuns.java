package nl.cleantechwerkt.search;

import java.util.List;

/**
 * The upcoming runs a search finds, course by course in the order of relevance.
 *
 * @param complete false when the search found more courses than were read
 */
public record UpcomingRuns(List<CourseRun> runs, boolean complete) {

    public UpcomingRuns {
        runs = List.copyOf(runs);
    }
}
