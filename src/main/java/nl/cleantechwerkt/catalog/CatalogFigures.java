package nl.cleantechwerkt.catalog;

import nl.cleantechwerkt.catalog.domain.CourseFigureRepository;
import nl.cleantechwerkt.shared.MonthRange;
import nl.cleantechwerkt.shared.MunicipalityCounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened in the catalogue in a period, as counts (for the regional progress report).
 * A course counts once it has ever been published ({@code first_published_at}, V19): drafts
 * never count, archived courses do for the period they were on offer.
 */
@Service
@Transactional(readOnly = true)
public class CatalogFigures {

    private final CourseFigureRepository courses;

    CatalogFigures(CourseFigureRepository courses) {
        this.courses = courses;
    }

    /** Courses first published within the period; a course archived and republished later does not count again. */
    public long coursesFirstPublished(MonthRange period) {
        return courses.countFirstPublished(period.start(), period.end());
    }

    /**
     * Courses with a run starting within the period, in total and per municipality of the run: a
     * course with runs in two municipalities counts once in each and once in the total; online
     * runs have no municipality.
     */
    public MunicipalityCounts coursesWithRuns(MonthRange period) {
        return MunicipalityCounts.of(courses.countWithRunStarting(period.firstDay(), period.lastDay()),
                courses.countWithRunStartingByMunicipality(period.firstDay(), period.lastDay()));
    }

    /** Courses with an online run starting within the period. */
    public long coursesWithOnlineRuns(MonthRange period) {
        return courses.countWithOnlineRunStarting(period.firstDay(), period.lastDay());
    }
}
