package nl.cleantechwerkt.alerts;

import static nl.cleantechwerkt.alerts.AlertFixtures.alerts;
import static nl.cleantechwerkt.alerts.AlertFixtures.body;
import static nl.cleantechwerkt.alerts.AlertFixtures.noon;
import static nl.cleantechwerkt.alerts.AlertFixtures.subject;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.alerts.AlertFixtures.Person;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.employers.Employers;
import nl.cleantechwerkt.employers.Importance;
import nl.cleantechwerkt.employers.NeedData;
import nl.cleantechwerkt.employers.NeedKind;
import nl.cleantechwerkt.employers.NeedSkill;
import nl.cleantechwerkt.employers.SkillNeeds;
import nl.cleantechwerkt.notifications.DailyDigest;
import nl.cleantechwerkt.notifications.NotificationView;
import nl.cleantechwerkt.notifications.Notifications;
import nl.cleantechwerkt.support.CourseFixtures;
import nl.cleantechwerkt.support.EmployerLogins;
import nl.cleantechwerkt.support.IntegrationTest;
import nl.cleantechwerkt.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Alerts end to end: saved searches, advices and open needs are checked by {@link AlertChecker}
 * (called here, as the schedule would), new matches become notifications, and {@link DailyDigest}
 * (called with a chosen time) mails at most one digest a day to who opted in (GreenMail).
 *
 * <p>Mail goes out on one mail thread, in order. So "no mail was sent" is shown by sending a
 * later digest and finding it is the only mail (or the next one) for that address.
 */
class AlertsTest extends IntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    CourseRegistration registration;
    @Autowired
    SavedSearches saved;
    @Autowired
    AlertChecker checker;
    @Autowired
    DailyDigest digest;
    @Autowired
    Notifications notifications;
    @Autowired
    Employers employers;
    @Autowired
    SkillNeeds needs;
    @Autowired
    Clock clock;
    @Autowired
    nl.cleantechwerkt.skills.SkillCatalog skills;

    @Test
    void aNewMatchingRunProducesOneDigestAndASecondOnTheSameDayWaitsForTomorrow() {
        CourseFixtures fixtures = new CourseFixtures(registration);
        String provider = fixtures.provider("Plofkwak College");
        fixtures.course(provider, "Plofkwak basis").code("PLOF-1").runIn("Deventer", 20).publish();
        Person learner = AlertFixtures.learner(accounts, port);
        AlertFixtures.digest(learner, true);
        long search = AlertFixtures.saveSearch(learner, "q=plofkwak", "Plofkwak", saved);

        checker.checkAll();
        assertThat(alerts(notifications, learner.userId())).as("what matched when saving is not news").isEmpty();

        // The school adds a second run: one new run, one alert, one digest.
        fixtures.course(provider, "Plofkwak basis").code("PLOF-1").runIn("Deventer", 20).runIn("Zutphen", 60).publish();
        checker.checkAll();
        checker.checkAll();
        List<NotificationView> alerts = alerts(notifications, learner.userId());
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).link()).isEqualTo("/profiel/zoekopdrachten/" + search);
        assertThat(alerts.get(0).arguments()).containsExactly("Plofkwak", "1", "Plofkwak basis");

        digest.sendDue(noon(clock, 0));
        List<MimeMessage> mails = TestMail.awaitTo(learner.email(), 1);
        assertThat(mails).hasSize(1);
        assertThat(subject(mails.get(0))).isEqualTo("Cleantech Werkt: 1 nieuwe melding");
        assertThat(body(mails.get(0))).contains("Nieuw bij je zoekopdracht ‘Plofkwak’ (1): Plofkwak basis")
                .contains("http://localhost:8080/profiel/zoekopdrachten/" + search);

        // A new course the same day: notified at once, but mailed only in tomorrow's digest.
        fixtures.course(provider, "Plofkwak gevorderd").onlineRun(30).publish();
        checker.checkAll();
        assertThat(alerts(notifications, learner.userId())).hasSize(2);
        digest.sendDue(noon(clock, 0).plusSeconds(3600));
        digest.sendDue(noon(clock, 1));
        mails = TestMail.awaitTo(learner.email(), 2);
        assertThat(mails).hasSize(2);
        assertThat(body(mails.get(1))).contains("Plofkwak gevorderd").doesNotContain("Plofkwak basis");
    }

    @Test
    void pastArchivedAndNonMatchingRunsProduceNoAlertAndNoMail() {
        CourseFixtures fixtures = new CourseFixtures(registration);
        String provider = fixtures.provider("Academie voor Alerts");
        fixtures.course(provider, "Snurfbol monteren").code("SNURF-1").runIn("Deventer", 20).publish();
        Person learner = AlertFixtures.learner(accounts, port);
        AlertFixtures.digest(learner, true);
        AlertFixtures.saveSearch(learner, "q=snurfbol&municipality=Deventer", "Snurfbol in Deventer", saved);

        // A past run added to the course, a course with only a past run, an archived course,
        // a course in another municipality and one that does not have the word.
        fixtures.course(provider, "Snurfbol monteren").code("SNURF-1").runIn("Deventer", 20).runIn("Deventer", -5).publish();
        fixtures.course(provider, "Snurfbol voorbij").runIn("Deventer", -10).publish();
        long archived = fixtures.course(provider, "Snurfbol archief").runIn("Deventer", 25).publish();
        registration.archive(provider, archived);
        fixtures.course(provider, "Snurfbol Zutphen").runIn("Zutphen", 25).publish();
        fixtures.course(provider, "Grimzak Deventer").runIn("Deventer", 25).publish();
        checker.checkAll();
        assertThat(alerts(notifications, learner.userId())).isEmpty();
        digest.sendDue(noon(clock, 0));

        // Then a run that does match, mailed the next day: the only mail this learner ever gets.
        fixtures.course(provider, "Snurfbol onderhoud").runIn("Deventer", 40).publish();
        checker.checkAll();
        assertThat(alerts(notifications, learner.userId())).singleElement()
                .satisfies(n -> assertThat(n.arguments()).containsExactly("Snurfbol in Deventer", "1", "Snurfbol onderhoud"));
        digest.sendDue(noon(clock, 1));
        List<MimeMessage> mails = TestMail.awaitTo(learner.email(), 1);
        assertThat(mails).hasSize(1);
        assertThat(body(mails.get(0))).contains("Snurfbol onderhoud").doesNotContain("voorbij").doesNotContain("archief")
                .doesNotContain("Zutphen").doesNotContain("Grimzak");
    }

    @Test
    void optingOutStopsTheMailAndWhatCameMeanwhileIsNotMailedLater() {
        CourseFixtures fixtures = new CourseFixtures(registration);
        String provider = fixtures.provider("Trulpen Instituut");
        Person learner = AlertFixtures.learner(accounts, port);
        AlertFixtures.digest(learner, true);
        AlertFixtures.saveSearch(learner, "q=trulpen", "Trulpen", saved);
        fixtures.course(provider, "Trulpen eerste").runIn("Apeldoorn", 20).publish();
        checker.checkAll();

        AlertFixtures.digest(learner, false);
        digest.sendDue(noon(clock, 0));
        assertThat(alerts(notifications, learner.userId())).as("still shown in the application").hasSize(1);

        AlertFixtures.digest(learner, true);
        fixtures.course(provider, "Trulpen tweede").runIn("Apeldoorn", 30).publish();
        checker.checkAll();
        digest.sendDue(noon(clock, 1));
        List<MimeMessage> mails = TestMail.awaitTo(learner.email(), 1);
        assertThat(mails).hasSize(1);
        assertThat(body(mails.get(0))).contains("Trulpen tweede").doesNotContain("Trulpen eerste");
    }

    @Test
    void withoutChoosingTheDigestOrWithEmailOffNoDigestIsSent() {
        CourseFixtures fixtures = new CourseFixtures(registration);
        String provider = fixtures.provider("Vexmor School");
        Person undecided = AlertFixtures.learner(accounts, port);
        Person emailOff = AlertFixtures.learner(accounts, port);
        emailOff.session().submit("/meldingen/instellingen", "/meldingen/instellingen",
                java.util.Map.of("emailEnabled", "false", "language", "nl", "digestEnabled", "true"));
        AlertFixtures.saveSearch(undecided, "q=vexmor", "Vexmor", saved);
        AlertFixtures.saveSearch(emailOff, "q=vexmor", "Vexmor", saved);
        fixtures.course(provider, "Vexmor techniek").runIn("Epe", 20).publish();
        checker.checkAll();
        digest.sendDue(noon(clock, 0));

        assertThat(alerts(notifications, undecided.userId())).hasSize(1);
        assertThat(alerts(notifications, emailOff.userId())).hasSize(1);
        // Opting in afterwards mails nothing of the past: the next digest only has what is new by then.
        AlertFixtures.digest(undecided, true);
        fixtures.course(provider, "Vexmor praktijk").runIn("Epe", 30).publish();
        checker.checkAll();
        digest.sendDue(noon(clock, 1));
        List<MimeMessage> mails = TestMail.awaitTo(undecided.email(), 1);
        assertThat(mails).hasSize(1);
        assertThat(body(mails.get(0))).contains("Vexmor praktijk").doesNotContain("Vexmor techniek");
        assertThat(TestMail.to(emailOff.email())).isEmpty();
    }

    @Test
    void anEmployerHearsOfANewlyConsentingCandidateForAnOpenNeed() {
        EmployerLogins.Employer employer = EmployerLogins.newEmployer(accounts, employers, port);
        employer.session().submit("/meldingen/instellingen", "/meldingen/instellingen",
                java.util.Map.of("emailEnabled", "true", "language", "en", "digestEnabled", "true"));
        long need = needs.save(employer.userId(), null, new NeedData(NeedKind.VACANCY, "Alert heat pump fitter", null,
                List.of(new NeedSkill(AlertFixtures.HEAT_PUMP, Importance.MUST)), 1, "Apeldoorn", LocalDate.now().plusMonths(2),
                null));
        checker.checkAll();
        assertThat(alerts(notifications, employer.userId())).as("who fitted when the need was first checked is not news")
                .isEmpty();

        Person private_ = AlertFixtures.learner(accounts, port);
        AlertFixtures.profile(private_, AlertFixtures.HEAT_PUMP, "GOOD", false);
        checker.checkAll();
        assertThat(alerts(notifications, employer.userId())).as("a learner without consent is never a candidate").isEmpty();

        Person consenting = AlertFixtures.learner(accounts, port);
        AlertFixtures.profile(consenting, AlertFixtures.HEAT_PUMP, "GOOD", true);
        checker.checkAll();
        checker.checkAll();
        assertThat(alerts(notifications, employer.userId())).singleElement().satisfies(n -> {
            assertThat(n.link()).isEqualTo("/werkgever/behoeften/" + need + "/koppelingen");
            assertThat(n.arguments()).containsExactly("Alert heat pump fitter", "1");
        });

        digest.sendDue(noon(clock, 0));
        List<MimeMessage> mails = TestMail.awaitTo(employer.email(), 1);
        assertThat(mails).hasSize(1);
        assertThat(subject(mails.get(0))).isEqualTo("Cleantech Werkt: 1 new notification");
        assertThat(body(mails.get(0))).contains("New candidates for Alert heat pump fitter: 1")
                .contains("/werkgever/behoeften/" + need + "/koppelingen?lang=en");
    }

    @Test
    void aSavedAdviceAlertsAboutANewCourseThatClosesTheGap() {
        CourseFixtures fixtures = new CourseFixtures(registration);
        String provider = fixtures.provider("Dwonkel Opleidingen");
        Person learner = AlertFixtures.learner(accounts, port);
        AlertFixtures.profile(learner, "http://data.europa.eu/esco/skill/c8ac1986-38fa-43b2-89dc-50a4beeb420e", "GOOD", false);
        learner.session().submit("/profiel/advies", "/profiel/zoekopdrachten/advies",
                java.util.Map.of("occupation", AlertFixtures.HEATING_FITTER));
        assertThat(saved.savedBy(learner.userId())).singleElement()
                .satisfies(item -> assertThat(item.kind()).isEqualTo(WatchKind.ADVICE));
        checker.checkAll();
        assertThat(alerts(notifications, learner.userId())).isEmpty();

        // The new course teaches every essential skill of the occupation, so it enters the advice's top 50
        // whatever other tests left in the shared database (the synthetic catalogue of the generator tests).
        var gap = skills.occupation(AlertFixtures.HEATING_FITTER).orElseThrow().essentialSkills();
        var closing = fixtures.course(provider, "Dwonkel warmtepompen installeren").skill(AlertFixtures.HEAT_PUMP);
        gap.forEach(closing::skill);
        closing.runIn("Apeldoorn", 20).publish();
        var past = fixtures.course(provider, "Dwonkel voorbij").skill(AlertFixtures.HEAT_PUMP);
        gap.forEach(past::skill);
        past.runIn("Apeldoorn", -3).publish();
        checker.checkAll();
        assertThat(alerts(notifications, learner.userId())).singleElement()
                .satisfies(n -> assertThat(n.arguments().get(2)).contains("Dwonkel warmtepompen installeren")
                        .doesNotContain("Dwonkel voorbij"));
    }
}
