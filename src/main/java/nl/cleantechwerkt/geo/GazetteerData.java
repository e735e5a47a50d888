package nl.cleantechwerkt.geo;

import java.util.List;

/** Reference data to load into the gazetteer (from seed-data). */
public record GazetteerData(List<MunicipalityRow> municipalities, List<PlaceRow> places, List<PostcodeRow> postcodes) {

    public record MunicipalityRow(String code, String name, double latitude, double longitude, boolean inRegion) {
    }

    public record PlaceRow(String name, String municipalityName, double latitude, double longitude) {
    }

    public record PostcodeRow(String pc4, String placeName, String municipalityName, double latitude, double longitude) {
    }
}
