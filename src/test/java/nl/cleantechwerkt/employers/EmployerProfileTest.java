package nl.cleantechwerkt.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.shared.Sector;
import nl.cleantechwerkt.support.EmployerLogins;
import nl.cleantechwerkt.support.EmployerLogins.Employer;
import nl.cleantechwerkt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An employer describes its organisation on its first visit, and changes it later. */
class EmployerProfileTest extends IntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Employers employers;

    private static Map<String, String> organisation(String name, String kvk, String municipality, String sector) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("kvkNumber", kvk);
        form.put("municipality", municipality);
        form.put("sector", sector);
        return form;
    }

    @Test
    void aNewEmployerIsAskedForItsOrganisationFirstAndFindsItBackAfterSaving() {
        Employer employer = EmployerLogins.newEmployerAccount(accounts, port);
        HttpResponse<String> needsFirst = employer.session().get("/werkgever/behoeften");
        assertThat(needsFirst.statusCode()).isEqualTo(302);
        assertThat(needsFirst.headers().firstValue("Location").orElseThrow()).endsWith("/werkgever?eerst");
        assertThat(employer.session().get("/werkgever?eerst").body()).contains("Beschrijf eerst jullie organisatie")
                .contains("Organisatie aanmaken");

        HttpResponse<String> created = employer.session().submit("/werkgever", "/werkgever",
                organisation("Zon & Warmte BV", "12 34.56 78", "deventer", "ENERGY_TRANSITION"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/werkgever/behoeften?welkom");
        assertThat(employer.session().get("/werkgever/behoeften?welkom").body()).contains("Behoeften van Zon &amp; Warmte BV")
                .contains("Nog geen behoeften geplaatst.");

        EmployerView saved = employers.organisationOf(employer.userId()).orElseThrow();
        assertThat(saved.name()).isEqualTo("Zon & Warmte BV");
        assertThat(saved.kvkNumber()).isEqualTo("12345678");
        assertThat(saved.municipalityCode()).isEqualTo("GM0150");
        assertThat(saved.sector()).isEqualTo(Sector.ENERGY_TRANSITION);
        String page = employer.session().get("/werkgever").body();
        assertThat(page).contains("value=\"Zon &amp; Warmte BV\"").contains("value=\"12345678\"").contains("value=\"Deventer\"")
                .containsPattern("<option value=\"ENERGY_TRANSITION\" selected")
                .doesNotContain("Organisatie aanmaken");

        HttpResponse<String> changed = employer.session().submit("/werkgever", "/werkgever",
                organisation("Zon & Warmte BV", "12345678", "Utrecht", "CONSTRUCTION"));
        assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/werkgever?opgeslagen");
        EmployerView moved = employers.organisationOf(employer.userId()).orElseThrow();
        assertThat(moved.id()).as("still the one organisation").isEqualTo(saved.id());
        assertThat(moved.municipalityCode()).as("a municipality outside the region").isEqualTo("GM0344");
        assertThat(moved.sector()).isEqualTo(Sector.CONSTRUCTION);
    }

    @Test
    void theKvkNumberMustHaveEightDigitsAndEveryWrongFieldIsNamed() {
        Employer employer = EmployerLogins.newEmployerAccount(accounts, port);
        for (String kvk : new String[] {"1234567", "123456789", "1234567a", ""}) {
            HttpResponse<String> refused = employer.session().submit("/werkgever", "/werkgever",
                    organisation("Windpark Zuid", kvk, "Epe", "ENERGY_TRANSITION"));
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).as(kvk).contains("Een KvK-nummer heeft precies 8 cijfers.")
                    .contains("aria-invalid=\"true\"");
        }
        String all = employer.session().submit("/werkgever", "/werkgever", organisation(" ", "12", "Atlantis", "")).body();
        assertThat(all).contains("Vul de naam van de organisatie in.").contains("Een KvK-nummer heeft precies 8 cijfers.")
                .contains("We kennen geen Nederlandse gemeente Atlantis.").contains("Kies de sector.");
        String english = employer.session().submit("/werkgever", "/werkgever?lang=en", organisation(" ", "12", "Atlantis", ""))
                .body();
        assertThat(english).contains("Please enter the name of the organisation.").contains("A KvK number has exactly 8 digits.")
                .contains("We know no Dutch municipality Atlantis.").contains("Please choose the sector.");
        assertThat(employers.organisationOf(employer.userId())).isEmpty();
    }
}
