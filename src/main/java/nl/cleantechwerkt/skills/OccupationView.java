package nl.cleantechwerkt.skills;

import java.util.List;
import java.util.Locale;

/** An ESCO occupation with the URIs of its essential and optional skills. */
public record OccupationView(String uri, String labelNl, String labelEn, String domain,
        List<String> essentialSkills, List<String> optionalSkills) {

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelNl;
    }
}
