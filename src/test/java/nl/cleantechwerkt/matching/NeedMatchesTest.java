package nl.cleantechwerkt.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.employers.Employers;
import nl.cleantechwerkt.employers.Importance;
import nl.cleantechwerkt.employers.NeedData;
import nl.cleantechwerkt.employers.NeedKind;
import nl.cleantechwerkt.employers.NeedSkill;
import nl.cleantechwerkt.employers.SkillNeeds;
import nl.cleantechwerkt.support.CourseFixtures;
import nl.cleantechwerkt.support.EmployerLogins;
import nl.cleantechwerkt.support.EmployerLogins.Employer;
import nl.cleantechwerkt.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An employer's need shows the courses that teach its skills near its place, explained; only to its owner. */
@Tag("db")
class NeedMatchesTest extends IntegrationTest {

    private static final String HEAT_PUMP = "http://data.europa.eu/esco/skill/00735755-adc6-4ea0-b034-b8caff339c9f";
    private static final String ELECTRICITY = "http://data.europa.eu/esco/skill/c8ac1986-38fa-43b2-89dc-50a4beeb420e";

    @Autowired
    Accounts accounts;
    @Autowired
    Employers employers;
    @Autowired
    SkillNeeds needs;
    @Autowired
    CourseRegistration registration;

    @Test
    void aNeedShowsTheCoursesThatTeachItsSkillsNearbyWithTheirReasons() {
        CourseFixtures fixtures = new CourseFixtures(registration);
        String provider = fixtures.provider("Koppelcollege");
        fixtures.course(provider, "Koppeltest warmtepomp en elektra Zutphen").skill(HEAT_PUMP).skill(ELECTRICITY)
                .runIn("Zutphen", 20).publish();
        fixtures.course(provider, "Koppeltest warmtepomp Zutphen").skill(HEAT_PUMP).runIn("Zutphen", 25).publish();
        fixtures.course(provider, "Koppeltest warmtepomp Hattem").skill(HEAT_PUMP).runIn("Hattem", 20).publish();
        fixtures.course(provider, "Koppeltest warmtepomp voorbij").skill(HEAT_PUMP).runIn("Zutphen", -10).publish();

        Employer employer = EmployerLogins.newEmployer(accounts, employers, port);
        long need = needs.save(employer.userId(), null, new NeedData(NeedKind.VACANCY, "Warmtepompmonteur Lochem", null,
                List.of(new NeedSkill(HEAT_PUMP, Importance.MUST), new NeedSkill(ELECTRICITY, Importance.NICE)), 2, "Lochem",
                LocalDate.now().plusMonths(2), null));

        assertThat(employer.session().get("/werkgever/behoeften/" + need).body())
                .contains("hx-get=\"/werkgever/behoeften/" + need + "/koppelingen\"");
        String page = employer.session().get("/werkgever/behoeften/" + need + "/koppelingen").body();
        assertThat(page).contains("Koppelingen voor Warmtepompmonteur Lochem");
        assertThat(page.indexOf("Koppeltest warmtepomp en elektra Zutphen")).as("teaches both: first")
                .isPositive().isLessThan(page.indexOf("Koppeltest warmtepomp Zutphen<"));
        assertThat(page).doesNotContain("Koppeltest warmtepomp Hattem").doesNotContain("Koppeltest warmtepomp voorbij");
        assertThat(page).contains("Leert 2 van de 2 gevraagde vaardigheden").contains("km van Lochem");

        Employer other = EmployerLogins.newEmployer(accounts, employers, port);
        assertThat(other.session().get("/werkgever/behoeften/" + need + "/koppelingen").statusCode()).isEqualTo(404);
    }
}
