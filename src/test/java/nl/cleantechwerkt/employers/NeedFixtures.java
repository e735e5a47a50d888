package nl.cleantechwerkt.employers;

import java.time.LocalDate;
import java.util.List;

/** Needs that pass every check, to change one value at a time in tests. */
final class NeedFixtures {

    /** ESCO "verwarmingsmonteur" (heating technician), with essential skills in the seeded taxonomy. */
    static final String HEATING_TECHNICIAN = "http://data.europa.eu/esco/occupation/7259dc48-004a-4ceb-aa4e-5bbd548c2397";
    /** ESCO "warmtepompen installeren" (install heat pump). */
    static final String INSTALL_HEAT_PUMP = "http://data.europa.eu/esco/skill/00735755-adc6-4ea0-b034-b8caff339c9f";

    private NeedFixtures() {
    }

    static NeedData vacancy(String title, List<NeedSkill> skills) {
        return new NeedData(NeedKind.VACANCY, title, null, skills, 2, "Deventer", LocalDate.now().plusDays(30),
                LocalDate.now().plusDays(14));
    }

    static NeedData in(NeedData d, String place) {
        return new NeedData(d.kind(), d.title(), d.occupationUri(), d.skills(), d.peopleCount(), place, d.startDate(),
                d.deadline());
    }
}
