package nl.cleantechwerkt.learners;

/**
 * The search document of a learner profile: its index and field names. Only consenting
 * profiles are written to the index (a routing bridge leaves the others out and removes a
 * profile the moment consent is revoked); queries still filter on {@link #CONSENT}.
 */
public final class LearnerIndex {

    /** Entity name to open a search scope on. */
    public static final String ENTITY = "LearnerProfile";
    public static final String INDEX = "learner";

    /** ESCO URIs of all the learner's skills. */
    public static final String SKILLS = "skills";
    /** ESCO URIs of the skills the learner rates good or expert. */
    public static final String PROFICIENT_SKILLS = "skills_proficient";
    /** ESCO URIs of the target occupations. */
    public static final String TARGET_OCCUPATIONS = "targetOccupations";
    /** Geo point of the learner's place. */
    public static final String LOCATION = "location";
    public static final String MUNICIPALITY = "municipalityCode";
    public static final String RADIUS_KM = "radiusKm";
    /** {@link nl.cleantechwerkt.shared.Level} name. */
    public static final String EDUCATION_LEVEL = "educationLevel";
    /** {@link LearnerStatus} name. */
    public static final String STATUS = "status";
    /** {@link nl.cleantechwerkt.shared.Schedule} names. */
    public static final String SCHEDULES = "schedules";
    /** {@link Workload} name. */
    public static final String WORKLOAD = "workload";
    /** {@link nl.cleantechwerkt.shared.CourseMode} names. */
    public static final String MODES = "modes";
    /** Boolean: the learner lets employers see the name-free profile. */
    public static final String CONSENT = "consent";

    private LearnerIndex() {
    }
}
