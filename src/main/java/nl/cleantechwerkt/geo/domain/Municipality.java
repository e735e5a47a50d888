package nl.cleantechwerkt.geo.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Municipality {

    @Id
    private String code;
    private String name;
    private double latitude;
    private double longitude;
    @Column(name = "in_region")
    private boolean inRegion;

    protected Municipality() {
    }

    public Municipality(String code, String name, double latitude, double longitude, boolean inRegion) {
        this.code = code;
        this.name = name;
        this.latitude = latitude;
        this.longitude = longitude;
        this.inRegion = inRegion;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public double getLatitude() {
        return latitude;
    }

    public double getLongitude() {
        return longitude;
    }

    public boolean isInRegion() {
        return inRegion;
    }
}
