package nl.cleantechwerkt.matching.web;

import java.util.List;

/**
 * The "Wat past bij mij?" form as it arrives (GET parameters, so a result can be bookmarked
 * and shared): text as typed, checked and converted by the controller.
 *
 * @param occupation an occupation's URI or what the person typed
 * @param skills ticked skills, by the last segment of their ESCO URI (keeps the URL short)
 * @param show whether to show matching courses (the second step)
 */
record QuickMatchForm(String occupation, List<String> skills, String near, String radiusKm, String level, Boolean show) {

    QuickMatchForm {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    public boolean hasOccupation() {
        return occupation != null && !occupation.isBlank();
    }

    public boolean showResults() {
        return Boolean.TRUE.equals(show);
    }
}
