package nl.cleantechwerkt.insights.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cleantechwerkt.catalog.CourseCatalog;
import nl.cleantechwerkt.insights.InsightQuery;
import nl.cleantechwerkt.insights.Insights;
import nl.cleantechwerkt.insights.SkillFigures;
import nl.cleantechwerkt.insights.Visibility;
import nl.cleantechwerkt.skills.OccupationView;
import nl.cleantechwerkt.skills.SkillCatalog;
import nl.cleantechwerkt.skills.SkillView;
import org.springframework.stereotype.Component;

/**
 * "Demand you could meet": skills the region asks for that a school does not teach yet but that
 * lie next to what it does teach — in the same skill group as one of its skills, or essential to
 * an occupation for which one of its skills is essential too. Those are the skills a school can
 * add with the teachers, workshops and contacts it already has. Ranked by demand without a
 * reachable course first, then by demand; the figures are the public ones, so small cells stay
 * suppressed (and last) as on the public dashboard.
 */
@Component
class NearbyDemand {

    /** Why a skill is near: its group is one the school teaches, or an occupation needs it alongside a taught skill. */
    record Reason(String groupNl, String groupEn, OccupationView occupation) {
    }

    /** A nearby skill with the region's figures for it. */
    record Item(SkillFigures figures, Reason reason) {
    }

    /**
     * @param taughtSkills how many skills the school's published and draft courses teach; 0 means nothing can be near
     */
    record Result(int taughtSkills, List<Item> items) {
    }

    private static final Comparator<Item> ORDER = Comparator.comparing((Item i) -> i.figures().suppressed())
            .thenComparing(i -> !i.figures().unmet())
            .thenComparing(i -> i.figures().demand(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(i -> i.figures().labelNl(), String.CASE_INSENSITIVE_ORDER);

    private final CourseCatalog catalog;
    private final SkillCatalog skillCatalog;
    private final Insights insights;

    NearbyDemand(CourseCatalog catalog, SkillCatalog skillCatalog, Insights insights) {
        this.catalog = catalog;
        this.skillCatalog = skillCatalog;
        this.insights = insights;
    }

    Result forProvider(String providerCode, InsightQuery query) {
        Set<String> taught = catalog.skillsTaughtBy(providerCode);
        if (taught.isEmpty()) {
            return new Result(0, List.of());
        }
        Set<String> taughtGroups = skillCatalog.skills(taught).stream().map(SkillView::groupNl).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        // Essential skills of every occupation that also needs a taught skill: the first such occupation is the reason.
        Map<String, OccupationView> alongside = new LinkedHashMap<>();
        skillCatalog.allOccupations().stream().sorted(Comparator.comparing(OccupationView::labelNl))
                .filter(o -> o.essentialSkills().stream().anyMatch(taught::contains))
                .forEach(o -> o.essentialSkills().forEach(s -> alongside.putIfAbsent(s, o)));
        List<Item> items = insights.skills(query, Visibility.PUBLIC).stream()
                .filter(f -> !taught.contains(f.skillUri()))
                .filter(f -> f.suppressed() || f.demand() != null && f.demand() > 0)
                .map(f -> {
                    if (f.groupNl() != null && taughtGroups.contains(f.groupNl())) {
                        return new Item(f, new Reason(f.groupNl(), f.groupEn(), null));
                    }
                    OccupationView o = alongside.get(f.skillUri());
                    return o == null ? null : new Item(f, new Reason(null, null, o));
                })
                .filter(Objects::nonNull)
                .sorted(ORDER)
                .toList();
        return new Result(taught.size(), items);
    }
}
