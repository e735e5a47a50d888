package nl.cleantechwerkt.employers.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.cleantechwerkt.employers.NeedKind;
import nl.cleantechwerkt.employers.NeedStatus;

/** What an employer needs: people with certain skills, how many, where and when. */
@Entity
public class SkillNeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employer_id")
    private Employer employer;

    @Enumerated(EnumType.STRING)
    private NeedKind kind;
    private String title;
    private String occupationUri;
    private int peopleCount;
    private String place;
    private String municipalityCode;
    private double latitude;
    private double longitude;
    private LocalDate startDate;
    private LocalDate deadline;
    @Enumerated(EnumType.STRING)
    private NeedStatus status;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "skill_need_skill", joinColumns = @JoinColumn(name = "need_id"))
    private Set<RequiredSkill> skills = new LinkedHashSet<>();

    protected SkillNeed() {
    }

    public SkillNeed(Employer employer, Instant now) {
        this.employer = employer;
        this.status = NeedStatus.OPEN;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(NeedDescription d, Instant now) {
        this.kind = d.kind();
        this.title = d.title();
        this.occupationUri = d.occupationUri();
        this.peopleCount = d.peopleCount();
        this.place = d.place();
        this.municipalityCode = d.municipalityCode();
        this.latitude = d.latitude();
        this.longitude = d.longitude();
        this.startDate = d.startDate();
        this.deadline = d.deadline();
        this.updatedAt = now;
    }

    public void replaceSkills(Collection<RequiredSkill> newSkills) {
        skills.clear();
        skills.addAll(newSkills);
    }

    public void changeStatus(NeedStatus newStatus, Instant now) {
        this.status = newStatus;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Employer getEmployer() {
        return employer;
    }

    public NeedKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getOccupationUri() {
        return occupationUri;
    }

    public int getPeopleCount() {
        return peopleCount;
    }

    public String getPlace() {
        return place;
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

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public NeedStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<RequiredSkill> getSkills() {
        return skills;
    }
}
