package nl.cleantechwerkt.skills;

import java.util.List;
import java.util.Locale;

/**
 * A skill as other modules see it.
 *
 * @param translatedHere true when the Dutch label was written by this project because ESCO's
 *     Dutch label was missing from the source data
 * @param groupNl the skill's group: the preferred label of its first broader ESCO concept
 *     (a skill group such as "elektriciteit en energie"), in Dutch, English when ESCO has no
 *     Dutch label; null when the taxonomy gives none
 * @param groupEn the same in English
 */
public record SkillView(String uri, String labelNl, String labelEn, List<String> altLabelsNl, List<String> altLabelsEn,
        String type, boolean green, boolean translatedHere, String groupNl, String groupEn) {

    /** A skill without a group, as tests and older callers build it. */
    public SkillView(String uri, String labelNl, String labelEn, List<String> altLabelsNl, List<String> altLabelsEn,
            String type, boolean green, boolean translatedHere) {
        this(uri, labelNl, labelEn, altLabelsNl, altLabelsEn, type, green, translatedHere, null, null);
    }

    public String group(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? groupEn : groupNl;
    }

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelNl;
    }
}
