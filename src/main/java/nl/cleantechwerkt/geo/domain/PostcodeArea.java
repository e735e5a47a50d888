package nl.cleantechwerkt.geo.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class PostcodeArea {

    @Id
    private String pc4;
    private String placeName;
    private String municipalityCode;
    private double latitude;
    private double longitude;

    protected PostcodeArea() {
    }

    public PostcodeArea(String pc4, String placeName, String municipalityCode, double latitude, double longitude) {
        this.pc4 = pc4;
        this.placeName = placeName;
        this.municipalityCode = municipalityCode;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public String getPc4() {
        return pc4;
    }

    public String getPlaceName() {
        return placeName;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public double getLatitude() {
        return latitude;
    }

    public double getLongitude() {
        return longitude;
    }
}
