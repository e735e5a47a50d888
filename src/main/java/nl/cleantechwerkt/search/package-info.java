/**
 * Course search: Dutch full-text analysis, filters with facet counts, distance and start
 * dates, suggestions, highlighting, and the search pages and JSON API.
 * {@link nl.cleantechwerkt.search.CourseSearch} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search", allowedDependencies = {"shared", "skills", "geo", "catalog"})
package nl.cleantechwerkt.search;
