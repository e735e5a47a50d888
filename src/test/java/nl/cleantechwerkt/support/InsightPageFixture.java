package nl.cleantechwerkt.support;

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
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.Sector;

/**
 * The insight pages' own slice of the region: needs of one employer in Hattem and one school in
 * Hattem, on three skills of one ESCO group that no other fixture uses. By hand:
 *
 * <pre>
 * 6 needs, 1 person each: BOILERS must, WATER_HEATING nice  → BOILERS 6 from 6 needs, WATER_HEATING 3 from 6
 * 2 needs, 2 people each: TURBINES must                     → TURBINES 4 from 2 needs (suppressed publicly)
 * the school's course teaches WATER_HEATING, one run in Hattem in {@link #RUN_IN_DAYS} days, 12 seats
 * </pre>
 *
 * So in Hattem: BOILERS is demand without supply (unmet), WATER_HEATING has one course, TURBINES is
 * shown only to the admin; the school teaches WATER_HEATING, so BOILERS and TURBINES (same group)
 * are the demand it could meet.
 */
public final class InsightPageFixture {

    /** "ketels bedienen". */
    public static final String BOILERS = "http://data.europa.eu/esco/skill/68bb49f4-59b7-489e-8903-4aea01fb5fc3";
    /** "stoomturbines bedienen". */
    public static final String TURBINES = "http://data.europa.eu/esco/skill/7594068e-1a9d-4d39-b6f8-aa10f9792d2d";
    /** "waterverwarmingsapparatuur gebruiken". */
    public static final String WATER_HEATING = "http://data.europa.eu/esco/skill/988f696e-01c9-4aa5-b024-4aa96505ee0c";
    public static final String BOILERS_NL = "ketels bedienen";
    public static final String TURBINES_NL = "stoomturbines bedienen";
    public static final String WATER_HEATING_NL = "waterverwarmingsapparatuur gebruiken";
    public static final String GROUP_NL = "bedienen van apparatuur voor energieproductie en -distributie";
    public static final String HATTEM = "GM0244";
    public static final int RUN_IN_DAYS = 45;
    public static final String PASSWORD = "vraag en aanbod in beeld";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** The school's provider code and its user's e-mail address (password {@link #PASSWORD}). */
    public final String provider;
    public final String schoolEmail;

    public InsightPageFixture(Accounts accounts, Employers employers, SkillNeeds needs, CourseRegistration registration) {
        int n = SEQUENCE.incrementAndGet();
        String employerEmail = "ketelhuis" + n + "@werkgever.test";
        accounts.register(employerEmail, PASSWORD, "Ketelhuis Werkgever", Role.EMPLOYER);
        long employer = accounts.find(employerEmail).orElseThrow().id();
        employers.saveOrganisation(employer, new EmployerData("Ketelhuis Hattem " + n, "11223344", "Hattem", Sector.GENERAL));
        for (int i = 0; i < 6; i++) {
            need(needs, employer, 1, NeedSkill.must(BOILERS), NeedSkill.nice(WATER_HEATING));
        }
        for (int i = 0; i < 2; i++) {
            need(needs, employer, 2, NeedSkill.must(TURBINES));
        }
        CourseFixtures courses = new CourseFixtures(registration);
        provider = courses.provider("Ketelschool Hattem " + n);
        courses.course(provider, "Warm water en ketelhuis " + n).level(Level.MBO_3).skill(WATER_HEATING)
                .runIn("Hattem", RUN_IN_DAYS).publish();
        schoolEmail = "ketelschool" + n + "@school.test";
        accounts.create(schoolEmail, PASSWORD, "Ketelschool", Role.SCHOOL, provider);
    }

    private static void need(SkillNeeds needs, long employer, int people, NeedSkill... skills) {
        needs.save(employer, null, new NeedData(NeedKind.VACANCY, "Ketelhuis vacature", null, List.of(skills), people, "Hattem",
                null, LocalDate.now().plusMonths(3)));
    }
}
