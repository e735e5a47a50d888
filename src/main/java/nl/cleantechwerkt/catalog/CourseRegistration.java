package nl.cleantechwerkt.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.cleantechwerkt.catalog.domain.Course;
import nl.cleantechwerkt.catalog.domain.CourseDescription;
import nl.cleantechwerkt.catalog.domain.CourseRepository;
import nl.cleantechwerkt.catalog.domain.CourseSkill;
import nl.cleantechwerkt.catalog.domain.OfferingDetails;
import nl.cleantechwerkt.catalog.domain.Provider;
import nl.cleantechwerkt.catalog.domain.ProviderRepository;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.geo.Location;
import nl.cleantechwerkt.shared.InvalidRequestException;
import nl.cleantechwerkt.shared.NotFoundException;
import nl.cleantechwerkt.skills.SkillCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Write side of the catalogue: registering providers and saving their courses. A saved and
 * published course is in the search index when the transaction commits.
 */
@Service
@Transactional
public class CourseRegistration {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CourseRegistration.class);
    /** Course codes per look-up of a bulk load's existing courses: well within every database's limit on parameters. */
    private static final int CODES_PER_QUERY = 500;

    /** How far a geolocation may lie from the nearest known place and still be placed in its municipality. */
    public static final double NEAREST_KM = 15;

    private final ProviderRepository providers;
    private final CourseRepository courses;
    private final Gazetteer gazetteer;
    private final SkillCatalog skillCatalog;

    CourseRegistration(ProviderRepository providers, CourseRepository courses, Gazetteer gazetteer, SkillCatalog skillCatalog) {
        this.providers = providers;
        this.courses = courses;
        this.gazetteer = gazetteer;
        this.skillCatalog = skillCatalog;
    }

    /**
     * Takes a course out of search at once (it stays in the provider's list). A course of
     * another provider is "not found": its existence is not revealed.
     */
    public void archive(String providerCode, long courseId) {
        ownCourse(providerCode, courseId).archive();
    }

    /** Makes an archived or draft course searchable again, at once. */
    public void republish(String providerCode, long courseId) {
        ownCourse(providerCode, courseId).publish();
    }

    private Course ownCourse(String providerCode, long courseId) {
        return courses.findByIdAndProviderCode(courseId, providerCode).orElseThrow(() -> {
            log.warn("Provider {} asked for course {} which is not theirs or does not exist", providerCode, courseId);
            return new NotFoundException("course", courseId);
        });
    }

    public boolean providerExists(String code) {
        return providers.findByCode(code).isPresent();
    }

    public void registerProvider(ProviderData data) {
        if (providerExists(data.code())) {
            throw new InvalidRequestException("code", "error.provider.exists", data.code());
        }
        Provider provider = new Provider(data.code(), data.name(), data.kind());
        String municipalityCode = gazetteer.place(data.place()).map(Location::municipalityCode).orElse(null);
        provider.describe(data.registrationCode(), data.website(), municipalityCode, data.place(), data.postcode(),
                data.description());
        providers.save(provider);
    }

    /**
     * Creates or updates (by provider and course code) a course and replaces its runs and
     * skills, then publishes it.
     *
     * @return the course id
     */
    public long publish(String providerCode, CourseData data) {
        Provider provider = providers.findByCode(providerCode).orElseThrow(() -> new NotFoundException("provider", providerCode));
        Course course = courses.findByProviderAndCourseCode(provider, data.courseCode())
                .orElseGet(() -> new Course(provider, data.courseCode()));
        return save(course, data, true);
    }

    /**
     * Creates or updates (by course code) and publishes many courses of one provider, for bulk
     * loads: the provider and those of the given courses that exist already are read before
     * anything is written, in chunks of codes, so the work stays linear in the number of courses
     * given (a look-up query per course made Hibernate re-check every loaded entity before each
     * query; reading all of the provider's courses made a generator writing a million courses
     * in batches quadratic).
     *
     * @return the ids, in the order given
     */
    public List<Long> publishAll(String providerCode, List<CourseData> data) {
        return publishAll(providerCode, data, written -> { });
    }

    /** As {@link #publishAll(String, List)}, telling {@code afterEach} how many courses are written so far. */
    public List<Long> publishAll(String providerCode, List<CourseData> data, java.util.function.IntConsumer afterEach) {
        Provider provider = providers.findByCode(providerCode).orElseThrow(() -> new NotFoundException("provider", providerCode));
        java.util.Map<String, Course> existing = new java.util.HashMap<>();
        List<String> codes = data.stream().map(CourseData::courseCode).filter(java.util.Objects::nonNull).distinct().toList();
        for (int from = 0; from < codes.size(); from += CODES_PER_QUERY) {
            courses.findByProviderAndCourseCodeIn(provider, codes.subList(from, Math.min(codes.size(), from + CODES_PER_QUERY)))
                    .forEach(c -> existing.put(c.getCourseCode(), c));
        }
        List<Long> ids = new ArrayList<>(data.size());
        for (CourseData d : data) {
            Course course = existing.computeIfAbsent(d.courseCode(), code -> new Course(provider, code));
            ids.add(save(course, d, true));
            afterEach.accept(ids.size());
        }
        return ids;
    }

    /**
     * Saves a course from the school's form: a new one (id null) or one of its own. A draft
     * stays out of search; publishing puts it in at once.
     *
     * @throws InvalidRequestException when the course code is taken by another course of the provider
     */
    public long save(String providerCode, Long id, CourseData data, boolean publish) {
        Provider provider = providers.findByCode(providerCode).orElseThrow(() -> new NotFoundException("provider", providerCode));
        Course course = id == null ? new Course(provider, data.courseCode()) : ownCourse(providerCode, id);
        courses.findByProviderAndCourseCode(provider, data.courseCode())
                .filter(other -> !other.getId().equals(course.getId()))
                .ifPresent(other -> {
                    throw new InvalidRequestException("courseCode", "course.code.taken", data.courseCode());
                });
        if (id != null) {
            course.recode(data.courseCode());
        }
        return save(course, data, publish || course.getStatus() == nl.cleantechwerkt.catalog.domain.CourseStatus.PUBLISHED);
    }

    private long save(Course course, CourseData data, boolean publish) {
        course.describe(new CourseDescription(data.title(), data.description(),
                data.learningOutcomes() == null ? null : String.join("\n", data.learningOutcomes()), data.level(), data.mode(),
                data.language(), data.hours(), data.ects(), data.qualificationCode(), data.sector(), data.entryLevel(),
                data.url(), data.costNote()));
        List<CourseSkill> skills = new ArrayList<>();
        for (String uri : new java.util.LinkedHashSet<>(data.skills())) {
            if (skillCatalog.skill(uri).isEmpty()) {
                throw new InvalidRequestException("skills", "error.skill.unknown", uri);
            }
            skills.add(new CourseSkill(uri, CourseSkill.Origin.CONFIRMED));
        }
        course.replaceSkills(skills);
        course.replaceOfferings(data.runs().stream().map(this::resolve).toList());
        if (publish) {
            course.publish();
        }
        return courses.save(course).getId();
    }

    private OfferingDetails resolve(CourseData.Run run) {
        if (run.online()) {
            return new OfferingDetails(run.startDate(), run.endDate(), run.enrolmentDeadline(), true, null, null, null, null,
                    null, run.schedule(), run.priceEur(), run.seats());
        }
        Location location = (run.postcode() != null && !run.postcode().isBlank() ? gazetteer.postcode(run.postcode())
                : gazetteer.place(run.place()))
                .or(() -> gazetteer.place(run.place()))
                .or(() -> run.hasCoordinates() ? gazetteer.nearest(run.latitude(), run.longitude(), NEAREST_KM) : Optional.empty())
                .orElseThrow(() -> new InvalidRequestException("place", "error.place.unknown",
                        run.place() == null ? run.postcode() : run.place()));
        String placeName = run.place() != null && !run.place().isBlank() ? run.place() : location.name();
        double latitude = run.hasCoordinates() ? run.latitude() : location.latitude();
        double longitude = run.hasCoordinates() ? run.longitude() : location.longitude();
        return new OfferingDetails(run.startDate(), run.endDate(), run.enrolmentDeadline(), false, placeName, run.postcode(),
                location.municipalityCode(), latitude, longitude, run.schedule(), run.priceEur(), run.seats());
    }
}
