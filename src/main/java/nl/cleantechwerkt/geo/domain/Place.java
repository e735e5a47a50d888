package nl.cleantechwerkt.geo.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Place {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String municipalityCode;
    private double latitude;
    private double longitude;

    protected Place() {
    }

    public Place(String name, String municipalityCode, double latitude, double longitude) {
        this.name = name;
        this.municipalityCode = municipalityCode;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public String getName() {
        return name;
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
