package nl.cleantechwerkt.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.cleantechwerkt.shared.Schedule;

/**
 * Why a course matched, in the numbers that ranked it:
 * {@code score = coverage × proximity × startSoon}, with
 * {@code coverage = coveredWeight / gapWeight}. The run is the one that scores best among the
 * course's runs that meet every condition of the request.
 *
 * @param covers missing skills the course teaches, heaviest first
 * @param essentialCovers how many of {@code covers} are essential to the target
 * @param missing missing skills it does not teach, heaviest first
 * @param coveredWeight summed weight of {@code covers}
 * @param gapWeight summed weight of every missing skill
 * @param nextStart start of the chosen run
 * @param daysToStart days from today (or from the requested earliest start) to that start
 * @param online whether the chosen run is online
 * @param place town of the chosen run; null when online
 * @param from the place distances are measured from; null when none was given
 * @param distanceKm distance to the chosen run; null when online or no place was given
 * @param schedule when the chosen run's lessons are
 * @param priceEur fee of the chosen run; null when the provider states none
 */
public record MatchExplanation(List<String> covers, int essentialCovers, List<String> missing, double coveredWeight,
        double gapWeight, double coverage, LocalDate nextStart, long daysToStart, boolean online, String place, String from,
        Double distanceKm, Schedule schedule, BigDecimal priceEur, double proximity, double startSoon, double score) {

    public MatchExplanation {
        covers = List.copyOf(covers);
        missing = List.copyOf(missing);
    }
}
