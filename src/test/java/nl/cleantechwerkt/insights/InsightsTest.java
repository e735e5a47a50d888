package nl.cleantechwerkt.insights;

import static nl.cleantechwerkt.insights.InsightFixture.HEERDE;
import static nl.cleantechwerkt.insights.InsightFixture.S1;
import static nl.cleantechwerkt.insights.InsightFixture.S2;
import static nl.cleantechwerkt.insights.InsightFixture.S3;
import static nl.cleantechwerkt.insights.InsightFixture.S4;
import static nl.cleantechwerkt.insights.InsightFixture.S5;
import static nl.cleantechwerkt.insights.InsightFixture.S6;
import static nl.cleantechwerkt.insights.InsightFixture.SKILLS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.employers.Employers;
import nl.cleantechwerkt.employers.NeedSkill;
import nl.cleantechwerkt.employers.SkillNeeds;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.learners.OwnProfile;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.skills.OccupationView;
import nl.cleantechwerkt.skills.SkillCatalog;
import nl.cleantechwerkt.support.CourseFixtures;
import nl.cleantechwerkt.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The figures of {@link InsightFixture}, computed by hand, against what the module computes. */
@Tag("db")
class InsightsTest extends IntegrationTest {

    private static InsightFixture fixture;

    @Autowired
    Insights insights;
    @Autowired
    InsightSnapshots snapshots;
    @Autowired
    Accounts accounts;
    @Autowired
    Employers employers;
    @Autowired
    SkillNeeds needs;
    @Autowired
    CourseRegistration registration;
    @Autowired
    OwnProfile ownProfile;
    @Autowired
    Gazetteer gazetteer;
    @Autowired
    SkillCatalog skillCatalog;

    @BeforeEach
    void fixture() {
        if (fixture == null) {
            fixture = new InsightFixture(accounts, employers, needs, registration);
        }
    }

    private Map<String, SkillFigures> mine(InsightQuery q, Visibility v) {
        return insights.skills(q, v).stream().filter(f -> SKILLS.contains(f.skillUri()))
                .collect(Collectors.toMap(SkillFigures::skillUri, Function.identity()));
    }

    @Test
    void demandSupplyAndRatioPerSkillAreTheHandCount() {
        Map<String, SkillFigures> f = mine(InsightQuery.region(), Visibility.FULL);
        assertThat(f).containsOnlyKeys(SKILLS);
        assertFigures(f.get(S1), 8.0, 5, 2, 24, 0.25);
        assertFigures(f.get(S2), 4.5, 3, 1, 0, 1 / 4.5);
        assertFigures(f.get(S3), 2.0, 1, 1, 12, 0.5);
        assertFigures(f.get(S4), 1.0, 1, 0, 0, 0.0);
        assertFigures(f.get(S5), 2.0, 1, 1, 12, 0.5);
        assertThat(f.values()).noneMatch(SkillFigures::suppressed);
        assertThat(f.get(S2).labelNl()).isEqualTo("fysiek fit blijven");
        assertThat(f.get(S2).groupNl()).isEqualTo(InsightFixture.HEALTH_GROUP);

        List<String> order = insights.skills(InsightQuery.region(), Visibility.FULL).stream().map(SkillFigures::skillUri)
                .filter(SKILLS::contains).toList();
        assertThat(order).as("demand descending, then Dutch label").containsExactly(S1, S2, S5, S3, S4);
    }

    @Test
    void publicFiguresSuppressCellsFromFewerThanFiveNeedsOrPeople() {
        Map<String, SkillFigures> f = mine(InsightQuery.region(), Visibility.PUBLIC);
        assertThat(f.get(S1).suppressed()).as("exactly five needs").isFalse();
        assertFigures(f.get(S1), 8.0, 5, 2, 24, 0.25);
        for (String skill : List.of(S2, S3, S4, S5)) {
            SkillFigures s = f.get(skill);
            assertThat(s.suppressed()).as(skill).isTrue();
            assertThat(s.demand()).isNull();
            assertThat(s.demandSources()).isNull();
            assertThat(s.ratio()).isNull();
            assertThat(s.unmet()).isFalse();
        }
        assertThat(f.get(S2).supplyCourses()).as("supply names nobody and stays").isEqualTo(1);

        List<SkillFigures> all = insights.skills(InsightQuery.region(), Visibility.PUBLIC);
        int firstSuppressed = all.indexOf(all.stream().filter(SkillFigures::suppressed).findFirst().orElseThrow());
        assertThat(all.subList(firstSuppressed, all.size())).as("suppressed cells last").allMatch(SkillFigures::suppressed);
    }

    @Test
    void unmetDemandRanksSkillsThatNoReachableCourseTeaches() {
        assertThat(unmet(InsightQuery.region(), Visibility.FULL)).as("in the region only S4 has no course at all")
                .containsExactly(S4);
        // From Heerde: S5's only course is in Lochem (36 km); S3's is in Epe (6 km), which is within reach.
        assertThat(unmet(InsightQuery.region().inMunicipality(HEERDE), Visibility.FULL)).containsExactly(S5, S4);
        assertThat(unmet(InsightQuery.region().inMunicipality(HEERDE), Visibility.PUBLIC))
                .as("a suppressed demand is not ranked").isEmpty();
        assertThat(insights.unmetDemand(InsightQuery.region(), Visibility.FULL, 0)).isEmpty();
    }

    private List<String> unmet(InsightQuery q, Visibility v) {
        return insights.unmetDemand(q, v, 1000).stream().map(SkillFigures::skillUri).filter(SKILLS::contains).toList();
    }

    @Test
    void aMunicipalityCountsRunsThereAndOnline() {
        Map<String, SkillFigures> heerde = mine(InsightQuery.region().inMunicipality("Heerde"), Visibility.FULL);
        assertFigures(heerde.get(S1), 8.0, 5, 2, 24, 0.25);
        assertFigures(heerde.get(S2), 4.5, 3, 1, 0, 1 / 4.5);
        assertFigures(heerde.get(S3), 2.0, 1, 0, 0, 0.0);
        assertThat(heerde.get(S3).reachableCourses()).as("Epe is within reach").isEqualTo(1);
        assertThat(heerde.get(S3).unmet()).isFalse();

        Map<String, SkillFigures> lochem = mine(InsightQuery.region().inMunicipality("GM0262"), Visibility.FULL);
        assertThat(lochem).as("no need in Lochem; its course, and the online one").containsOnlyKeys(S1, S2, S5);
        assertThat(lochem.get(S5).demand()).isZero();
        assertThat(lochem.get(S5).supplyCourses()).isEqualTo(1);
        assertThat(lochem.get(S5).ratio()).isNull();
    }

    @Test
    void aLevelCountsCoursesAtThatLevelAndNeedsAtEveryLevel() {
        Map<String, SkillFigures> mbo4 = mine(InsightQuery.region().atLevel(Level.MBO_4), Visibility.FULL);
        assertFigures(mbo4.get(S1), 8.0, 5, 1, 24, 1 / 8.0);
        assertFigures(mbo4.get(S2), 4.5, 3, 0, 0, 0.0);
        assertThat(mbo4.get(S2).unmet()).as("the only course for S2 is MBO-3").isTrue();
        Map<String, SkillFigures> mbo3 = mine(InsightQuery.region().atLevel(Level.MBO_3), Visibility.FULL);
        assertFigures(mbo3.get(S1), 8.0, 5, 1, 0, 1 / 8.0);
        assertThat(mbo3.get(S3).unmet()).isTrue();
    }

    @Test
    void aPeriodNarrowsSupplyToRunsStartingInIt() {
        LocalDate today = LocalDate.now();
        YearMonth to = YearMonth.from(today.plusDays(20));
        boolean onlineInPeriod = !today.plusDays(30).isAfter(to.atEndOfMonth());
        Map<String, SkillFigures> f = mine(new InsightQuery(null, null, YearMonth.from(today), to), Visibility.FULL);
        // C1's run at +20 days is in the period, its run at +60 never is; C2's online run at +30 only when in the same month.
        assertThat(f.get(S1).supplyCourses()).isEqualTo(onlineInPeriod ? 2 : 1);
        assertThat(f.get(S1).supplySeats()).isEqualTo(12);
        assertThat(f.get(S1).demand()).as("demand is what stands today").isEqualTo(8.0);

        Map<String, SkillFigures> later = mine(new InsightQuery(null, null, YearMonth.from(today.plusDays(60)).plusMonths(1), null),
                Visibility.FULL);
        assertThat(later.get(S1).supplyCourses()).as("nothing starts after day 60").isZero();
    }

    @Test
    void aSkillGroupAddsUpItsSkillsAndCountsEachNeedAndCourseOnce() {
        GroupFigures health = insights.groups(InsightQuery.region(), Visibility.PUBLIC).stream()
                .filter(g -> g.key().equals(InsightFixture.HEALTH_GROUP)).findFirst().orElseThrow();
        // S2 4.5 + S3 2 + S4 1 + S5 2, from needs N1, N2, N3, N4, N5: five, so shown even though each skill is suppressed.
        assertThat(health.skills()).isEqualTo(4);
        assertThat(health.demand()).isEqualTo(9.5);
        assertThat(health.demandSources()).isEqualTo(5);
        assertThat(health.suppressed()).isFalse();
        assertThat(health.supplyCourses()).as("C2, C4, C5").isEqualTo(3);
        assertThat(health.supplySeats()).isEqualTo(24);
        assertThat(health.unmetSkills()).as("S4").isEqualTo(1);
        assertThat(health.ratio()).isCloseTo(3 / 9.5, within(1e-9));
        assertThat(health.labelEn()).isEqualTo("applying health-related skills and competences");
    }

    @Test
    void learnersAddTheGapTowardsTheirTargetOnlyWithConsent() {
        OccupationView occupation = skillCatalog.allOccupations().stream()
                .filter(o -> o.essentialSkills().size() >= 2 && o.optionalSkills().stream()
                        .anyMatch(s -> !o.essentialSkills().contains(s)))
                .findFirst().orElseThrow();
        String had = occupation.essentialSkills().get(0);
        String lacked = occupation.essentialSkills().get(1);
        String optional = occupation.optionalSkills().stream().filter(s -> !occupation.essentialSkills().contains(s))
                .findFirst().orElseThrow();
        InsightQuery heerde = InsightQuery.region().inMunicipality(HEERDE);
        Map<String, SkillFigures> before = all(heerde.atLevel(Level.MBO_2));
        Map<String, SkillFigures> beforeMbo3 = all(heerde.atLevel(Level.MBO_3));
        GroupFigures occupationBefore = occupationRow(heerde, occupation.uri());

        InsightFixture.learner(accounts, ownProfile, gazetteer, Level.MBO_2, occupation.uri(), List.of(had), true);
        InsightFixture.learner(accounts, ownProfile, gazetteer, Level.MBO_2, occupation.uri(), List.of(), false);

        Map<String, SkillFigures> after = all(heerde.atLevel(Level.MBO_2));
        assertThat(demand(after, lacked) - demand(before, lacked)).as("essential and lacked: 1").isEqualTo(1.0);
        assertThat(sources(after, lacked) - sources(before, lacked)).as("the consenting learner only").isEqualTo(1);
        assertThat(demand(after, optional) - demand(before, optional)).as("optional: 0.5").isEqualTo(0.5);
        assertThat(demand(after, had) - demand(before, had)).as("had: nothing").isZero();
        assertThat(demand(all(heerde.atLevel(Level.MBO_3)), lacked)).as("another level").isEqualTo(demand(beforeMbo3, lacked));

        long essentialGap = occupation.essentialSkills().stream().distinct().count() - 1;
        long optionalGap = occupation.optionalSkills().stream().distinct()
                .filter(s -> !occupation.essentialSkills().contains(s)).count();
        GroupFigures occupationAfter = occupationRow(heerde, occupation.uri());
        double before0 = occupationBefore == null ? 0 : occupationBefore.demand();
        assertThat(occupationAfter.demand() - before0).isEqualTo(essentialGap + 0.5 * optionalGap);
        assertThat(occupationAfter.labelNl()).isEqualTo(occupation.labelNl());
    }

    private Map<String, SkillFigures> all(InsightQuery q) {
        return insights.skills(q, Visibility.FULL).stream().collect(Collectors.toMap(SkillFigures::skillUri, Function.identity()));
    }

    private static double demand(Map<String, SkillFigures> f, String skill) {
        return f.containsKey(skill) ? f.get(skill).demand() : 0;
    }

    private static int sources(Map<String, SkillFigures> f, String skill) {
        return f.containsKey(skill) ? f.get(skill).demandSources() : 0;
    }

    private GroupFigures occupationRow(InsightQuery q, String uri) {
        return insights.occupations(q, Visibility.FULL).stream().filter(o -> o.key().equals(uri)).findFirst().orElse(null);
    }

    @Test
    void municipalityAndLevelRowsAreTheTotalsOfTheirSkills() {
        AreaFigures heerde = insights.municipalities(InsightQuery.region(), Visibility.FULL).stream()
                .filter(a -> a.code().equals(HEERDE)).findFirst().orElseThrow();
        List<SkillFigures> skills = insights.skills(InsightQuery.region().inMunicipality(HEERDE), Visibility.FULL);
        assertThat(heerde.name()).isEqualTo("Heerde");
        assertThat(heerde.latitude()).isCloseTo(52.386, within(0.01));
        assertThat(heerde.demand()).isCloseTo(skills.stream().mapToDouble(SkillFigures::demand).sum(), within(1e-9));
        assertThat(heerde.unmetSkills()).isEqualTo((int) skills.stream().filter(SkillFigures::unmet).count());
        assertThat(heerde.localCourses()).isLessThanOrEqualTo(heerde.supplyCourses()).isPositive();
        assertThat(insights.municipalities(InsightQuery.region(), Visibility.FULL)).extracting(AreaFigures::name)
                .contains("Apeldoorn", "Deventer", "Epe", "Hattem", "Heerde", "Lochem", "Zutphen");

        LevelFigures mbo4 = insights.levels(InsightQuery.region(), Visibility.FULL).stream()
                .filter(l -> l.level() == Level.MBO_4).findFirst().orElseThrow();
        List<SkillFigures> mbo4Skills = insights.skills(InsightQuery.region().atLevel(Level.MBO_4), Visibility.FULL);
        assertThat(mbo4.demand()).isCloseTo(mbo4Skills.stream().mapToDouble(SkillFigures::demand).sum(), within(1e-9));
        assertThat(mbo4.supplyCourses()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aPastMonthsSnapshotSurvivesLaterChangesWhileTheCurrentMonthFollowsThem() {
        LocalDate today = LocalDate.now();
        YearMonth current = YearMonth.from(today);
        YearMonth last = current.minusMonths(1);
        long first = InsightFixture.need(needs, fixture.employerUser, 2, NeedSkill.must(S6));
        CourseFixtures courses = new CourseFixtures(registration);
        courses.course(fixture.provider, "Inzichttest middelen beheren Heerde").level(Level.MBO_4).skill(S6)
                .runIn("Heerde", 40).publish();

        // As the job would have on this day last month.
        snapshots.snapshot(today.minusMonths(1));
        assertThat(row(last, HEERDE, SnapshotStore.ALL, S6)).isEqualTo(new SnapshotStore.Row(HEERDE, "*", S6, 2.0, 1, 1, 12, 1, 0));
        assertThat(row(last, SnapshotStore.ALL, "MBO-4", S6)).isEqualTo(new SnapshotStore.Row("*", "MBO-4", S6, 2.0, 1, 1, 12, 1, 0));
        List<SnapshotStore.Row> lastMonthRows = snapshots.rows(last);
        InsightQuery heerdeSince = new InsightQuery(HEERDE, null, last, null);
        List<MonthFigures> before = insights.trend(heerdeSince, Visibility.FULL);
        assertThat(before).extracting(MonthFigures::month).containsExactly(last, current);
        SnapshotStore.Row heerdeTotal = row(last, HEERDE, SnapshotStore.ALL, SnapshotStore.ALL);
        assertThat(before.get(0).recorded()).isTrue();
        assertThat(before.get(0).live()).isFalse();
        assertThat(before.get(0).demand()).isEqualTo(heerdeTotal.demand());
        assertThat(before.get(0).supplyCourses()).isEqualTo(heerdeTotal.supplyCourses());
        assertThat(before.get(1).live()).isTrue();

        // The need is closed, a bigger one posted, an online course added: S6 now 3 from one need, two courses.
        needs.close(fixture.employerUser, first);
        InsightFixture.need(needs, fixture.employerUser, 3, NeedSkill.must(S6));
        courses.course(fixture.provider, "Inzichttest middelen beheren online").level(Level.MBO_4).skill(S6).onlineRun(10)
                .publish();
        snapshots.snapshotNow();

        assertThat(snapshots.rows(last)).as("last month is never written again").containsExactlyInAnyOrderElementsOf(lastMonthRows);
        assertThat(row(current, HEERDE, SnapshotStore.ALL, S6)).isEqualTo(new SnapshotStore.Row(HEERDE, "*", S6, 3.0, 1, 2, 12, 2, 0));
        List<MonthFigures> after = insights.trend(heerdeSince, Visibility.FULL);
        assertThat(after.get(0)).isEqualTo(before.get(0));
        assertThat(after.get(1).demand() - before.get(1).demand()).as("−2 closed, +3 posted").isEqualTo(1.0);
        assertThat(after.get(1).supplyCourses() - before.get(1).supplyCourses()).as("the online course").isEqualTo(1);
        SnapshotStore.Row currentTotal = row(current, HEERDE, SnapshotStore.ALL, SnapshotStore.ALL);
        assertThat(after.get(1).demand()).as("the current snapshot is the live figure").isEqualTo(currentTotal.demand());
        assertThat(after.get(1).demandSources()).isEqualTo(currentTotal.demandSources());

        List<MonthFigures> s6 = insights.skillTrend(heerdeSince, Visibility.FULL, S6);
        assertThat(s6).extracting(MonthFigures::demand).containsExactly(2.0, 3.0);
        assertThat(s6).extracting(MonthFigures::supplyCourses).containsExactly(1, 2);
        assertThat(insights.skillTrend(heerdeSince, Visibility.PUBLIC, S6)).allMatch(MonthFigures::suppressed);
        assertThat(insights.current(heerdeSince, Visibility.FULL)).isEqualTo(after.get(1));
        assertThat(insights.trend(new InsightQuery(HEERDE, null, last, last), Visibility.FULL))
                .as("a period ending last month").containsExactly(after.get(0));

        List<MonthFigures> longer = insights.trend(new InsightQuery(HEERDE, null, current.minusMonths(3), null), Visibility.FULL);
        assertThat(longer.get(0).recorded()).as("no snapshot three months ago").isFalse();
        assertThat(longer.get(0).demand()).isNull();
    }

    private SnapshotStore.Row row(YearMonth month, String municipality, String level, String skill) {
        return snapshots.rows(month).stream().filter(r -> r.municipalityCode().equals(municipality)
                && r.levelCode().equals(level) && r.skillUri().equals(skill)).findFirst().orElseThrow();
    }

    @Test
    void theApiAnswersPerSkillWithSuppressionAndEchoesTheQuery() {
        JsonNode body = getJson("/api/v1/insights/skills?municipality=Heerde&level=mbo-4");
        assertThat(body.get("query").get("municipality").asString()).isEqualTo(HEERDE);
        assertThat(body.get("query").get("level").asString()).isEqualTo("MBO-4");
        Map<String, JsonNode> items = new java.util.HashMap<>();
        body.get("items").forEach(i -> items.put(i.get("skill").asString(), i));
        JsonNode s1 = items.get(S1);
        assertThat(s1.get("label").asString()).isEqualTo("gedurende lange tijd geconcentreerd blijven");
        assertThat(s1.get("demand").asDouble()).isEqualTo(8.0);
        assertThat(s1.get("supply").asInt()).as("C1 only: C2 is MBO-3").isEqualTo(1);
        assertThat(s1.get("ratio").asDouble()).isEqualTo(0.125);
        assertThat(s1.has("suppressed")).as("only when true").isFalse();
        JsonNode s2 = items.get(S2);
        assertThat(s2.get("suppressed").asBoolean()).isTrue();
        assertThat(s2.get("demand").isNull()).isTrue();
        assertThat(s2.get("ratio").isNull()).isTrue();
        assertThat(s2.get("supply").asInt()).isZero();
    }

    @Test
    void badParametersAre400ProblemsNamingTheField() {
        assertProblem("/api/v1/insights/skills?level=MBO-9", "level");
        assertProblem("/api/v1/insights/skills?municipality=Atlantis", "municipality");
        assertProblem("/api/v1/insights/skills?from=2027-13", "from");
        assertProblem("/api/v1/insights/skills?to=maart", "to");
        assertProblem("/api/v1/insights/skills?from=2027-05&to=2027-04", "to");
    }

    private void assertProblem(String path, String field) {
        HttpResponse<String> response = get(path, "application/json");
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("field").asString()).isEqualTo(field);
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    private static void assertFigures(SkillFigures f, double demand, int sources, int courses, int seats, double ratio) {
        assertThat(f.demand()).as(f.skillUri() + " demand").isEqualTo(demand);
        assertThat(f.demandSources()).as(f.skillUri() + " sources").isEqualTo(sources);
        assertThat(f.supplyCourses()).as(f.skillUri() + " courses").isEqualTo(courses);
        assertThat(f.supplySeats()).as(f.skillUri() + " seats").isEqualTo(seats);
        assertThat(f.ratio()).as(f.skillUri() + " ratio").isCloseTo(ratio, within(1e-9));
    }
}
