package nl.cleantechwerkt.search.web;

import java.util.List;
import java.util.Locale;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.search.CourseSearch;
import nl.cleantechwerkt.skills.SkillCatalog;
import org.springframework.stereotype.Component;

/** Autocomplete: courses, skills and places that start with what was typed. */
@Component
class Suggestions {

    static final int PER_KIND = 6;

    private final CourseSearch courseSearch;
    private final SkillCatalog skillCatalog;
    private final Gazetteer gazetteer;

    Suggestions(CourseSearch courseSearch, SkillCatalog skillCatalog, Gazetteer gazetteer) {
        this.courseSearch = courseSearch;
        this.skillCatalog = skillCatalog;
        this.gazetteer = gazetteer;
    }

    Result suggest(String text, Locale locale) {
        if (text == null || text.isBlank() || text.length() > 100) {
            return new Result(List.of(), List.of(), List.of());
        }
        List<CourseSuggestion> courses = courseSearch.suggestCourses(text, PER_KIND).stream()
                .map(h -> new CourseSuggestion(h.id(), h.title(), h.provider())).toList();
        List<SkillSuggestion> skills = skillCatalog.suggest(text, locale, PER_KIND).stream()
                .map(s -> new SkillSuggestion(s.uri(), s.label(locale))).toList();
        List<PlaceSuggestion> places = gazetteer.suggest(text, PER_KIND).stream()
                .map(l -> new PlaceSuggestion(l.name(), l.municipalityName())).toList();
        return new Result(courses, skills, places);
    }

    record Result(List<CourseSuggestion> courses, List<SkillSuggestion> skills, List<PlaceSuggestion> places) {
    }

    record CourseSuggestion(long id, String title, String provider) {
    }

    record SkillSuggestion(String uri, String label) {
    }

    record PlaceSuggestion(String name, String municipality) {
    }
}
