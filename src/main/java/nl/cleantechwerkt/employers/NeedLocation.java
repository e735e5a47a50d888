package nl.cleantechwerkt.employers;

/**
 * Where a need is, as the gazetteer resolved it when the need was saved.
 *
 * @param place the place, municipality or postcode area as named ("Twello", "Deventer", "7411")
 * @param municipalityCode CBS code, e.g. GM0150
 */
public record NeedLocation(String place, String municipalityCode, String municipalityName, double latitude,
        double longitude) {
}
