package nl.cleantechwerkt.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cleantechwerkt.accounts.AccountView;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.catalog.CourseCatalog;
import nl.cleantechwerkt.catalog.CourseIndex;
import nl.cleantechwerkt.employers.SkillNeedView;
import nl.cleantechwerkt.employers.SkillNeeds;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.geo.MunicipalityView;
import nl.cleantechwerkt.learners.LearnerProfileView;
import nl.cleantechwerkt.learners.LearnerProfiles;
import nl.cleantechwerkt.learners.ProfileSkill;
import nl.cleantechwerkt.matching.CandidateMatch;
import nl.cleantechwerkt.matching.CandidateMatcher;
import nl.cleantechwerkt.matching.CourseMatcher;
import nl.cleantechwerkt.matching.MatchRequest;
import nl.cleantechwerkt.matching.MatchResult;
import nl.cleantechwerkt.search.CourseQuery;
import nl.cleantechwerkt.search.CourseResults;
import nl.cleantechwerkt.search.CourseSearch;
import nl.cleantechwerkt.search.Facet;
import nl.cleantechwerkt.search.FacetValue;
import nl.cleantechwerkt.search.SortOrder;
import nl.cleantechwerkt.shared.AppProperties;
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
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole seed data set, loaded as on a first start into its own empty database, demo accounts included. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {"app.seed.courses=true", "app.seed.demo=true"})
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
    @Autowired
    DemoLoader demoLoader;
    @Autowired
    SkillNeeds skillNeeds;
    @Autowired
    CandidateMatcher candidateMatcher;
    @Autowired
    CourseMatcher courseMatcher;
    @Autowired
    LearnerProfiles learnerProfiles;
    @Autowired
    Accounts accounts;
    @Autowired
    AppProperties properties;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;

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
        long needs = skillNeeds.openNeeds().size();
        demoLoader.load(properties.seed());
        assertThat(courseCatalog.countAll()).isEqualTo(before);
        assertThat(skillNeeds.openNeeds()).hasSize((int) needs);
        assertThat(jdbc.queryForObject("select count(*) from seed_run", Integer.class)).isEqualTo(3);
    }

    @Test
    void seedCoursesAreFoundInDutch() {
        Map<Facet, Set<String>> none = new EnumMap<>(Facet.class);
        for (String q : List.of("zonnepanelen", "warmtepomp", "installateur", "heat pump", "elektrotechnik", "laadpaal")) {
            CourseResults r = courseSearch.search(new CourseQuery(q, none, null, null, null, null, SortOrder.RELEVANCE, 0, 5));
            assertThat(r.total()).as(q).isPositive();
        }
    }

    @Test
    void theDemoShowsEmployersWithOpenNeedsThatFindCoursesAndConsentingCandidates() {
        List<SkillNeedView> open = skillNeeds.openNeeds();
        assertThat(open).hasSize(12).allSatisfy(n -> assertThat(n.skills()).isNotEmpty());
        SkillNeedView heatPumps = open.stream().filter(n -> n.title().equals("Monteur warmtepompen")).findFirst().orElseThrow();
        List<CandidateMatch> candidates = candidateMatcher.candidates(heatPumps, 10);
        assertThat(candidates).as("consenting demo learners targeting heat pumps near Deventer").isNotEmpty();
        long withCandidates = open.stream().filter(n -> !candidateMatcher.candidates(n, 10).isEmpty()).count();
        assertThat(withCandidates).as("needs with at least one candidate").isGreaterThanOrEqualTo(6);
    }

    @Test
    void aDemoLearnerLogsInWithTheDemoPasswordAndGetsCourseAdvice() {
        AccountView learner = accounts.find("demo.leerling1@voorbeeld.nl").orElseThrow();
        LearnerProfileView profile = learnerProfiles.ownProfile(learner.id()).orElseThrow();
        assertThat(profile.consent()).isTrue();
        MatchRequest request = MatchRequest.forOccupation(profile.targetOccupations().get(0),
                profile.skills().stream().map(ProfileSkill::skillUri).toList()).near(profile.place(), profile.radiusKm().doubleValue());
        MatchResult advice = courseMatcher.match(request);
        assertThat(advice.items()).isNotEmpty();
        assertThat(advice.items().get(0).title().toLowerCase()).contains("warmtepomp");
        // Two demo learners did not consent: they are never candidates.
        assertThat(learnerProfiles.ownProfile(accounts.find("demo.leerling10@voorbeeld.nl").orElseThrow().id()))
                .get().extracting(LearnerProfileView::consent).isEqualTo(false);
    }

    @Test
    void everyDemoAccountLogsInWithTheDemoPasswordThoughItWasHashedOnce() {
        for (String email : List.of("demo.warmte@voorbeeld.nl", "demo.data@voorbeeld.nl", "demo.leerling1@voorbeeld.nl",
                "demo.leerling12@voorbeeld.nl")) {
            UserDetails user = userDetails.loadUserByUsername(email);
            assertThat(passwordEncoder.matches(properties.seed().demoPassword(), user.getPassword())).as(email).isTrue();
            assertThat(passwordEncoder.matches("another password of the region", user.getPassword())).as(email).isFalse();
        }
    }

    private static Set<String> values(CourseResults results, Facet facet) {
        return results.facets().get(facet).stream().filter(v -> v.count() > 0).map(FacetValue::value).collect(Collectors.toSet());
    }
}
