package nl.cleantechwerkt.skills;

import java.util.List;
import java.util.Locale;

/**
 * A skill as other modules see it.
 *
 * @param translatedHere true when the Dutch label was written by this project because ESCO's
 *     Dutch label was missing from the source data
 */
public record SkillView(String uri, String labelNl, String labelEn, List<String> altLabelsNl, List<String> altLabelsEn,
        String type, boolean green, boolean translatedHere) {

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelNl;
    }
}
