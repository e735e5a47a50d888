package nl.cleantechwerkt.search.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.cleantechwerkt.catalog.CourseCatalog;
import nl.cleantechwerkt.catalog.CourseIndex;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.geo.MunicipalityView;
import nl.cleantechwerkt.search.CourseQuery;
import nl.cleantechwerkt.search.CourseResults;
import nl.cleantechwerkt.search.Facet;
import nl.cleantechwerkt.search.FacetValue;
import nl.cleantechwerkt.skills.SkillCatalog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Turns search results into what the results page shows: facet options with labels and the
 * link that toggles them, filter chips with their remove link, and page links. Links are plain
 * URLs so everything works without JavaScript.
 */
@Component
class SearchPageModel {

    static final String PATH = "/zoeken";

    private final MessageSource messages;
    private final Gazetteer gazetteer;
    private final SkillCatalog skillCatalog;
    private final CourseCatalog courseCatalog;

    SearchPageModel(MessageSource messages, Gazetteer gazetteer, SkillCatalog skillCatalog, CourseCatalog courseCatalog) {
        this.messages = messages;
        this.gazetteer = gazetteer;
        this.skillCatalog = skillCatalog;
        this.courseCatalog = courseCatalog;
    }

    record Option(String value, String label, long count, boolean selected, String url) {
    }

    record FacetView(String name, String title, List<Option> options) {
    }

    record Chip(String label, String removeUrl) {
    }

    record PageLink(int number, String url, boolean current) {
    }

    /** Provider code → name, read once per page for facet and chip labels. */
    Map<String, String> providerNames() {
        Map<String, String> names = new LinkedHashMap<>();
        courseCatalog.providers().forEach(p -> names.put(p.code(), p.name()));
        return names;
    }

    List<FacetView> facets(CourseResults results, CourseQuery query, MultiValueMap<String, String> params, Locale locale,
            Map<String, String> providerNames) {
        List<FacetView> views = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            List<FacetValue> values = results.facets().getOrDefault(facet, List.of());
            List<Option> options = values.stream()
                    .filter(v -> v.count() > 0 || query.values(facet).contains(v.value()))
                    .map(v -> new Option(v.value(), label(facet, v.value(), locale, providerNames), v.count(),
                            query.values(facet).contains(v.value()), toggle(params, facet.param(), v.value())))
                    .toList();
            if (!options.isEmpty()) {
                views.add(new FacetView(facet.param(), messages.getMessage("facet." + facet.param(), null, locale), options));
            }
        }
        return views;
    }

    List<Chip> chips(CourseQuery query, MultiValueMap<String, String> params, Locale locale, Map<String, String> providerNames) {
        List<Chip> chips = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            for (String value : query.values(facet)) {
                chips.add(new Chip(messages.getMessage("facet." + facet.param(), null, locale) + ": "
                        + label(facet, value, locale, providerNames), toggle(params, facet.param(), value)));
            }
        }
        if (query.near() != null) {
            chips.add(new Chip(messages.getMessage("search.chip.near", new Object[] {query.near().name(),
                    Math.round(query.radiusKm())}, locale), without(params, "near", "radiusKm")));
        }
        if (query.startFrom() != null) {
            chips.add(new Chip(messages.getMessage("search.chip.startFrom", new Object[] {query.startFrom()}, locale),
                    without(params, "startFrom")));
        }
        if (query.startTo() != null) {
            chips.add(new Chip(messages.getMessage("search.chip.startTo", new Object[] {query.startTo()}, locale),
                    without(params, "startTo")));
        }
        return chips;
    }

    List<PageLink> pages(CourseResults results, MultiValueMap<String, String> params) {
        int count = results.pageCount();
        List<PageLink> links = new ArrayList<>();
        int from = Math.max(0, results.page() - 4);
        int to = Math.min(count - 1, from + 8);
        for (int i = from; i <= to; i++) {
            MultiValueMap<String, String> p = new LinkedMultiValueMap<>(params);
            p.set("page", String.valueOf(i));
            links.add(new PageLink(i + 1, url(p), i == results.page()));
        }
        return links;
    }

    String urlWith(MultiValueMap<String, String> params, String name, String value) {
        MultiValueMap<String, String> p = new LinkedMultiValueMap<>(params);
        p.remove("page");
        p.set(name, value);
        return url(p);
    }

    String label(Facet facet, String value, Locale locale, Map<String, String> providerNames) {
        return switch (facet) {
            case LEVEL -> messages.getMessage("level." + value, null, value, locale);
            case MODE -> messages.getMessage("mode." + value, null, value, locale);
            case LANGUAGE -> messages.getMessage("language." + value, null, value, locale);
            case MUNICIPALITY -> CourseIndex.ONLINE.equals(value) ? messages.getMessage("search.online", null, locale)
                    : gazetteer.municipality(value).map(MunicipalityView::name).orElse(value);
            case START -> monthLabel(value, locale);
            case SKILL -> skillCatalog.skill(value).map(s -> s.label(locale)).orElse(value);
            case PROVIDER -> providerNames.getOrDefault(value, value);
        };
    }

    static String monthLabel(String value, Locale locale) {
        YearMonth month = YearMonth.parse(value);
        return month.getMonth().getDisplayName(TextStyle.FULL, locale) + " " + month.getYear();
    }

    private static String toggle(MultiValueMap<String, String> params, String name, String value) {
        MultiValueMap<String, String> p = new LinkedMultiValueMap<>(params);
        p.remove("page");
        List<String> values = new ArrayList<>(p.getOrDefault(name, List.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        if (values.isEmpty()) {
            p.remove(name);
        } else {
            p.put(name, values);
        }
        return url(p);
    }

    private static String without(MultiValueMap<String, String> params, String... names) {
        MultiValueMap<String, String> p = new LinkedMultiValueMap<>(params);
        p.remove("page");
        for (String name : names) {
            p.remove(name);
        }
        return url(p);
    }

    static String url(MultiValueMap<String, String> params) {
        MultiValueMap<String, String> clean = new LinkedMultiValueMap<>();
        params.forEach((k, v) -> {
            List<String> nonBlank = v.stream().filter(s -> s != null && !s.isBlank()).toList();
            if (!nonBlank.isEmpty() && !"lang".equals(k)) {
                clean.put(k, nonBlank);
            }
        });
        return UriComponentsBuilder.fromPath(PATH).queryParams(clean).encode().build().toUriString();
    }

    List<MunicipalityView> municipalities() {
        return gazetteer.regionMunicipalities();
    }


}
