package nl.cleantechwerkt.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for lenient matching of names and words: accents removed, lowercase, every run of
 * other characters turned into one space ("Fotovoltaïsche  PV-panelen" → "fotovoltaische pv panelen").
 */
public final class TextFolding {

    private TextFolding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
