package nl.cleantechwerkt.matching;

import java.util.List;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.support.CourseFixtures;

/**
 * Someone who wants to become a heat pump installer (ESCO "refrigeration air condition and heat
 * pump technician", in Dutch "technicus koel-, lucht- en verwarmingstechniek", alternative label
 * "monteur warmtepomp installatie") and has basic electrical skills, living in Deventer; and the
 * courses of one provider around them, in and out of reach.
 */
final class HeatPumpFixture {

    static final String OCCUPATION = "http://data.europa.eu/esco/occupation/8234eee9-1647-460d-8d62-7fe02cb884b0";

    static final String INSTALL_HEAT_PUMP = skill("00735755-adc6-4ea0-b034-b8caff339c9f");
    static final String REFRIGERANTS = skill("0b95eb5d-f3eb-4387-a0bb-094a394196c7");
    static final String TEST_TIGHTNESS = skill("bce60ecd-ceee-4dbd-b619-70c9789ec634");
    static final String REFRIGERANT_PUMPS = skill("0654d206-36a6-4d37-bb98-eb8bd33af3c5");
    static final String THERMODYNAMICS = skill("857e8624-4db0-4725-a758-5914bd8cc350");
    static final String TEST_RUN = skill("465ff64a-1271-4064-8ed1-e969cb68d8b4");
    static final String RECORD_TEST_DATA = skill("328733a7-6d84-420d-a65c-2a8014fadc60");
    static final String MEASUREMENT_INSTRUMENTS = skill("b92758d4-4591-4df1-9ceb-f907aa71ebd9");

    /** Basic electrical skills, all essential to the occupation. */
    static final String ELECTRICITY = skill("c8ac1986-38fa-43b2-89dc-50a4beeb420e");
    static final String ELECTRONICS = skill("95c35c3a-035f-47c2-90cf-7e934d20fc08");
    static final String INSTALL_ELECTRICAL = skill("52797dce-911c-4e6d-b0cb-491f6469014f");
    static final String MAINTAIN_ELECTRICAL = skill("386774ac-fe5b-431a-b485-9aec0bf5c09e");
    static final String MEASURE_ELECTRICAL = skill("270de514-3206-4cf9-b122-0f148ab06fa1");
    static final List<String> BASIC_ELECTRICAL = List.of(ELECTRICITY, ELECTRONICS, INSTALL_ELECTRICAL, MAINTAIN_ELECTRICAL,
            MEASURE_ELECTRICAL);

    /** Deventer to Zutphen is about 13 km, to Hattem about 25 km. */
    static final String NEAR = "Deventer";
    static final double RADIUS_KM = 15;

    final String provider;
    final long heatPumpZutphen;
    final long heatPumpOnline;
    final long measuringDeventer;
    final long advancedHeatPumpDeventer;
    final long electricalOnly;
    final long heatPumpHattem;
    final long heatPumpStarted;

    HeatPumpFixture(CourseRegistration registration, String providerName) {
        CourseFixtures fixtures = new CourseFixtures(registration);
        provider = fixtures.provider(providerName);
        heatPumpZutphen = fixtures.course(provider, "Warmtepompen installeren en in bedrijf stellen")
                .level(Level.MBO_3).skill(INSTALL_HEAT_PUMP).skill(REFRIGERANTS).skill(TEST_TIGHTNESS).skill(REFRIGERANT_PUMPS)
                .skill(ELECTRICITY).runIn("Zutphen", 30).runIn("Deventer", -5).publish();
        heatPumpOnline = fixtures.course(provider, "Warmtepomptechniek op afstand")
                .skill(INSTALL_HEAT_PUMP).skill(REFRIGERANTS).skill(TEST_TIGHTNESS).onlineRun(20).publish();
        measuringDeventer = fixtures.course(provider, "Meten en testen in de installatietechniek")
                .skill(TEST_RUN).skill(RECORD_TEST_DATA).skill(MEASUREMENT_INSTRUMENTS).runIn("Deventer", 10).publish();
        advancedHeatPumpDeventer = fixtures.course(provider, "Warmtepompen voor gevorderden")
                .level(Level.MBO_4).entryLevel(Level.MBO_4).skill(INSTALL_HEAT_PUMP).skill(REFRIGERANTS).skill(TEST_TIGHTNESS)
                .skill(REFRIGERANT_PUMPS).runIn("Deventer", 20).publish();
        electricalOnly = fixtures.course(provider, "Stroom en spanning voor beginners")
                .skill(ELECTRICITY).skill(ELECTRONICS).skill(MAINTAIN_ELECTRICAL).runIn("Deventer", 5).publish();
        heatPumpHattem = fixtures.course(provider, "Warmtepompen in Hattem")
                .skill(INSTALL_HEAT_PUMP).skill(REFRIGERANTS).skill(TEST_TIGHTNESS).skill(REFRIGERANT_PUMPS).skill(THERMODYNAMICS)
                .runIn("Hattem", 15).publish();
        heatPumpStarted = fixtures.course(provider, "Warmtepompen, al begonnen")
                .skill(INSTALL_HEAT_PUMP).skill(REFRIGERANTS).skill(TEST_TIGHTNESS).skill(REFRIGERANT_PUMPS).skill(THERMODYNAMICS)
                .runIn("Deventer", -1).runIn("Zutphen", -40).publish();
    }

    /** Courses that must never be offered to this person within 15 km of Deventer. */
    List<Long> outOfReach() {
        return List.of(electricalOnly, heatPumpHattem, heatPumpStarted);
    }

    private static String skill(String id) {
        return "http://data.europa.eu/esco/skill/" + id;
    }
}
