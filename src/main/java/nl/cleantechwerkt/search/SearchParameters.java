package nl.cleantechwerkt.search;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Search parameters exactly as they arrive in the URL, for pages and API alike. Everything is
 * text here; {@link SearchParametersParser} validates and converts them.
 */
public record SearchParameters(String q, List<String> level, List<String> mode, List<String> municipality, String near,
        String radiusKm, List<String> language, List<String> skill, List<String> provider, List<String> start,
        String startFrom, String startTo, String sort, String page, String size) {

    /** The parameters that say what is searched for, in URL order; paging is not among them. */
    private static final Map<String, Function<SearchParameters, List<String>>> QUERY_PARAMETERS = queryParameters();

    public SearchParameters {
        level = orEmpty(level);
        mode = orEmpty(mode);
        municipality = orEmpty(municipality);
        language = orEmpty(language);
        skill = orEmpty(skill);
        provider = orEmpty(provider);
        start = orEmpty(start);
    }

    /** The parameters of a URL query (as {@link #queryString()} writes it, or as a browser sends it). */
    public static SearchParameters of(MultiValueMap<String, String> url) {
        return new SearchParameters(url.getFirst("q"), url.get("level"), url.get("mode"), url.get("municipality"),
                url.getFirst("near"), url.getFirst("radiusKm"), url.get("language"), url.get("skill"), url.get("provider"),
                url.get("start"), url.getFirst("startFrom"), url.getFirst("startTo"), url.getFirst("sort"), null, null);
    }

    /** Parses a query string such as {@code q=warmtepomp&level=MBO-4} (form encoding); a leading {@code ?} is allowed. */
    public static SearchParameters ofQueryString(String query) {
        String plain = query == null ? "" : query.startsWith("?") ? query.substring(1) : query;
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        for (String pair : plain.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                values.add(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return of(values);
    }

    /**
     * What is searched for as an encoded query string without paging ({@code q=warmtepomp&level=MBO-4}),
     * the same for the same search whichever order the browser sent: what a saved search stores and
     * re-runs with {@code /zoeken?} in front.
     */
    public String queryString() {
        StringJoiner query = new StringJoiner("&");
        QUERY_PARAMETERS.forEach((name, values) -> values.apply(this).forEach(v -> query.add(name + "=" + encode(v))));
        return query.toString();
    }

    private static Map<String, Function<SearchParameters, List<String>>> queryParameters() {
        Map<String, Function<SearchParameters, List<String>>> p = new LinkedHashMap<>();
        p.put("q", s -> one(s.q()));
        p.put("level", SearchParameters::level);
        p.put("mode", SearchParameters::mode);
        p.put("municipality", SearchParameters::municipality);
        p.put("near", s -> one(s.near()));
        p.put("radiusKm", s -> s.near() == null || s.near().isBlank() ? List.of() : one(s.radiusKm()));
        p.put("language", SearchParameters::language);
        p.put("skill", SearchParameters::skill);
        p.put("provider", SearchParameters::provider);
        p.put("start", SearchParameters::start);
        p.put("startFrom", s -> one(s.startFrom()));
        p.put("startTo", s -> one(s.startTo()));
        p.put("sort", s -> one(s.sort()));
        return p;
    }

    private static List<String> one(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.strip());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
