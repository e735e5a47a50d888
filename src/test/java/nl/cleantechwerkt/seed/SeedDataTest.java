package nl.cleantechwerkt.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cleantechwerkt.catalog.CourseCatalog;
import nl.cleantechwerkt.catalog.CourseIndex;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.geo.MunicipalityView;
import nl.cleantechwerkt.search.CourseQuery;
import nl.cleantechwerkt.search.CourseResults;
import nl.cleantechwerkt.search.CourseSearch;
import nl.cleantechwerkt.search.Facet;
import nl.cleantechwerkt.search.FacetValue;
import nl.cleantechwerkt.search.SortOrder;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.skills.SkillCatalog;
import nl.cleantechwerkt.skills.SkillView;
import nl.cleantechwerkt.support.EmbeddedPostgresConfiguration;
import nl.cleantechwerkt.support.TestProfiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole seed data set, loaded as on a first start into its own empty database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "app.seed.courses=true")
@ActiveProfiles(resolver = TestProfiles.class)
@Import(EmbeddedPostgresConfiguration.class)
@Tag("db")
class SeedDataTest {

    @DynamicPropertySource
    static void ownDataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("ctw-seed-").toString();
        registry.add("app.data-dir", () -> dir);
    }

    @Autowired
    CourseCatalog courseCatalog;
    @Autowired
    CourseSearch courseSearch;
    @Autowired
    SkillCatalog skillCatalog;
    @Autowired
    Gazetteer gazetteer;
    @Autowired
    SeedLoader seedLoader;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everySkillHasADutchLabelAndTheTranslatedOnesAreMarked() {
        assertThat(skillCatalog.allSkills()).hasSize(591);
        assertThat(skillCatalog.allSkills()).allSatisfy(s -> assertThat(s.labelNl()).isNotBlank());
        assertThat(skillCatalog.allSkills().stream().filter(SkillView::translatedHere)).hasSize(179);
        assertThat(skillCatalog.allOccupations()).hasSize(103);
    }

    @Test
    void theRegionsPlacesAndPostcodesResolve() {
        assertThat(gazetteer.regionMunicipalities()).extracting(MunicipalityView::name).containsExactlyInAnyOrder(
                "Apeldoorn", "Brummen", "Deventer", "Epe", "Hattem", "Heerde", "Lochem", "Voorst", "Zutphen");
        assertThat(gazetteer.resolve("7411")).get().extracting(l -> l.municipalityName()).isEqualTo("Deventer");
        assertThat(gazetteer.resolve("twello")).get().extracting(l -> l.municipalityName()).isEqualTo("Voorst");
        assertThat(gazetteer.resolve("7411 AB")).isPresent();
    }

    @Test
    void theCatalogueCoversEveryLevelAndMunicipalityWithUpcomingRuns() {
        assertThat(courseCatalog.countPublished()).isGreaterThanOrEqualTo(300);
        CourseResults all = courseSearch.search(new CourseQuery(null, Map.of(), null, null, null, null, SortOrder.RELEVANCE, 0, 1));
        assertThat(all.total()).isEqualTo(courseCatalog.countPublished());
        Set<String> levels = values(all, Facet.LEVEL);
        for (Level level : Level.values()) {
            assertThat(levels).as("level %s", level.code()).contains(level.code());
        }
        // Municipality facet counts only upcoming runs: every region municipality and online have one.
        Set<String> municipalities = values(all, Facet.MUNICIPALITY);
        gazetteer.regionMunicipalities().forEach(m -> assertThat(municipalities).contains(m.code()));
        assertThat(municipalities).contains(CourseIndex.ONLINE);
    }

    @Test
    void someCoursesHaveOnlyPastRunsAndShowNoStart() {
        CourseResults all = courseSearch.search(new CourseQuery(null, Map.of(), null, null, null, null, SortOrder.RELEVANCE, 0, 500));
        long withoutUpcoming = all.items().stream().filter(h -> h.nextStart() == null).count();
        assertThat(withoutUpcoming).isEqualTo(6);
        // They come last in the default order.
        List<Boolean> upcoming = all.items().stream().map(h -> h.nextStart() != null).toList();
        assertThat(upcoming.subList(upcoming.size() - 6, upcoming.size())).containsOnly(false);
    }

    @Test
    void seedIsNeverLoadedTwice() {
        long before = courseCatalog.countAll();
        seedLoader.loadReferenceData();
        seedLoader.loadCatalogue();
        assertThat(courseCatalog.countAll()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from seed_run", Integer.class)).isEqualTo(2);
    }

    @Test
    void seedCoursesAreFoundInDutch() {
        Map<Facet, Set<String>> none = new EnumMap<>(Facet.class);
        for (String q : List.of("zonnepanelen", "warmtepomp", "installateur", "heat pump", "elektrotechnik", "laadpaal")) {
            CourseResults r = courseSearch.search(new CourseQuery(q, none, null, null, null, null, SortOrder.RELEVANCE, 0, 5));
            assertThat(r.total()).as(q).isPositive();
        }
    }

    private static Set<String> values(CourseResults results, Facet facet) {
        return results.facets().get(facet).stream().filter(v -> v.count() > 0).map(FacetValue::value).collect(Collectors.toSet());
    }
}
