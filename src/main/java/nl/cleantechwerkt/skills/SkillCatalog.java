package nl.cleantechwerkt.skills;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.cleantechwerkt.skills.domain.Occupation;
import nl.cleantechwerkt.skills.domain.OccupationRepository;
import nl.cleantechwerkt.skills.domain.Skill;
import nl.cleantechwerkt.skills.domain.SkillRepository;
import nl.cleantechwerkt.shared.CachedSnapshot;
import nl.cleantechwerkt.shared.TextFolding;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to the skills taxonomy. The taxonomy is a few hundred concepts that change
 * only by import, so it is held in memory: label look-ups while indexing courses and
 * rendering pages cost no database round trip. Other app nodes see an import within
 * {@link CachedSnapshot#CROSS_NODE_REFRESH}.
 */
@Service
public class SkillCatalog {

    static final String MULTI_VALUE_SEPARATOR = " | ";

    private final SkillRepository skills;
    private final OccupationRepository occupations;
    private final EntityManager entityManager;
    private final CachedSnapshot<Snapshot> snapshot = new CachedSnapshot<>(this::buildSnapshot);

    SkillCatalog(SkillRepository skills, OccupationRepository occupations, EntityManager entityManager) {
        this.skills = skills;
        this.occupations = occupations;
        this.entityManager = entityManager;
    }

    public Optional<SkillView> skill(String uri) {
        return Optional.ofNullable(snapshot.get().skills.get(uri));
    }

    /** The skills with these URIs, in the given order; unknown URIs are left out. */
    public List<SkillView> skills(Collection<String> uris) {
        Map<String, SkillView> all = snapshot.get().skills;
        return uris.stream().map(all::get).filter(s -> s != null).toList();
    }

    public Collection<SkillView> allSkills() {
        return snapshot.get().skills.values();
    }

    public Optional<OccupationView> occupation(String uri) {
        return Optional.ofNullable(snapshot.get().occupations.get(uri));
    }

    public Collection<OccupationView> allOccupations() {
        return snapshot.get().occupations.values();
    }

    /**
     * How many occupations of the taxonomy list this skill, as essential or optional: a measure
     * of how specific it is (0 for a skill no occupation lists).
     */
    public int occupationsNeeding(String skillUri) {
        return snapshot.get().occupationsPerSkill.getOrDefault(skillUri, 0);
    }

    /**
     * Finds an occupation by its URI or by one of its Dutch or English labels (preferred or
     * alternative), ignoring case and accents.
     */
    public Optional<OccupationView> resolveOccupation(String uriOrLabel) {
        if (uriOrLabel == null || uriOrLabel.isBlank()) {
            return Optional.empty();
        }
        Snapshot s = snapshot.get();
        OccupationView byUri = s.occupations.get(uriOrLabel.trim());
        return byUri != null ? Optional.of(byUri) : Optional.ofNullable(s.occupationByLabel.get(TextFolding.fold(uriOrLabel)));
    }

    /**
     * Occupations with a label in which every typed word starts a word, for autocomplete:
     * preferred labels in the reader's language first, then the other language, then
     * alternative labels ("warmtepomp monteur"). A typed word also matches a shorter label word
     * it extends ("warmtepompen" → "warmtepomp") or one sharing its first seven letters
     * ("installateur" → "installatie"), so Dutch plurals and derivations are found.
     */
    public List<OccupationView> suggestOccupations(String text, Locale locale, int limit) {
        List<String> words = List.of(TextFolding.fold(text).split(" "));
        if (String.join("", words).length() < 2) {
            return List.of();
        }
        boolean english = locale != null && "en".equals(locale.getLanguage());
        Snapshot s = snapshot.get();
        return s.occupations.values().stream()
                .map(o -> new ScoredOccupation(o, score(o, s.occupationAltLabels.get(o.uri()), words, english)))
                .filter(scored -> scored.score > 0)
                .sorted(Comparator.comparingInt(ScoredOccupation::score).reversed()
                        .thenComparing(sc -> sc.occupation.label(locale)).thenComparing(sc -> sc.occupation.uri()))
                .limit(limit)
                .map(ScoredOccupation::occupation)
                .toList();
    }

    private static int score(OccupationView o, List<String> altLabels, List<String> words, boolean english) {
        if (allWordsMatch(TextFolding.fold(english ? o.labelEn() : o.labelNl()), words)) {
            return 3;
        }
        if (allWordsMatch(TextFolding.fold(english ? o.labelNl() : o.labelEn()), words)) {
            return 2;
        }
        return altLabels.stream().anyMatch(label -> allWordsMatch(label, words)) ? 1 : 0;
    }

    private static boolean allWordsMatch(String foldedLabel, List<String> words) {
        String[] labelWords = foldedLabel.split(" ");
        return words.stream().allMatch(w -> Arrays.stream(labelWords).anyMatch(lw -> wordMatches(w, lw)));
    }

    private static boolean wordMatches(String typed, String labelWord) {
        if (labelWord.startsWith(typed)) {
            return true;
        }
        if (labelWord.length() >= 5 && typed.startsWith(labelWord)) {
            return true;
        }
        int common = 0;
        while (common < typed.length() && common < labelWord.length() && typed.charAt(common) == labelWord.charAt(common)) {
            common++;
        }
        return common >= 7;
    }

    private record ScoredOccupation(OccupationView occupation, int score) {
    }

    /**
     * Finds a skill by its URI or by one of its Dutch or English labels (preferred or
     * alternative), ignoring case and accents.
     */
    public Optional<SkillView> resolve(String uriOrLabel) {
        if (uriOrLabel == null || uriOrLabel.isBlank()) {
            return Optional.empty();
        }
        Snapshot s = snapshot.get();
        SkillView byUri = s.skills.get(uriOrLabel.trim());
        return byUri != null ? Optional.of(byUri) : Optional.ofNullable(s.byLabel.get(TextFolding.fold(uriOrLabel)));
    }

    /** Skills with a label word starting with the given text, preferred labels first, for autocomplete. */
    public List<SkillView> suggest(String text, Locale locale, int limit) {
        String key = TextFolding.fold(text);
        if (key.length() < 2) {
            return List.of();
        }
        return snapshot.get().skills.values().stream()
                .map(skill -> new Scored(skill, score(skill, key, locale)))
                .filter(scored -> scored.score > 0)
                .sorted(Comparator.comparingInt(Scored::score).reversed().thenComparing(sc -> sc.skill.label(locale)))
                .limit(limit)
                .map(Scored::skill)
                .toList();
    }

    private static int score(SkillView skill, String key, Locale locale) {
        String label = TextFolding.fold(skill.label(locale));
        if (label.startsWith(key)) {
            return 3;
        }
        if (Arrays.stream(label.split(" ")).anyMatch(w -> w.startsWith(key))) {
            return 2;
        }
        String other = TextFolding.fold("en".equals(locale.getLanguage()) ? skill.labelNl() : skill.labelEn());
        return Arrays.stream(other.split(" ")).anyMatch(w -> w.startsWith(key)) ? 1 : 0;
    }

    private record Scored(SkillView skill, int score) {
    }

    /**
     * Loads the taxonomy; used by the seed loader on an empty database. The rows are new, so
     * they are persisted rather than saved: {@code save} merges an entity with an assigned id,
     * which costs a select per row before its insert, while persisted rows go out as batched
     * inserts ({@code hibernate.jdbc.batch_size}). A URI that is already there fails the load.
     */
    @Transactional
    public void load(TaxonomyData data) {
        for (TaxonomyData.SkillRow r : data.skills()) {
            entityManager.persist(new Skill(r.uri(), r.type(), r.reuseLevel(), r.labelNl(), r.labelEn(),
                    r.translatedHere() ? Skill.LabelSource.TRANSLATED : Skill.LabelSource.ESCO,
                    join(r.altLabelsNl()), join(r.altLabelsEn()), r.descriptionNl(), r.descriptionEn(),
                    r.green(), r.digital(), r.transversal(), r.broaderLabelNl(), r.broaderLabelEn()));
        }
        entityManager.flush();
        Map<String, Occupation> byUri = new LinkedHashMap<>();
        for (TaxonomyData.OccupationRow r : data.occupations()) {
            byUri.put(r.uri(), new Occupation(r.uri(), r.code(), r.iscoGroup(), r.labelNl(), r.labelEn(),
                    join(r.altLabelsNl()), join(r.altLabelsEn()), r.descriptionNl(), r.descriptionEn(), r.domain()));
        }
        for (TaxonomyData.RelationRow rel : data.relations()) {
            Occupation occupation = byUri.get(rel.occupationUri());
            if (occupation == null) {
                throw new IllegalArgumentException("Relation names unknown occupation " + rel.occupationUri());
            }
            occupation.addSkill(rel.skillUri(), rel.essential());
        }
        byUri.values().forEach(entityManager::persist);
        entityManager.flush();
        snapshot.forget();
    }


    private Snapshot buildSnapshot() {
        Map<String, SkillView> byUri = new LinkedHashMap<>();
        Map<String, SkillView> byLabel = new LinkedHashMap<>();
        for (Skill s : skills.findAll()) {
            SkillView view = new SkillView(s.getUri(), s.getLabelNl(), s.getLabelEn(), split(s.getAltLabelsNl()),
                    split(s.getAltLabelsEn()), s.getSkillType(), s.isGreen(), s.getLabelNlSource() == Skill.LabelSource.TRANSLATED,
                    s.getBroaderLabelNl() != null ? s.getBroaderLabelNl() : s.getBroaderLabelEn(), s.getBroaderLabelEn());
            byUri.put(view.uri(), view);
        }
        // Preferred labels win over alternative ones when two skills share a term.
        byUri.values().forEach(v -> {
            v.altLabelsNl().forEach(l -> byLabel.putIfAbsent(TextFolding.fold(l), v));
            v.altLabelsEn().forEach(l -> byLabel.putIfAbsent(TextFolding.fold(l), v));
        });
        byUri.values().forEach(v -> {
            byLabel.put(TextFolding.fold(v.labelNl()), v);
            byLabel.put(TextFolding.fold(v.labelEn()), v);
        });
        Map<String, OccupationView> occupationViews = new LinkedHashMap<>();
        Map<String, List<String>> occupationAltLabels = new LinkedHashMap<>();
        Map<String, OccupationView> occupationByLabel = new LinkedHashMap<>();
        Map<String, Integer> occupationsPerSkill = new LinkedHashMap<>();
        for (Occupation o : occupations.findAllWithSkills()) {
            List<String> essential = new ArrayList<>();
            List<String> optional = new ArrayList<>();
            o.getSkills().forEach(rel -> (rel.isEssential() ? essential : optional).add(rel.getSkillUri()));
            OccupationView view = new OccupationView(o.getUri(), o.getLabelNl(), o.getLabelEn(), o.getDomain(),
                    List.copyOf(essential), List.copyOf(optional));
            occupationViews.put(o.getUri(), view);
            o.getSkills().stream().map(Occupation.SkillRelation::getSkillUri).distinct()
                    .forEach(uri -> occupationsPerSkill.merge(uri, 1, Integer::sum));
            List<String> alt = new ArrayList<>();
            split(o.getAltLabelsNl()).forEach(l -> alt.add(TextFolding.fold(l)));
            split(o.getAltLabelsEn()).forEach(l -> alt.add(TextFolding.fold(l)));
            occupationAltLabels.put(o.getUri(), List.copyOf(alt));
            alt.forEach(l -> occupationByLabel.putIfAbsent(l, view));
        }
        // As for skills, preferred labels win over alternative ones.
        occupationViews.values().forEach(v -> {
            occupationByLabel.put(TextFolding.fold(v.labelNl()), v);
            occupationByLabel.put(TextFolding.fold(v.labelEn()), v);
        });
        return new Snapshot(Map.copyOf(byUri), Map.copyOf(byLabel), Map.copyOf(occupationViews),
                Map.copyOf(occupationAltLabels), Map.copyOf(occupationByLabel), Map.copyOf(occupationsPerSkill));
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(MULTI_VALUE_SEPARATOR, values);
    }

    private static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("\\s*\\|\\s*")).map(String::trim).filter(v -> !v.isEmpty())
                .collect(Collectors.toUnmodifiableList());
    }

    private record Snapshot(Map<String, SkillView> skills, Map<String, SkillView> byLabel,
            Map<String, OccupationView> occupations, Map<String, List<String>> occupationAltLabels,
            Map<String, OccupationView> occupationByLabel, Map<String, Integer> occupationsPerSkill) {
    }
}
