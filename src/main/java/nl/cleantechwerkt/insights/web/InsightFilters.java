package nl.cleantechwerkt.insights.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of an insight page as typed, bound from the GET form ({@code ?municipality=GM0150&level=MBO-4&from=2026-01&to=2026-12}):
 * kept as text so a wrong value can be shown back next to its message.
 */
record InsightFilters(String municipality, String level, String from, String to) {

    InsightFilters {
        municipality = trim(municipality);
        level = trim(level);
        from = trim(from);
        to = trim(to);
    }

    /** The same filters on another path: export links and the language switch keep them. */
    String on(String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        add(uri, "municipality", municipality);
        add(uri, "level", level);
        add(uri, "from", from);
        add(uri, "to", to);
        return uri.encode().build().toUriString();
    }

    /** A short suffix for file names: "-GM0150-MBO-4-2026-01-2026-12", empty without filters. */
    String fileSuffix() {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {municipality, level, from, to}) {
            if (!part.isEmpty()) {
                b.append('-').append(part.replaceAll("[^A-Za-z0-9-]", ""));
            }
        }
        return b.toString();
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (!value.isEmpty()) {
            uri.queryParam(name, value);
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
