package nl.cleantechwerkt.employers.web;

import nl.cleantechwerkt.employers.EmployerData;
import nl.cleantechwerkt.employers.EmployerView;
import nl.cleantechwerkt.shared.Sector;

/** The organisation profile form; every value arrives as text and is checked by {@code Employers.check}. */
record OrganisationForm(String name, String kvkNumber, String municipality, String sector) {

    static OrganisationForm empty() {
        return new OrganisationForm("", "", "", "");
    }

    static OrganisationForm of(EmployerView e) {
        return new OrganisationForm(e.name(), e.kvkNumber(), e.municipalityName(), e.sector().name());
    }

    EmployerData toData() {
        return new EmployerData(name, kvkNumber, municipality, Sector.fromCode(sector).orElse(null));
    }
}
