package nl.cleantechwerkt.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.cleantechwerkt.catalog.CourseCatalog;
import nl.cleantechwerkt.employers.SkillNeedView;
import nl.cleantechwerkt.geo.Distances;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.geo.MunicipalityView;
import nl.cleantechwerkt.learners.CandidateQuery;
import nl.cleantechwerkt.learners.CandidateView;
import nl.cleantechwerkt.learners.LearnerProfiles;
import nl.cleantechwerkt.learners.ProfileSkill;
import nl.cleantechwerkt.shared.NotFoundException;
import nl.cleantechwerkt.skills.SkillView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employer's need → the consenting learners who fit it (DESIGN §5). The learner index finds
 * consenting learners with any of the need's skills who live within {@value #SEARCH_KM} km (it
 * never returns anyone else); {@link CandidateScoring} ranks them by what they bring of the
 * need's skills, skills in training counting half, and how near they live. A learner is left out
 * when the need's place lies beyond the distance they said they will travel.
 *
 * <p>Distances are measured from the centre of the learner's municipality: employers never
 * learn a candidate's exact place.
 */
@Service
@Transactional(readOnly = true)
public class CandidateMatcher {

    static final int SEARCH_KM = 60;
    /** The municipality centre stands for the learner's place: allow for a municipality's size. */
    static final double MUNICIPALITY_SLACK_KM = 5;

    private final LearnerProfiles learners;
    private final CourseCatalog catalog;
    private final Gazetteer gazetteer;
    private final SkillWeights weights;

    CandidateMatcher(LearnerProfiles learners, CourseCatalog catalog, Gazetteer gazetteer, SkillWeights weights) {
        this.learners = learners;
        this.catalog = catalog;
        this.gazetteer = gazetteer;
        this.weights = weights;
    }

    /** The best-fitting consenting learners for the need, best first. */
    public List<CandidateMatch> candidates(SkillNeedView need, int limit) {
        List<String> skills = new ArrayList<>(need.mustSkills());
        skills.addAll(need.niceSkills());
        List<String> occupations = need.occupationUri() == null ? List.of() : List.of(need.occupationUri());
        CandidateQuery query = new CandidateQuery(skills, occupations, need.location().latitude(),
                need.location().longitude(), SEARCH_KM, CandidateQuery.MAX_LIMIT);
        List<CandidateMatch> matches = new ArrayList<>();
        for (CandidateView candidate : learners.consentingCandidates(query)) {
            MunicipalityView municipality = candidate.municipalityCode() == null ? null
                    : gazetteer.municipality(candidate.municipalityCode()).orElse(null);
            Double km = municipality == null ? null : Distances.km(need.location().latitude(), need.location().longitude(),
                    municipality.latitude(), municipality.longitude());
            if (km != null && candidate.radiusKm() != null && km > candidate.radiusKm() + MUNICIPALITY_SLACK_KM) {
                continue;
            }
            Map<String, Boolean> has = new HashMap<>();
            for (ProfileSkill skill : candidate.skills()) {
                has.put(skill.skillUri(), skill.level().proficient());
            }
            CandidateScoring.Fit fit = CandidateScoring.fit(need.mustSkills(), need.niceSkills(), has,
                    inTraining(candidate), weights::rarity);
            if (!fit.fits()) {
                continue;
            }
            double proximity = MatchScoring.proximity(km);
            matches.add(new CandidateMatch(candidate, municipality == null ? null : municipality.name(), km, fit.fit(),
                    proximity, fit.fit() * proximity, fit.mustHave(), fit.mustInTraining(), fit.mustMissing(), fit.niceHave(),
                    fit.niceInTraining(), fit.niceMissing()));
        }
        matches.sort(CandidateScoring.RANKING);
        return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : List.copyOf(matches);
    }

    /** Skills taught by the published courses the learner marked interest in. */
    private Set<String> inTraining(CandidateView candidate) {
        Set<String> skills = new HashSet<>();
        for (long courseId : new LinkedHashSet<>(candidate.interestedCourseIds())) {
            try {
                catalog.publishedCourse(courseId).skills().stream().map(SkillView::uri).forEach(skills::add);
            } catch (NotFoundException e) {
                // archived since the learner marked it: it no longer counts as training
            }
        }
        return skills;
    }
}
