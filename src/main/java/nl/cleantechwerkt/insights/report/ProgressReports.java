package nl.cleantechwerkt.insights.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.cleantechwerkt.catalog.CatalogFigures;
import nl.cleantechwerkt.employers.NeedFigures;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.insights.InsightQuery;
import nl.cleantechwerkt.insights.Insights;
import nl.cleantechwerkt.insights.Visibility;
import nl.cleantechwerkt.insights.report.ProgressReport.Cell;
import nl.cleantechwerkt.insights.report.ProgressReport.MunicipalityRow;
import nl.cleantechwerkt.learners.LearnerFigures;
import nl.cleantechwerkt.matching.InvitationFigures;
import nl.cleantechwerkt.shared.MonthRange;
import nl.cleantechwerkt.shared.MunicipalityCounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the progress report of a period from the modules' period figures. Months are whole
 * calendar months in the region's time zone; every figure counts what happened within them:
 * <ul>
 * <li><b>courses published</b>: courses whose first publication falls in the period
 * ({@code CatalogFigures.coursesFirstPublished});</li>
 * <li><b>courses with runs</b>: courses ever published with a run starting in the period, per
 * municipality of the run (online runs in the total only);</li>
 * <li><b>learners new / active</b>: profiles created / created or last changed in the period, per
 * municipality of the learner;</li>
 * <li><b>needs posted</b>: needs created in the period, per municipality of the need, and the
 * people they ask for;</li>
 * <li><b>employers active</b>: employers who posted or changed a need, or invited a learner for one,
 * in the period;</li>
 * <li><b>matches made</b>: invitations sent in the period — a computed match leaves no trace until
 * an employer acts on it; <b>accepted</b>: invitations accepted in the period, whenever sent.</li>
 * </ul>
 * Counts of people and needs below five are suppressed ({@link Cell}).
 *
 * <p>The <b>top unmet skills</b> are the insight module's {@code unmetDemand} for the whole region
 * on the day the report is made: open needs and consenting learners' gaps against courses with a
 * run to come. Demand is a state, not an event in the period, and the runs of a past period can
 * no longer be reached, so the report says on which day it was measured rather than pretending
 * it belongs to the period.
 */
@Service
@Transactional(readOnly = true)
class ProgressReports {

    private final CatalogFigures catalog;
    private final LearnerFigures learners;
    private final NeedFigures needs;
    private final InvitationFigures invitations;
    private final Gazetteer gazetteer;
    private final Insights insights;
    private final Clock clock;

    /** How many unmet skills the report lists. */
    static final int TOP_UNMET = 10;

    ProgressReports(CatalogFigures catalog, LearnerFigures learners, NeedFigures needs, InvitationFigures invitations,
            Gazetteer gazetteer, Insights insights, Clock clock) {
        this.catalog = catalog;
        this.learners = learners;
        this.needs = needs;
        this.invitations = invitations;
        this.gazetteer = gazetteer;
        this.insights = insights;
        this.clock = clock;
    }

    ProgressReport report(MonthRange period) {
        MunicipalityCounts runs = catalog.coursesWithRuns(period);
        MunicipalityCounts active = learners.profilesActive(period);
        NeedFigures.PostedNeeds posted = needs.needsPosted(period);
        List<MunicipalityRow> municipalities = gazetteer.regionMunicipalities().stream()
                .map(m -> new MunicipalityRow(m.code(), m.name(), m.latitude(), m.longitude(), Cell.courses(runs.in(m.code())),
                        Cell.people(posted.needs().in(m.code())), Cell.people(active.in(m.code()))))
                .toList();
        return new ProgressReport(period, clock.instant(),
                Cell.courses(catalog.coursesFirstPublished(period)),
                Cell.courses(runs.total()),
                Cell.courses(catalog.coursesWithOnlineRuns(period)),
                Cell.people(learners.profilesCreated(period)),
                Cell.people(active.total()),
                Cell.people(needs.activeEmployers(period, invitations.needsInvitedFor(period))),
                Cell.people(posted.needs().total()),
                Cell.derived(posted.people(), posted.needs().total()),
                Cell.people(invitations.sent(period)),
                Cell.people(invitations.accepted(period)),
                municipalities, LocalDate.now(clock),
                insights.unmetDemand(InsightQuery.region(), Visibility.PUBLIC, TOP_UNMET));
    }
}
