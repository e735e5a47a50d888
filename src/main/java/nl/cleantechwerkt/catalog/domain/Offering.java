package nl.cleantechwerkt.catalog.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.cleantechwerkt.catalog.CourseIndex;
import nl.cleantechwerkt.shared.Schedule;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ScaledNumberField;

/**
 * A run of a course: when and where it starts, on which schedule and at what price.
 * Online runs have no place and no coordinates.
 */
@Entity
@GeoPointBinding(fieldName = "location", projectable = Projectable.YES, sortable = Sortable.YES)
public class Offering {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES, searchable = Searchable.YES)
    private LocalDate startDate;
    private LocalDate endDate;
    private LocalDate enrolmentDeadline;

    @GenericField(projectable = Projectable.YES)
    private boolean online;

    @KeywordField(projectable = Projectable.YES)
    private String place;
    private String postcode;

    @Latitude
    private Double latitude;
    @Longitude
    private Double longitude;

    private String municipalityCode;

    @Enumerated(EnumType.STRING)
    @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES)
    private Schedule schedule;

    @ScaledNumberField(decimalScale = 2, projectable = Projectable.YES)
    private BigDecimal priceEur;
    private Integer seats;

    protected Offering() {
    }

    Offering(Course course, OfferingDetails details) {
        this.course = course;
        update(details);
    }

    void update(OfferingDetails d) {
        this.startDate = d.startDate();
        this.endDate = d.endDate();
        this.enrolmentDeadline = d.enrolmentDeadline();
        this.online = d.online();
        this.place = d.online() ? null : d.place();
        this.postcode = d.online() ? null : d.postcode();
        this.municipalityCode = d.online() ? null : d.municipalityCode();
        this.latitude = d.online() ? null : d.latitude();
        this.longitude = d.online() ? null : d.longitude();
        this.schedule = d.schedule();
        this.priceEur = d.priceEur();
        this.seats = d.seats();
    }

    /** Municipality facet value: the CBS code, or {@value CourseIndex#ONLINE} for online runs. */
    @Transient
    @KeywordField(name = "municipalityCode", projectable = Projectable.YES, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "municipalityCode")),
            @ObjectPath(@PropertyValue(propertyName = "online"))})
    public String getMunicipalityFacet() {
        return online ? CourseIndex.ONLINE : municipalityCode;
    }

    /** Start period facet value, e.g. {@code 2027-02}. */
    @Transient
    @KeywordField(name = "startMonth", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "startDate")))
    public String getStartMonth() {
        return startDate == null ? null : MONTH.format(startDate);
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public LocalDate getEnrolmentDeadline() {
        return enrolmentDeadline;
    }

    public boolean isOnline() {
        return online;
    }

    public String getPlace() {
        return place;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public Schedule getSchedule() {
        return schedule;
    }

    public BigDecimal getPriceEur() {
        return priceEur;
    }

    public Integer getSeats() {
        return seats;
    }
}
