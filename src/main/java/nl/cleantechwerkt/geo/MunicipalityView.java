package nl.cleantechwerkt.geo;

/** A municipality as shown in lists and facets. */
public record MunicipalityView(String code, String name, boolean inRegion, double latitude, double longitude) {
}
