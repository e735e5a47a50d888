package nl.cleantechwerkt.employers.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import nl.cleantechwerkt.shared.Sector;

/** An employer organisation; it belongs to one account (the user id), which is how ownership is decided. */
@Entity
public class Employer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long userId;
    private String name;
    private String kvkNumber;
    private String municipalityCode;
    @Enumerated(EnumType.STRING)
    private Sector sector;
    private Instant createdAt;
    private Instant updatedAt;

    protected Employer() {
    }

    public Employer(long userId, Instant now) {
        this.userId = userId;
        this.createdAt = now;
    }

    public void describe(String name, String kvkNumber, String municipalityCode, Sector sector, Instant now) {
        this.name = name;
        this.kvkNumber = kvkNumber;
        this.municipalityCode = municipalityCode;
        this.sector = sector;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getKvkNumber() {
        return kvkNumber;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public Sector getSector() {
        return sector;
    }
}
