package nl.cleantechwerkt.learners.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.cleantechwerkt.learners.CandidateView;
import nl.cleantechwerkt.learners.LearnerIndex;
import nl.cleantechwerkt.learners.LearnerProfileView;
import nl.cleantechwerkt.learners.LearnerStatus;
import nl.cleantechwerkt.learners.ProfileData;
import nl.cleantechwerkt.learners.ProfileSkill;
import nl.cleantechwerkt.learners.SavedCourse;
import nl.cleantechwerkt.learners.Workload;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.Schedule;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A learner's skills profile, one per LEARNER account. Private unless {@link #hasConsent()}:
 * only then is it written to the search index (see {@link ConsentRoutingBinder}), and then only
 * name-free fields — the index holds no name, e-mail, account id, place name or budget.
 */
@Entity
@Indexed(index = LearnerIndex.INDEX, routingBinder = @RoutingBinderRef(type = ConsentRoutingBinder.class))
@GeoPointBinding(fieldName = LearnerIndex.LOCATION)
public class LearnerProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long userId;

    @Enumerated(EnumType.STRING)
    @KeywordField(name = LearnerIndex.STATUS)
    private LearnerStatus status;

    @Enumerated(EnumType.STRING)
    @KeywordField(name = LearnerIndex.EDUCATION_LEVEL, aggregable = Aggregable.YES)
    private Level educationLevel;

    private String place;

    @KeywordField(name = LearnerIndex.MUNICIPALITY, aggregable = Aggregable.YES)
    private String municipalityCode;

    @Latitude
    private Double latitude;
    @Longitude
    private Double longitude;

    @GenericField(name = LearnerIndex.RADIUS_KM, projectable = Projectable.YES)
    private Integer radiusKm;

    @Enumerated(EnumType.STRING)
    @KeywordField(name = LearnerIndex.WORKLOAD)
    private Workload workload;

    private Integer budgetEur;

    @ElementCollection
    @CollectionTable(name = "learner_schedule", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "schedule")
    @Enumerated(EnumType.STRING)
    @KeywordField(name = LearnerIndex.SCHEDULES)
    private Set<Schedule> schedules = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "learner_mode", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "mode")
    @Enumerated(EnumType.STRING)
    @KeywordField(name = LearnerIndex.MODES)
    private Set<CourseMode> modes = new HashSet<>();

    /** A bag: every change rewrites the learner's rows, so a nullable evidence column is no problem. */
    @ElementCollection
    @CollectionTable(name = "learner_skill", joinColumns = @JoinColumn(name = "profile_id"))
    private List<LearnerSkill> skills = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "learner_target_occupation", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "occupation_uri")
    @KeywordField(name = LearnerIndex.TARGET_OCCUPATIONS, aggregable = Aggregable.YES)
    private Set<String> targetOccupations = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "learner_course", joinColumns = @JoinColumn(name = "profile_id"))
    private Set<LearnerCourse> courses = new HashSet<>();

    @GenericField(name = LearnerIndex.CONSENT)
    private boolean consent;
    private Instant consentedAt;
    private Instant consentRevokedAt;

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected LearnerProfile() {
    }

    public LearnerProfile(long userId, Instant now) {
        this.userId = userId;
        this.workload = Workload.EITHER;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces everything the learner fills in; consent is changed only by {@link #giveConsent} and {@link #revokeConsent}. */
    public void update(ProfileData d, Instant now) {
        this.status = d.status();
        this.educationLevel = d.educationLevel();
        if (d.location() == null) {
            this.place = null;
            this.municipalityCode = null;
            this.latitude = null;
            this.longitude = null;
            this.radiusKm = null;
        } else {
            this.place = d.location().name();
            this.municipalityCode = d.location().municipalityCode();
            this.latitude = d.location().latitude();
            this.longitude = d.location().longitude();
            this.radiusKm = d.radiusKm();
        }
        this.workload = d.workload();
        this.budgetEur = d.budgetEur();
        schedules.clear();
        schedules.addAll(d.schedules());
        modes.clear();
        modes.addAll(d.modes());
        skills.clear();
        d.skills().forEach(s -> skills.add(new LearnerSkill(s)));
        targetOccupations.clear();
        targetOccupations.addAll(d.targetOccupations());
        this.updatedAt = now;
    }

    public void giveConsent(Instant now) {
        if (!consent) {
            consent = true;
            consentedAt = now;
            updatedAt = now;
        }
    }

    public void revokeConsent(Instant now) {
        if (consent) {
            consent = false;
            consentRevokedAt = now;
            updatedAt = now;
        }
    }

    public boolean hasConsent() {
        return consent;
    }

    /** Index value of {@link LearnerIndex#SKILLS}. */
    @Transient
    @KeywordField(name = LearnerIndex.SKILLS, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath({@PropertyValue(propertyName = "skills"),
            @PropertyValue(propertyName = "skillUri")}))
    public List<String> getSkillUris() {
        return skills.stream().map(LearnerSkill::getSkillUri).toList();
    }

    /** Index value of {@link LearnerIndex#PROFICIENT_SKILLS}: skills rated good or expert. */
    @Transient
    @KeywordField(name = LearnerIndex.PROFICIENT_SKILLS)
    @IndexingDependency(derivedFrom = {
            @ObjectPath({@PropertyValue(propertyName = "skills"), @PropertyValue(propertyName = "skillUri")}),
            @ObjectPath({@PropertyValue(propertyName = "skills"), @PropertyValue(propertyName = "level")})})
    public List<String> getProficientSkillUris() {
        return skills.stream().filter(s -> s.getLevel().proficient()).map(LearnerSkill::getSkillUri).toList();
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public LearnerProfileView view() {
        return new LearnerProfileView(id, userId, status, educationLevel, place, municipalityCode, latitude, longitude,
                radiusKm, sorted(schedules, Schedule.class), workload, budgetEur, sorted(modes, CourseMode.class),
                skillViews(), List.copyOf(targetOccupations), consent, consentedAt, consentRevokedAt, updatedAt,
                courses.stream().map(c -> new SavedCourse(c.getCourseId(), c.isInterested(), c.getSavedAt()))
                        .sorted(Comparator.comparing(SavedCourse::savedAt).reversed().thenComparing(SavedCourse::courseId))
                        .toList());
    }

    /** Puts a course on the learner's list, or changes whether they are interested in it. */
    public void saveCourse(long courseId, boolean interested, Instant now) {
        Instant savedAt = courses.stream().filter(c -> c.getCourseId() == courseId).map(LearnerCourse::getSavedAt)
                .findFirst().orElse(now);
        courses.remove(new LearnerCourse(courseId, false, now));
        courses.add(new LearnerCourse(courseId, interested, savedAt));
        this.updatedAt = now;
    }

    /** Takes a course off the learner's list. */
    public void forgetCourse(long courseId, Instant now) {
        if (courses.remove(new LearnerCourse(courseId, false, now))) {
            this.updatedAt = now;
        }
    }

    /** The name-free part of the profile that consenting learners show employers. */
    public CandidateView candidateView() {
        return new CandidateView(id, status, educationLevel, municipalityCode, radiusKm, sorted(schedules, Schedule.class),
                workload, sorted(modes, CourseMode.class), skillViews(), List.copyOf(targetOccupations),
                courses.stream().filter(LearnerCourse::isInterested).map(LearnerCourse::getCourseId).sorted().toList());
    }

    private List<ProfileSkill> skillViews() {
        return skills.stream().map(LearnerSkill::view).sorted(Comparator.comparing(ProfileSkill::skillUri)).toList();
    }

    private static <E extends Enum<E>> List<E> sorted(Set<E> values, Class<E> type) {
        return List.copyOf(values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values));
    }
}
