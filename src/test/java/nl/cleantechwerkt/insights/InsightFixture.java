package nl.cleantechwerkt.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.accounts.Role;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.employers.EmployerData;
import nl.cleantechwerkt.employers.Employers;
import nl.cleantechwerkt.employers.NeedData;
import nl.cleantechwerkt.employers.NeedKind;
import nl.cleantechwerkt.employers.NeedSkill;
import nl.cleantechwerkt.employers.SkillNeeds;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.learners.LearnerStatus;
import nl.cleantechwerkt.learners.OwnProfile;
import nl.cleantechwerkt.learners.ProfileData;
import nl.cleantechwerkt.learners.ProfileSkill;
import nl.cleantechwerkt.learners.SkillLevel;
import nl.cleantechwerkt.learners.Workload;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.Sector;
import nl.cleantechwerkt.support.CourseFixtures;

/**
 * The insight tests' own region slice: five needs of one employer in Heerde and five courses,
 * on skills no occupation of the taxonomy lists and no other fixture uses (so no learner's gap
 * and no other test's course touches them). Figures, by hand:
 *
 * <pre>
 * need  people  skills (must / nice)
 * N1    2       S1 must, S2 nice
 * N2    1       S1 must, S2 nice
 * N3    1       S1 must, S4 must
 * N4    3       S1 must, S2 must
 * N5    2       S3 must, S5 must, S1 nice
 *
 * S1 = 2+1+1+3+0.5·2 = 8    from 5 needs (exactly the threshold: shown publicly)
 * S2 = 0.5·2+0.5·1+3 = 4.5  from 3 needs (suppressed publicly)
 * S3 = 2, S4 = 1, S5 = 2    from 1 need each
 *
 * course  level  skills  runs
 * C1      MBO-4  S1      Heerde +20 d, Heerde +60 d (12 seats each)
 * C2      MBO-3  S1, S2  online +30 d (seats unknown)
 * C3      MBO-4  S1      Heerde −10 d only (started: no supply)
 * C4      MBO-4  S3      Epe +15 d (12 seats; Epe is 6 km from Heerde)
 * C5      MBO-4  S5      Lochem +10 d (12 seats; Lochem is 36 km from Heerde)
 * </pre>
 */
final class InsightFixture {

    static final String S1 = "http://data.europa.eu/esco/skill/9cfd2219-553c-4d67-81e5-951e87c65135";
    static final String S2 = "http://data.europa.eu/esco/skill/a68bdf1e-b325-4880-b456-192c2891931a";
    static final String S3 = "http://data.europa.eu/esco/skill/4c772721-9280-49cb-9988-b6ea3d36b06d";
    static final String S4 = "http://data.europa.eu/esco/skill/88b0c49e-7c2e-4ccc-aca3-fbd4bbc2081c";
    static final String S5 = "http://data.europa.eu/esco/skill/dcc99418-d896-4b3b-8596-658093a17a8f";
    /** Only for the snapshot test, which changes its figures. */
    static final String S6 = "http://data.europa.eu/esco/skill/1ddc021d-d818-4731-904f-842d7491f419";
    static final List<String> SKILLS = List.of(S1, S2, S3, S4, S5);
    /** ESCO's broader concept of S2–S5. */
    static final String HEALTH_GROUP = "gezondheidsvaardigheden en -competenties toepassen";
    static final String HEERDE = "GM0246";
    static final String PASSWORD = "cijfers voor de regio kloppen";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final long employerUser;
    final String provider;

    InsightFixture(Accounts accounts, Employers employers, SkillNeeds needs, CourseRegistration registration) {
        employerUser = employer(accounts, employers);
        need(needs, employerUser, 2, NeedSkill.must(S1), NeedSkill.nice(S2));
        need(needs, employerUser, 1, NeedSkill.must(S1), NeedSkill.nice(S2));
        need(needs, employerUser, 1, NeedSkill.must(S1), NeedSkill.must(S4));
        need(needs, employerUser, 3, NeedSkill.must(S1), NeedSkill.must(S2));
        need(needs, employerUser, 2, NeedSkill.must(S3), NeedSkill.must(S5), NeedSkill.nice(S1));

        CourseFixtures courses = new CourseFixtures(registration);
        provider = courses.provider("Inzichtcollege");
        courses.course(provider, "Inzichttest concentratie Heerde").level(Level.MBO_4).skill(S1)
                .runIn("Heerde", 20).runIn("Heerde", 60).publish();
        courses.course(provider, "Inzichttest concentratie en fitheid online").level(Level.MBO_3).skill(S1).skill(S2)
                .onlineRun(30).publish();
        courses.course(provider, "Inzichttest concentratie al begonnen").level(Level.MBO_4).skill(S1)
                .runIn("Heerde", -10).publish();
        courses.course(provider, "Inzichttest welzijn Epe").level(Level.MBO_4).skill(S3).runIn("Epe", 15).publish();
        courses.course(provider, "Inzichttest chronische aandoeningen Lochem").level(Level.MBO_4).skill(S5)
                .runIn("Lochem", 10).publish();
    }

    static long employer(Accounts accounts, Employers employers) {
        String email = "inzicht" + SEQUENCE.incrementAndGet() + "@werkgever.test";
        accounts.register(email, PASSWORD, "Inzicht Werkgever", Role.EMPLOYER);
        long user = accounts.find(email).orElseThrow().id();
        employers.saveOrganisation(user, new EmployerData("Inzicht BV " + SEQUENCE.get(), "87654321", "Heerde", Sector.GENERAL));
        return user;
    }

    static long need(SkillNeeds needs, long employerUser, int people, NeedSkill... skills) {
        return needs.save(employerUser, null, new NeedData(NeedKind.VACANCY, "Inzichttest behoefte", null, List.of(skills),
                people, "Heerde", null, LocalDate.now().plusMonths(3)));
    }

    /** A learner in Heerde at a level, aiming at one occupation, having some skills; consenting or not. */
    static long learner(Accounts accounts, OwnProfile profiles, Gazetteer gazetteer, Level level, String occupation,
            List<String> has, boolean consent) {
        String email = "inzicht-lerende" + SEQUENCE.incrementAndGet() + "@profiel.test";
        accounts.register(email, PASSWORD, "Inzicht Lerende", Role.LEARNER);
        long user = accounts.find(email).orElseThrow().id();
        profiles.save(user, new ProfileData(LearnerStatus.JOB_SEEKER, level, gazetteer.resolve("Heerde").orElseThrow(), 20,
                java.util.Set.of(), Workload.EITHER, null, java.util.Set.of(),
                has.stream().map(s -> new ProfileSkill(s, SkillLevel.GOOD, null)).toList(), List.of(occupation)));
        if (consent) {
            profiles.giveConsent(user);
        }
        return user;
    }
}
