package nl.cleantechwerkt.employers;

import static nl.cleantechwerkt.employers.NeedFixtures.HEATING_TECHNICIAN;
import static nl.cleantechwerkt.employers.NeedFixtures.INSTALL_HEAT_PUMP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.shared.InvalidRequestException;
import nl.cleantechwerkt.shared.NotFoundException;
import nl.cleantechwerkt.skills.SkillCatalog;
import nl.cleantechwerkt.support.EmployerLogins;
import nl.cleantechwerkt.support.EmployerLogins.Employer;
import nl.cleantechwerkt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The read API that matching and insights use, and the rules every saved need obeys. */
class SkillNeedsApiTest extends IntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Employers employers;
    @Autowired
    SkillNeeds needs;
    @Autowired
    SkillCatalog skillCatalog;

    private Employer employer() {
        return EmployerLogins.newEmployer(accounts, employers, port);
    }

    private List<String> essentialSkills() {
        return skillCatalog.occupation(HEATING_TECHNICIAN).orElseThrow().essentialSkills();
    }

    @Test
    void aSavedNeedCarriesItsSkillsOccupationPlaceAndDates() {
        Employer employer = employer();
        String mustOne = essentialSkills().get(0);
        String niceOne = essentialSkills().get(1);
        LocalDate start = LocalDate.now().plusDays(60);
        LocalDate deadline = LocalDate.now().plusDays(20);
        long id = needs.save(employer.userId(), null, new NeedData(NeedKind.BBL, "  Leerling verwarmingsmonteur ",
                HEATING_TECHNICIAN, List.of(NeedSkill.nice(niceOne), NeedSkill.must(mustOne)), 3, "twello", start, deadline));

        SkillNeedView need = needs.need(id).orElseThrow();
        assertThat(need.title()).isEqualTo("Leerling verwarmingsmonteur");
        assertThat(need.kind()).isEqualTo(NeedKind.BBL);
        assertThat(need.status()).isEqualTo(NeedStatus.OPEN);
        assertThat(need.occupationUri()).isEqualTo(HEATING_TECHNICIAN);
        assertThat(need.mustSkills()).containsExactly(mustOne);
        assertThat(need.niceSkills()).containsExactly(niceOne);
        assertThat(need.skills().get(0).importance()).as("musts come first").isEqualTo(Importance.MUST);
        assertThat(need.peopleCount()).isEqualTo(3);
        assertThat(need.location().place()).isEqualTo("Twello");
        assertThat(need.location().municipalityName()).isEqualTo("Voorst");
        assertThat(need.location().municipalityCode()).startsWith("GM");
        assertThat(need.location().latitude()).isBetween(52.2, 52.3);
        assertThat(need.location().longitude()).isBetween(6.0, 6.2);
        assertThat(need.startDate()).isEqualTo(start);
        assertThat(need.deadline()).isEqualTo(deadline);
        EmployerView organisation = employers.organisationOf(employer.userId()).orElseThrow();
        assertThat(need.employerId()).isEqualTo(organisation.id());
        assertThat(need.employerName()).isEqualTo(organisation.name());
    }

    @Test
    void openNeedsLeaveOutFilledAndClosedOnesAndNeedsOfListsOnlyTheEmployersOwn() {
        Employer employer = employer();
        Employer other = employer();
        long open = needs.save(employer.userId(), null, NeedFixtures.vacancy("Open vacature", List.of(NeedSkill.must(INSTALL_HEAT_PUMP))));
        long filled = needs.save(employer.userId(), null, NeedFixtures.vacancy("Vervulde vacature", List.of(NeedSkill.must(INSTALL_HEAT_PUMP))));
        long closed = needs.save(employer.userId(), null, NeedFixtures.vacancy("Gesloten vacature", List.of(NeedSkill.must(INSTALL_HEAT_PUMP))));
        long theirs = needs.save(other.userId(), null, NeedFixtures.vacancy("Andermans vacature", List.of(NeedSkill.must(INSTALL_HEAT_PUMP))));
        needs.markFilled(employer.userId(), filled);
        needs.close(employer.userId(), closed);

        List<Long> openIds = needs.openNeeds().stream().map(SkillNeedView::id).toList();
        assertThat(openIds).contains(open, theirs).doesNotContain(filled, closed);
        long employerId = employers.organisationOf(employer.userId()).orElseThrow().id();
        assertThat(needs.needsOf(employerId)).extracting(SkillNeedView::id).containsExactlyInAnyOrder(open, filled, closed);

        needs.reopen(employer.userId(), closed);
        assertThat(needs.openNeeds()).extracting(SkillNeedView::id).contains(closed);
    }

    @Test
    void checkNamesEveryProblemAtItsFieldAndSaveRefusesWhatItReports() {
        Employer employer = employer();
        NeedData wrong = new NeedData(null, " ", "http://data.europa.eu/esco/occupation/bestaat-niet",
                List.of(NeedSkill.nice(INSTALL_HEAT_PUMP), NeedSkill.must("http://data.europa.eu/esco/skill/bestaat-niet")),
                0, "Atlantis", LocalDate.now(), LocalDate.now().minusDays(1));
        assertThat(needs.check(wrong)).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactlyInAnyOrder(
                tuple("kind", "need.kind.required"),
                tuple("title", "need.title.required"),
                tuple("occupation", "need.occupation.unknown"),
                tuple("peopleCount", "need.people.range"),
                tuple("place", "need.place.unknown"),
                tuple("startDate", "need.start.notAfterToday"),
                tuple("deadline", "need.deadline.past"),
                tuple("skills", "need.skill.unknown"));
        assertThat(needs.check(NeedFixtures.vacancy("Alleen mooi meegenomen", List.of(NeedSkill.nice(INSTALL_HEAT_PUMP)))))
                .extracting(FieldProblem::messageKey).containsExactly("need.skills.mustRequired");
        assertThat(needs.check(NeedFixtures.vacancy("Vandaag uiterlijk", List.of(NeedSkill.must(INSTALL_HEAT_PUMP)))))
                .isEmpty();

        assertThatThrownBy(() -> needs.save(employer.userId(), null, wrong)).isInstanceOf(InvalidRequestException.class);
        long employerId = employers.organisationOf(employer.userId()).orElseThrow().id();
        assertThat(needs.needsOf(employerId)).isEmpty();
    }

    @Test
    void anAccountWithoutAnOrganisationCannotPostANeed() {
        Employer employer = EmployerLogins.newEmployerAccount(accounts, port);
        assertThatThrownBy(() -> needs.save(employer.userId(), null,
                NeedFixtures.vacancy("Zonder organisatie", List.of(NeedSkill.must(INSTALL_HEAT_PUMP)))))
                .isInstanceOf(NotFoundException.class);
    }
}
