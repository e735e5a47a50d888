package nl.cleantechwerkt.geo;

/**
 * A resolved point of the region: a municipality centre, a place or a postcode area.
 *
 * @param name what the user typed it as, normalised (e.g. "Deventer", "Twello", "7411")
 * @param kind what kind of location it is
 * @param municipalityCode CBS code, e.g. GM0150
 * @param municipalityName municipality the point lies in
 */
public record Location(String name, Kind kind, String municipalityCode, String municipalityName,
        double latitude, double longitude) {

    public enum Kind { MUNICIPALITY, PLACE, POSTCODE }
}
