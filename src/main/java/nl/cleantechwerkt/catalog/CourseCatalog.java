package nl.cleantechwerkt.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.cleantechwerkt.catalog.domain.Course;
import nl.cleantechwerkt.catalog.domain.CourseRepository;
import nl.cleantechwerkt.catalog.domain.CourseSkill;
import nl.cleantechwerkt.catalog.domain.CourseStatus;
import nl.cleantechwerkt.catalog.domain.Offering;
import nl.cleantechwerkt.catalog.domain.Provider;
import nl.cleantechwerkt.catalog.domain.ProviderRepository;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.geo.MunicipalityView;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.NotFoundException;
import nl.cleantechwerkt.skills.SkillCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the catalogue: course pages and provider lists. */
@Service
@Transactional(readOnly = true)
public class CourseCatalog {

    private final CourseRepository courses;
    private final ProviderRepository providers;
    private final SkillCatalog skillCatalog;
    private final Gazetteer gazetteer;
    private final Clock clock;

    CourseCatalog(CourseRepository courses, ProviderRepository providers, SkillCatalog skillCatalog, Gazetteer gazetteer,
            Clock clock) {
        this.courses = courses;
        this.providers = providers;
        this.skillCatalog = skillCatalog;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    /** A published course with its upcoming runs; drafts and archived courses are not found. */
    public CourseDetail publishedCourse(long id) {
        Course course = courses.findWithOfferingsById(id)
                .filter(c -> c.getStatus() == CourseStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("course", id));
        return toDetail(course);
    }

    /** All courses of one provider, drafts and archived ones included, newest change first. */
    public List<CourseSummary> coursesOf(String providerCode) {
        LocalDate today = LocalDate.now(clock);
        return courses.findByProviderCodeOrderByUpdatedAtDesc(providerCode).stream().map(c -> {
            List<Offering> upcoming = c.getOfferings().stream().filter(o -> !o.getStartDate().isBefore(today))
                    .sorted(Comparator.comparing(Offering::getStartDate)).toList();
            return new CourseSummary(c.getId(), c.getCourseCode(), c.getTitle(), c.getLevel(), c.getStatus().name(),
                    upcoming.isEmpty() ? null : upcoming.get(0).getStartDate(), upcoming.size(), c.getUpdatedAt());
        }).toList();
    }

    /** A course of this provider in any status, as the school's form edits it (all runs, past ones too). */
    public EditableCourse editableCourse(String providerCode, long id) {
        Course c = courses.findByIdAndProviderCode(id, providerCode).orElseThrow(() -> new NotFoundException("course", id));
        List<CourseData.Run> runs = c.getOfferings().stream().sorted(Comparator.comparing(Offering::getStartDate))
                .map(o -> new CourseData.Run(o.getStartDate(), o.getEndDate(), o.getEnrolmentDeadline(), o.isOnline(),
                        o.getPlace(), o.getPostcode(), o.getSchedule(), o.getPriceEur(), o.getSeats()))
                .toList();
        List<String> outcomes = c.getLearningOutcomes() == null ? List.of() : List.of(c.getLearningOutcomes().split("\n"));
        return new EditableCourse(c.getId(), c.getStatus().name(), new CourseData(c.getCourseCode(), c.getTitle(),
                c.getDescription(), outcomes, c.getLevel(), c.getMode(), c.getLanguage(), c.getHours(), c.getEcts(),
                c.getQualificationCode(), c.getSector(), c.getEntryLevel(), c.getUrl(), c.getCostNote(),
                c.getSkills().stream().map(CourseSkill::getSkillUri).toList(), runs));
    }

    public java.util.Optional<ProviderView> provider(String code) {
        return providers.findByCode(code).map(CourseCatalog::toView);
    }

    /**
     * The skills a provider teaches or is about to: those of its published and draft courses
     * (archived ones no longer count). Insights uses them to show a school the demand next to what
     * it already offers.
     */
    public java.util.Set<String> skillsTaughtBy(String providerCode) {
        return new java.util.TreeSet<>(courses.findSkillUrisOfProvider(providerCode, CourseStatus.ARCHIVED));
    }

    public List<ProviderView> providers() {
        return providers.findAllByOrderByName().stream().map(CourseCatalog::toView).toList();
    }

    /** Titles of all published courses, for the spelling vocabulary. */
    public List<String> publishedTitles() {
        return courses.findTitlesByStatus(CourseStatus.PUBLISHED);
    }

    /** Changes whenever a course is published, changed or archived: lets caches of the catalogue know they are stale. */
    public String publishedVersion() {
        Object[] row = courses.countAndLastChange(CourseStatus.PUBLISHED).get(0);
        return row[0] + "|" + row[1];
    }

    /**
     * Every published course with at least one run starting on or after {@code from}, with those
     * runs and its skills: what insights counts as supply. Two queries whatever the size of the
     * catalogue (runs, skills), read from the database, which is the truth; the index may lag.
     */
    public List<CourseSupply> supply(LocalDate from) {
        Map<Long, Set<String>> skills = new HashMap<>();
        for (Object[] row : courses.findSkillRows(CourseStatus.PUBLISHED, from)) {
            skills.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((String) row[1]);
        }
        Map<Long, Level> levels = new LinkedHashMap<>();
        Map<Long, List<CourseSupply.Run>> runs = new HashMap<>();
        for (Object[] row : courses.findRunRows(CourseStatus.PUBLISHED, from)) {
            Long id = (Long) row[0];
            levels.put(id, (Level) row[1]);
            runs.computeIfAbsent(id, k -> new ArrayList<>()).add(new CourseSupply.Run((LocalDate) row[2],
                    (Boolean) row[3], (String) row[4], (Double) row[5], (Double) row[6], (Integer) row[7]));
        }
        return levels.entrySet().stream().map(e -> new CourseSupply(e.getKey(), e.getValue(),
                skills.getOrDefault(e.getKey(), Set.of()), runs.get(e.getKey()))).toList();
    }

    public long countPublished() {
        return courses.countByStatus(CourseStatus.PUBLISHED);
    }

    public long countAll() {
        return courses.count();
    }

    private CourseDetail toDetail(Course c) {
        LocalDate today = LocalDate.now(clock);
        List<OfferingView> upcoming = c.getOfferings().stream()
                .filter(o -> !o.getStartDate().isBefore(today))
                .sorted(Comparator.comparing(Offering::getStartDate))
                .map(this::toView)
                .toList();
        List<String> outcomes = c.getLearningOutcomes() == null ? List.of()
                : Arrays.stream(c.getLearningOutcomes().split("\n")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new CourseDetail(c.getId(), c.getCourseCode(), c.getTitle(), c.getDescription(), outcomes, c.getLevel(),
                c.getMode(), c.getLanguage(), c.getHours(), c.getEcts(), c.getQualificationCode(), c.getSector(),
                c.getEntryLevel(), c.getUrl(), c.getCostNote(), c.getStatus() == CourseStatus.PUBLISHED,
                toView(c.getProvider()), skillCatalog.skills(c.getSkills().stream().map(CourseSkill::getSkillUri).toList()),
                upcoming);
    }

    private OfferingView toView(Offering o) {
        String municipality = o.getMunicipalityCode() == null ? null
                : gazetteer.municipality(o.getMunicipalityCode()).map(MunicipalityView::name).orElse(null);
        return new OfferingView(o.getStartDate(), o.getEndDate(), o.getEnrolmentDeadline(), o.isOnline(), o.getPlace(),
                o.getPostcode(), municipality, o.getSchedule(), o.getPriceEur(), o.getSeats());
    }

    private static ProviderView toView(Provider p) {
        return new ProviderView(p.getCode(), p.getName(), p.getKind(), p.getWebsite(), p.getPlace(), p.getDescription());
    }
}
