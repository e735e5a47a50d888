package nl.cleantechwerkt.search;

/** A facet value with the number of courses that have it among the current results. */
public record FacetValue(String value, long count) {
}
