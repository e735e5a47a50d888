package nl.cleantechwerkt.employers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.cleantechwerkt.employers.domain.NeedFigureRepository;
import nl.cleantechwerkt.shared.MonthRange;
import nl.cleantechwerkt.shared.MunicipalityCounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What employers did in a period, as counts (for the regional progress report). */
@Service
@Transactional(readOnly = true)
public class NeedFigures {

    /** Ids per query when looking up many needs: well under every database's limit on bind parameters. */
    private static final int CHUNK = 1000;

    private final NeedFigureRepository needs;

    NeedFigures(NeedFigureRepository needs) {
        this.needs = needs;
    }

    /**
     * Needs posted (created) within the period, whatever their status now, in total and per
     * municipality of the need's place, with the number of people they ask for.
     */
    public PostedNeeds needsPosted(MonthRange period) {
        Object[] totals = needs.countCreated(period.start(), period.end()).get(0);
        return new PostedNeeds(MunicipalityCounts.of(((Number) totals[0]).longValue(),
                needs.countCreatedByMunicipality(period.start(), period.end())), ((Number) totals[1]).longValue());
    }

    /**
     * Employers who posted or changed a need (including closing or filling it) within the period,
     * or own one of {@code alsoNeedIds} — for the report, the needs someone was invited for in the
     * period (which the matching module knows). Each employer counts once.
     */
    public long activeEmployers(MonthRange period, Collection<Long> alsoNeedIds) {
        Set<Long> employers = new HashSet<>(needs.employersWithNeedChanged(period.start(), period.end()));
        List<Long> ids = new ArrayList<>(alsoNeedIds);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            employers.addAll(needs.employersOf(ids.subList(i, Math.min(ids.size(), i + CHUNK))));
        }
        return employers.size();
    }

    /** Needs posted in a period (per municipality) and the people they ask for together. */
    public record PostedNeeds(MunicipalityCounts needs, long people) {
    }
}
