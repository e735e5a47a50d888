package nl.cleantechwerkt.insights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.cleantechwerkt.employers.Importance;
import nl.cleantechwerkt.employers.NeedSkill;
import nl.cleantechwerkt.employers.SkillNeedView;
import nl.cleantechwerkt.employers.SkillNeeds;
import nl.cleantechwerkt.learners.LearnerDemand;
import nl.cleantechwerkt.learners.LearnerProfiles;
import nl.cleantechwerkt.skills.OccupationView;
import nl.cleantechwerkt.skills.SkillCatalog;
import org.springframework.stereotype.Component;

/**
 * Turns open needs and consenting learners' target occupations into {@link DemandSource}s: the
 * weights of {@link SkillFigures#demand}.
 */
@Component
class DemandSources {

    static final double MUST = 1.0;
    static final double NICE = 0.5;
    static final double ESSENTIAL = 1.0;
    static final double OPTIONAL = 0.5;

    private final SkillNeeds needs;
    private final LearnerProfiles learners;
    private final SkillCatalog skillCatalog;

    DemandSources(SkillNeeds needs, LearnerProfiles learners, SkillCatalog skillCatalog) {
        this.needs = needs;
        this.learners = learners;
        this.skillCatalog = skillCatalog;
    }

    /** Every need standing today and every consenting learner with a target occupation. */
    List<DemandSource> current() {
        List<DemandSource> sources = new ArrayList<>();
        needs.openNeeds().forEach(n -> sources.add(of(n)));
        learners.consentingDemand().forEach(l -> {
            DemandSource s = of(l, skillCatalog::occupation);
            if (!s.weights().isEmpty()) {
                sources.add(s);
            }
        });
        return sources;
    }

    /** A need: each skill weighs 1 (must) or 0.5 (nice) per person asked for. */
    static DemandSource of(SkillNeedView need) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (NeedSkill s : need.skills()) {
            weights.put(s.skillUri(), (s.importance() == Importance.MUST ? MUST : NICE) * need.peopleCount());
        }
        Map<String, Map<String, Double>> byOccupation = need.occupationUri() == null ? Map.of()
                : Map.of(need.occupationUri(), weights);
        return new DemandSource("n" + need.id(), need.location().municipalityCode(), null, true, weights, byOccupation);
    }

    /**
     * A learner: for each target occupation, each of its skills the learner does not have (at any
     * level) weighs 1 when essential, 0.5 when optional; across occupations a skill counts once,
     * at its highest weight — one person needs a skill once. Unknown occupations are skipped.
     */
    static DemandSource of(LearnerDemand learner, Function<String, Optional<OccupationView>> occupations) {
        Map<String, Double> weights = new HashMap<>();
        Map<String, Map<String, Double>> byOccupation = new LinkedHashMap<>();
        for (String uri : learner.targetOccupations()) {
            occupations.apply(uri).ifPresent(o -> {
                Map<String, Double> gap = new LinkedHashMap<>();
                o.optionalSkills().stream().filter(s -> !learner.skillUris().contains(s)).forEach(s -> gap.put(s, OPTIONAL));
                o.essentialSkills().stream().filter(s -> !learner.skillUris().contains(s)).forEach(s -> gap.put(s, ESSENTIAL));
                if (!gap.isEmpty()) {
                    byOccupation.put(uri, gap);
                    gap.forEach((s, w) -> weights.merge(s, w, Math::max));
                }
            });
        }
        return new DemandSource("l" + learner.reference(), learner.municipalityCode(), learner.educationLevel(), false,
                weights, byOccupation);
    }
}
