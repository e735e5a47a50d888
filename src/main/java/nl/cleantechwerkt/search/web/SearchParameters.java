package nl.cleantechwerkt.search.web;

import java.util.List;

/**
 * Search parameters exactly as they arrive in the URL, for pages and API alike. Everything is
 * text here; {@link SearchParametersParser} validates and converts them.
 */
public record SearchParameters(String q, List<String> level, List<String> mode, List<String> municipality, String near,
        String radiusKm, List<String> language, List<String> skill, List<String> provider, List<String> start,
        String startFrom, String startTo, String sort, String page, String size) {

    public SearchParameters {
        level = orEmpty(level);
        mode = orEmpty(mode);
        municipality = orEmpty(municipality);
        language = orEmpty(language);
        skill = orEmpty(skill);
        provider = orEmpty(provider);
        start = orEmpty(start);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
