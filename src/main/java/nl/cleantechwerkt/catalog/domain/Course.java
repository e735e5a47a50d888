package nl.cleantechwerkt.catalog.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.cleantechwerkt.catalog.CourseIndex;
import nl.cleantechwerkt.shared.Analyzers;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.Sector;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.ObjectStructure;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;

/**
 * A course as a provider offers it: what is taught, at which level, in which mode, and its runs.
 * The search document is derived from it (see {@link CourseIndex}).
 */
@Entity
@Indexed(index = "course")
@TypeBinding(binder = @TypeBinderRef(type = CourseTextBinder.class))
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(name = CourseIndex.ID_ORDER, sortable = Sortable.YES, searchable = Searchable.NO)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id")
    @IndexedEmbedded(includePaths = {"code", "name", "name_keyword"})
    private Provider provider;

    @KeywordField(name = CourseIndex.COURSE_CODE, projectable = Projectable.YES)
    private String courseCode;

    @FullTextField(analyzer = Analyzers.DUTCH, searchAnalyzer = Analyzers.DUTCH_QUERY, projectable = Projectable.YES)
    @FullTextField(name = CourseIndex.TITLE_PREFIX, analyzer = Analyzers.AUTOCOMPLETE,
            searchAnalyzer = Analyzers.AUTOCOMPLETE_QUERY)
    @KeywordField(name = CourseIndex.TITLE_SORT, normalizer = Analyzers.SORT, sortable = Sortable.YES)
    private String title;

    @FullTextField(analyzer = Analyzers.DUTCH, searchAnalyzer = Analyzers.DUTCH_QUERY, projectable = Projectable.YES)
    private String description;

    @FullTextField(analyzer = Analyzers.DUTCH, searchAnalyzer = Analyzers.DUTCH_QUERY)
    private String learningOutcomes;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Level level;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private CourseMode mode;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String language;

    private Integer hours;
    private Integer ects;
    private String qualificationCode;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Sector sector;

    /** Indexed so matching can keep to courses a person can enter (see {@link CourseIndex#ENTRY_LEVEL}). */
    @Enumerated(EnumType.STRING)
    @KeywordField(name = CourseIndex.ENTRY_LEVEL, projectable = Projectable.YES)
    private Level entryLevel;

    private String url;
    private String costNote;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private CourseStatus status;

    private Instant createdAt;
    private Instant updatedAt;

    /** Set once, when the course first becomes published; archiving and republishing keep it (V19). */
    private Instant firstPublishedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startDate")
    @IndexedEmbedded(structure = ObjectStructure.NESTED,
            includePaths = {"startDate", "startMonth", "municipalityCode", "place", "online", "location", "schedule", "priceEur"})
    @PropertyBinding(binder = @PropertyBinderRef(type = CourseRunsBinder.class))
    private List<Offering> offerings = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_skill", joinColumns = @JoinColumn(name = "course_id"))
    @PropertyBinding(binder = @PropertyBinderRef(type = CourseSkillsBinder.class))
    private Set<CourseSkill> skills = new LinkedHashSet<>();

    protected Course() {
    }

    public Course(Provider provider, String courseCode) {
        this.provider = provider;
        this.courseCode = courseCode;
        this.status = CourseStatus.DRAFT;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public void describe(CourseDescription d) {
        this.title = d.title();
        this.description = d.description();
        this.learningOutcomes = d.learningOutcomes();
        this.level = d.level();
        this.mode = d.mode();
        this.language = d.language();
        this.hours = d.hours();
        this.ects = d.ects();
        this.qualificationCode = d.qualificationCode();
        this.sector = d.sector();
        this.entryLevel = d.entryLevel();
        this.url = d.url();
        this.costNote = d.costNote();
        this.updatedAt = Instant.now();
    }

    public void recode(String newCode) {
        this.courseCode = newCode;
    }

    public void replaceSkills(List<CourseSkill> newSkills) {
        skills.clear();
        skills.addAll(newSkills);
    }

    public void replaceOfferings(List<OfferingDetails> runs) {
        offerings.clear();
        runs.forEach(r -> offerings.add(new Offering(this, r)));
    }

    public void publish() {
        status = CourseStatus.PUBLISHED;
        updatedAt = Instant.now();
        if (firstPublishedAt == null) {
            firstPublishedAt = updatedAt;
        }
    }

    public void archive() {
        status = CourseStatus.ARCHIVED;
        updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Provider getProvider() {
        return provider;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getLearningOutcomes() {
        return learningOutcomes;
    }

    public Level getLevel() {
        return level;
    }

    public CourseMode getMode() {
        return mode;
    }

    public String getLanguage() {
        return language;
    }

    public Integer getHours() {
        return hours;
    }

    public Integer getEcts() {
        return ects;
    }

    public String getQualificationCode() {
        return qualificationCode;
    }

    public Sector getSector() {
        return sector;
    }

    public Level getEntryLevel() {
        return entryLevel;
    }

    public String getUrl() {
        return url;
    }

    public String getCostNote() {
        return costNote;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getFirstPublishedAt() {
        return firstPublishedAt;
    }

    public List<Offering> getOfferings() {
        return offerings;
    }

    public Set<CourseSkill> getSkills() {
        return skills;
    }
}
