package nl.cleantechwerkt.seed;

import static nl.cleantechwerkt.seed.SeedFiles.blankToNull;
import static nl.cleantechwerkt.seed.SeedFiles.integer;
import static nl.cleantechwerkt.seed.SeedFiles.multi;
import static nl.cleantechwerkt.seed.SeedFiles.read;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cleantechwerkt.catalog.CourseData;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.catalog.ProviderData;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.geo.GazetteerData;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.ProviderKind;
import nl.cleantechwerkt.shared.Schedule;
import nl.cleantechwerkt.shared.Sector;
import nl.cleantechwerkt.skills.SkillCatalog;
import nl.cleantechwerkt.skills.TaxonomyData;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the seed data. Reference data (taxonomy, geography) and the catalogue are separate
 * steps so tests can take the reference data without the illustrative courses. Course dates
 * in the seed are offsets in days from the day of loading, so the demo never goes stale.
 */
@Component
public class SeedLoader {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);
    static final String REFERENCE_MARKER = "reference-data";
    static final String CATALOG_MARKER = "catalogue";

    private final SkillCatalog skillCatalog;
    private final Gazetteer gazetteer;
    private final CourseRegistration registration;
    private final SeedMarkers markers;
    private final Clock clock;

    SeedLoader(SkillCatalog skillCatalog, Gazetteer gazetteer, CourseRegistration registration, SeedMarkers markers, Clock clock) {
        this.skillCatalog = skillCatalog;
        this.gazetteer = gazetteer;
        this.registration = registration;
        this.markers = markers;
        this.clock = clock;
    }

    /** Loads the skills taxonomy and the geography, once. */
    @Transactional
    public void loadReferenceData() {
        if (markers.loaded(REFERENCE_MARKER)) {
            return;
        }
        long start = System.nanoTime();
        TaxonomyData taxonomy = taxonomy();
        skillCatalog.load(taxonomy);
        GazetteerData geography = geography();
        gazetteer.load(geography);
        markers.mark(REFERENCE_MARKER, taxonomy.skills().size() + " skills, " + taxonomy.occupations().size() + " occupations, "
                + geography.places().size() + " places, " + geography.postcodes().size() + " postcodes");
        log.info("Seed: loaded {} skills, {} occupations, {} municipalities, {} places, {} postcode areas in {} ms",
                taxonomy.skills().size(), taxonomy.occupations().size(), geography.municipalities().size(),
                geography.places().size(), geography.postcodes().size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Loads the providers and their illustrative courses, once. */
    @Transactional
    public void loadCatalogue() {
        if (markers.loaded(CATALOG_MARKER)) {
            return;
        }
        long start = System.nanoTime();
        List<CSVRecord> providers = read("catalog/providers.csv");
        for (CSVRecord r : providers) {
            registration.registerProvider(new ProviderData(r.get("code"), r.get("name"),
                    ProviderKind.fromCode(r.get("kind")).orElseThrow(() -> bad(r, "kind")),
                    blankToNull(r.get("registration_code")), blankToNull(r.get("website")), blankToNull(r.get("place")),
                    blankToNull(r.get("postcode")), blankToNull(r.get("description"))));
        }
        Map<String, List<CourseData.Run>> runs = runs(LocalDate.now(clock));
        Map<String, List<CourseData>> byProvider = new LinkedHashMap<>();
        int courses = 0;
        for (CSVRecord r : read("catalog/courses.csv")) {
            String code = r.get("course_code");
            byProvider.computeIfAbsent(r.get("provider_code"), k -> new ArrayList<>()).add(new CourseData(code, r.get("title"),
                    r.get("description"),
                    multi(r.get("learning_outcomes")),
                    Level.fromCode(r.get("level")).orElseThrow(() -> bad(r, "level")),
                    CourseMode.fromCode(r.get("mode")).orElseThrow(() -> bad(r, "mode")),
                    r.get("language"), integer(r.get("hours")), integer(r.get("ects")),
                    blankToNull(r.get("qualification_code")),
                    Sector.fromCode(r.get("sector")).orElse(Sector.GENERAL),
                    Level.fromCode(r.get("entry_level")).orElse(null),
                    blankToNull(r.get("url")), blankToNull(r.get("cost_note")), multi(r.get("skills")),
                    runs.getOrDefault(code, List.of())));
            courses++;
        }
        byProvider.forEach(registration::publishAll);
        markers.mark(CATALOG_MARKER, providers.size() + " providers, " + courses + " courses");
        log.info("Seed: loaded {} providers and {} courses in {} ms", providers.size(), courses,
                (System.nanoTime() - start) / 1_000_000);
    }

    private Map<String, List<CourseData.Run>> runs(LocalDate today) {
        Map<String, List<CourseData.Run>> byCourse = new HashMap<>();
        for (CSVRecord r : read("catalog/offerings.csv")) {
            LocalDate start = today.plusDays(Integer.parseInt(r.get("start_offset_days")));
            Integer duration = integer(r.get("duration_days"));
            Integer deadline = integer(r.get("enrolment_deadline_offset_days"));
            boolean online = "online".equalsIgnoreCase(r.get("place"));
            String price = blankToNull(r.get("price_eur"));
            byCourse.computeIfAbsent(r.get("course_code"), k -> new ArrayList<>()).add(new CourseData.Run(start,
                    duration == null ? null : start.plusDays(duration), deadline == null ? null : today.plusDays(deadline),
                    online, online ? null : r.get("place"), online ? null : blankToNull(r.get("postcode")),
                    Schedule.fromCode(r.get("schedule")).orElse(Schedule.DAY),
                    price == null ? null : new BigDecimal(price), integer(r.get("seats"))));
        }
        return byCourse;
    }

    private static TaxonomyData taxonomy() {
        Map<String, CSVRecord> translations = new HashMap<>();
        read("esco/skill_labels_nl_translated.csv").forEach(r -> translations.put(r.get("conceptUri"), r));
        List<TaxonomyData.SkillRow> skills = new ArrayList<>();
        for (CSVRecord r : read("esco/esco_skills_cleantech.csv")) {
            String uri = r.get("conceptUri");
            String labelNl = blankToNull(r.get("preferredLabel_nl"));
            List<String> altNl = multi(r.get("altLabels_nl"));
            boolean translated = labelNl == null;
            if (translated) {
                CSVRecord t = translations.get(uri);
                if (t == null) {
                    throw new IllegalStateException("No Dutch label for skill " + uri + " (" + r.get("preferredLabel_en") + ")");
                }
                labelNl = t.get("preferredLabel_nl");
                altNl = multi(t.get("altLabels_nl"));
            }
            List<String> collections = multi(r.get("collections"));
            skills.add(new TaxonomyData.SkillRow(uri, r.get("skillType"), blankToNull(r.get("reuseLevel")), labelNl,
                    r.get("preferredLabel_en"), translated, altNl, multi(r.get("altLabels_en")),
                    blankToNull(r.get("description_nl")), blankToNull(r.get("description_en")),
                    collections.stream().anyMatch(c -> c.toLowerCase().contains("green")),
                    collections.stream().anyMatch(c -> c.toLowerCase().contains("digital")),
                    collections.stream().anyMatch(c -> c.toLowerCase().contains("transversal")),
                    first(r.get("broaderLabels_nl")), first(r.get("broaderLabels_en"))));
        }
        List<TaxonomyData.OccupationRow> occupations = new ArrayList<>();
        for (CSVRecord r : read("esco/esco_occupations_cleantech.csv")) {
            occupations.add(new TaxonomyData.OccupationRow(r.get("conceptUri"), blankToNull(r.get("code")),
                    blankToNull(r.get("iscoGroup")), r.get("preferredLabel_nl"), r.get("preferredLabel_en"),
                    multi(r.get("altLabels_nl")), multi(r.get("altLabels_en")), blankToNull(r.get("description_nl")),
                    blankToNull(r.get("description_en")), blankToNull(r.get("cleantech_domain"))));
        }
        Map<String, TaxonomyData.RelationRow> relations = new LinkedHashMap<>();
        for (CSVRecord r : read("esco/esco_occupation_skill_relations_cleantech.csv")) {
            String key = r.get("occupationUri") + " " + r.get("skillUri");
            relations.putIfAbsent(key, new TaxonomyData.RelationRow(r.get("occupationUri"), r.get("skillUri"),
                    "essential".equals(r.get("relationType"))));
        }
        return new TaxonomyData(skills, occupations, List.copyOf(relations.values()));
    }

    private static GazetteerData geography() {
        List<GazetteerData.MunicipalityRow> municipalities = read("geo/nl_municipalities_centroids.csv").stream()
                .map(r -> new GazetteerData.MunicipalityRow(r.get("gemeentecode"), r.get("gemeente"),
                        Double.parseDouble(r.get("latitude")), Double.parseDouble(r.get("longitude")),
                        "yes".equals(r.get("cleantech_regio"))))
                .toList();
        List<GazetteerData.PlaceRow> places = read("geo/cleantech_regio_places.csv").stream()
                .map(r -> new GazetteerData.PlaceRow(r.get("woonplaats"), r.get("gemeente"),
                        Double.parseDouble(r.get("latitude")), Double.parseDouble(r.get("longitude"))))
                .toList();
        List<GazetteerData.PostcodeRow> postcodes = read("geo/cleantech_regio_pc4.csv").stream()
                .map(r -> new GazetteerData.PostcodeRow(r.get("pc4"), r.get("woonplaats"), r.get("gemeente"),
                        Double.parseDouble(r.get("latitude")), Double.parseDouble(r.get("longitude"))))
                .toList();
        return new GazetteerData(municipalities, places, postcodes);
    }

    private static String first(String cell) {
        List<String> values = multi(cell);
        return values.isEmpty() ? null : values.get(0);
    }

    private static IllegalStateException bad(CSVRecord r, String column) {
        return new IllegalStateException("Seed file line " + r.getRecordNumber() + ": invalid " + column + " '"
                + r.get(column) + "'");
    }
}
