package nl.cleantechwerkt.catalog;

/**
 * The search document of a course: its index name and field paths. The catalogue owns the
 * document (it is derived from its entities); the search module queries it by these names.
 */
public final class CourseIndex {

    /** Entity name to open a search scope on. */
    public static final String ENTITY = "Course";

    public static final String COURSE_CODE = "courseCode";
    /** The course's database id as a number doc value: the cheapest unique tie-break for sorting by score. */
    public static final String ID_ORDER = "idOrder";
    /** All text of a course in one field, so every query word may match in any part of it. */
    public static final String TEXT = "text";
    public static final String TITLE = "title";
    public static final String TITLE_PREFIX = "title_prefix";
    public static final String TITLE_SORT = "title_sort";
    public static final String DESCRIPTION = "description";
    public static final String LEARNING_OUTCOMES = "learningOutcomes";
    public static final String LEVEL = "level";
    public static final String MODE = "mode";
    public static final String LANGUAGE = "language";
    public static final String SECTOR = "sector";
    public static final String STATUS = "status";
    /** Minimum level to enter the course (enum name of {@code Level}); absent when the provider states none. */
    public static final String ENTRY_LEVEL = "entryLevel";
    public static final String SKILLS = "skills";
    public static final String SKILL_LABELS = "skillLabels";
    public static final String PROVIDER_CODE = "provider.code";
    public static final String PROVIDER_NAME = "provider.name";
    public static final String PROVIDER_NAME_KEYWORD = "provider.name_keyword";

    public static final String OFFERINGS = "offerings";
    public static final String OFFERING_START = "offerings.startDate";
    public static final String OFFERING_START_MONTH = "offerings.startMonth";
    public static final String OFFERING_MUNICIPALITY = "offerings.municipalityCode";
    public static final String OFFERING_PLACE = "offerings.place";
    public static final String OFFERING_ONLINE = "offerings.online";
    public static final String OFFERING_LOCATION = "offerings.location";
    public static final String OFFERING_SCHEDULE = "offerings.schedule";
    /** Course fee of the run in euro (2 decimals); absent when the provider states none. */
    public static final String OFFERING_PRICE = "offerings.priceEur";

    /** Every run of the course, stored (not searchable) on the course itself: see {@link IndexedRun}. */
    public static final String RUNS = "runs";
    /** Start date of the course's last run: the course has an upcoming run when it is today or later. */
    public static final String LAST_START = "lastStart";
    /**
     * Version of this document's layout, written into every course document. Start-up rebuilds
     * an embedded index whose documents carry another version ({@code SearchIndexMaintenance});
     * raise it whenever a field is added or changes how it is written.
     */
    public static final String LAYOUT_VERSION = "layoutVersion";
    public static final String CURRENT_LAYOUT = "4";

    /** Value of {@link #STATUS} for courses that may be found. */
    public static final String PUBLISHED = "PUBLISHED";
    /** Municipality facet value of online offerings. */
    public static final String ONLINE = "ONLINE";

    private CourseIndex() {
    }
}
