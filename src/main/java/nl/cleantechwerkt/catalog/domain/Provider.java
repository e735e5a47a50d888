package nl.cleantechwerkt.catalog.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.cleantechwerkt.shared.Analyzers;
import nl.cleantechwerkt.shared.ProviderKind;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

@Entity
public class Provider {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String code;

    @FullTextField(analyzer = Analyzers.DUTCH, searchAnalyzer = Analyzers.DUTCH_QUERY)
    @KeywordField(name = "name_keyword", projectable = Projectable.YES)
    private String name;

    @Enumerated(EnumType.STRING)
    private ProviderKind kind;
    private String registrationCode;
    private String website;
    private String municipalityCode;
    private String place;
    private String postcode;
    private String description;
    private Instant createdAt;

    @OneToMany(mappedBy = "provider")
    private List<Course> courses = new ArrayList<>();

    protected Provider() {
    }

    public Provider(String code, String name, ProviderKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.createdAt = Instant.now();
    }

    public void describe(String registrationCode, String website, String municipalityCode, String place, String postcode,
            String description) {
        this.registrationCode = registrationCode;
        this.website = website;
        this.municipalityCode = municipalityCode;
        this.place = place;
        this.postcode = postcode;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ProviderKind getKind() {
        return kind;
    }

    public String getRegistrationCode() {
        return registrationCode;
    }

    public String getWebsite() {
        return website;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public String getPlace() {
        return place;
    }

    public String getDescription() {
        return description;
    }
}
