package nl.cleantechwerkt.employers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cleantechwerkt.employers.domain.Employer;
import nl.cleantechwerkt.employers.domain.EmployerRepository;
import nl.cleantechwerkt.employers.domain.NeedDescription;
import nl.cleantechwerkt.employers.domain.RequiredSkill;
import nl.cleantechwerkt.employers.domain.SkillNeed;
import nl.cleantechwerkt.employers.domain.SkillNeedRepository;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.geo.Location;
import nl.cleantechwerkt.geo.MunicipalityView;
import nl.cleantechwerkt.shared.InvalidRequestException;
import nl.cleantechwerkt.shared.NotFoundException;
import nl.cleantechwerkt.skills.SkillCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Skill needs of employers. Matching and insights read them through {@link #need},
 * {@link #openNeeds} and {@link #needsOf}. Everything an employer does goes through the methods
 * that take its user id: a need is only reached through the employer's own organisation, so a
 * need of another employer is "not found" (404, logged) and its existence is not revealed.
 */
@Service
@Transactional(readOnly = true)
public class SkillNeeds {

    private static final Logger log = LoggerFactory.getLogger(SkillNeeds.class);

    static final int TITLE_MAX = 200;
    static final int PEOPLE_MAX = 1000;
    static final int SKILLS_MAX = 60;

    private final SkillNeedRepository needs;
    private final EmployerRepository employers;
    private final SkillCatalog skillCatalog;
    private final Gazetteer gazetteer;
    private final Clock clock;

    SkillNeeds(SkillNeedRepository needs, EmployerRepository employers, SkillCatalog skillCatalog, Gazetteer gazetteer,
            Clock clock) {
        this.needs = needs;
        this.employers = employers;
        this.skillCatalog = skillCatalog;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    /** Any need by id, whatever its status; for matching and insights, never for an employer's request. */
    public Optional<SkillNeedView> need(long needId) {
        return needs.findWithSkillsById(needId).map(this::view);
    }

    /**
     * The needs that stand today across the region: status open and the deadline, if any, not
     * passed. Soonest deadline first, needs without one last.
     */
    public List<SkillNeedView> openNeeds() {
        LocalDate today = LocalDate.now(clock);
        return needs.findStandingOn(NeedStatus.OPEN, today).stream().map(this::view)
                .sorted(Comparator.comparing(SkillNeedView::deadline, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** All needs of one employer in any status, newest first. */
    public List<SkillNeedView> needsOf(long employerId) {
        return needs.findByEmployerIdOrderByCreatedAtDesc(employerId).stream().map(this::view).toList();
    }

    /** A need of the account's own organisation; another employer's need is not found. */
    public SkillNeedView ownNeed(long userId, long needId) {
        return view(own(userId, needId));
    }

    /** Every problem with the need, each at its field; empty when it can be saved. */
    public List<FieldProblem> check(NeedData data) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (data.kind() == null) {
            problems.add(FieldProblem.of("kind", "need.kind.required"));
        }
        String title = trim(data.title());
        if (title.isEmpty()) {
            problems.add(FieldProblem.of("title", "need.title.required"));
        } else if (title.length() > TITLE_MAX) {
            problems.add(FieldProblem.of("title", "need.field.tooLong", TITLE_MAX));
        }
        if (data.occupationUri() != null && skillCatalog.occupation(data.occupationUri()).isEmpty()) {
            problems.add(FieldProblem.of("occupation", "need.occupation.unknown", data.occupationUri()));
        }
        if (data.peopleCount() == null) {
            problems.add(FieldProblem.of("peopleCount", "need.people.required"));
        } else if (data.peopleCount() < 1 || data.peopleCount() > PEOPLE_MAX) {
            problems.add(FieldProblem.of("peopleCount", "need.people.range", 1, PEOPLE_MAX));
        }
        String place = trim(data.place());
        if (place.isEmpty()) {
            problems.add(FieldProblem.of("place", "need.place.required"));
        } else if (gazetteer.resolve(place).isEmpty()) {
            problems.add(FieldProblem.of("place", "need.place.unknown", place));
        }
        if (data.startDate() != null && !data.startDate().isAfter(today)) {
            problems.add(FieldProblem.of("startDate", "need.start.notAfterToday"));
        }
        if (data.deadline() != null && data.deadline().isBefore(today)) {
            problems.add(FieldProblem.of("deadline", "need.deadline.past"));
        }
        data.skills().stream().filter(s -> skillCatalog.skill(s.skillUri()).isEmpty()).findFirst()
                .ifPresent(s -> problems.add(FieldProblem.of("skills", "need.skill.unknown", s.skillUri())));
        if (data.skills().size() > SKILLS_MAX) {
            problems.add(FieldProblem.of("skills", "need.skills.tooMany", SKILLS_MAX));
        }
        if (data.skills().stream().noneMatch(s -> s.importance() == Importance.MUST)) {
            problems.add(FieldProblem.of("skills", "need.skills.mustRequired"));
        }
        return problems;
    }

    /**
     * Saves a new need (id null) of the account's organisation, open, or changes one of its own.
     *
     * @return the need's id
     * @throws InvalidRequestException with the first problem {@link #check} finds
     * @throws NotFoundException when the account has no organisation or the need is not its own
     */
    @Transactional
    public long save(long userId, Long needId, NeedData data) {
        check(data).stream().findFirst().ifPresent(p -> {
            throw new InvalidRequestException(p.field(), p.messageKey(), p.arguments().toArray());
        });
        SkillNeed need = needId == null ? new SkillNeed(organisation(userId), clock.instant()) : own(userId, needId);
        Location where = gazetteer.resolve(trim(data.place())).orElseThrow();
        need.describe(new NeedDescription(data.kind(), trim(data.title()), data.occupationUri(), data.peopleCount(),
                where.name(), where.municipalityCode(), where.latitude(), where.longitude(), data.startDate(), data.deadline()),
                clock.instant());
        // One entry per skill; when a skill is given twice, the last importance counts.
        Map<String, RequiredSkill> skills = new LinkedHashMap<>();
        data.skills().forEach(s -> skills.put(s.skillUri(), new RequiredSkill(s.skillUri(), s.importance())));
        need.replaceSkills(skills.values());
        return needs.save(need).getId();
    }

    /** Closes a need of the account's organisation without it being filled: it no longer stands. */
    @Transactional
    public void close(long userId, long needId) {
        own(userId, needId).changeStatus(NeedStatus.CLOSED, clock.instant());
    }

    /** Marks a need of the account's organisation as filled. */
    @Transactional
    public void markFilled(long userId, long needId) {
        own(userId, needId).changeStatus(NeedStatus.FILLED, clock.instant());
    }

    /** Opens a filled or closed need of the account's organisation again. */
    @Transactional
    public void reopen(long userId, long needId) {
        own(userId, needId).changeStatus(NeedStatus.OPEN, clock.instant());
    }

    private SkillNeed own(long userId, long needId) {
        return needs.findByIdAndEmployerUserId(needId, userId).orElseThrow(() -> {
            log.warn("User {} asked for skill need {} which is not theirs or does not exist", userId, needId);
            return new NotFoundException("need", needId);
        });
    }

    private Employer organisation(long userId) {
        return employers.findByUserId(userId).orElseThrow(() -> new NotFoundException("employer", userId));
    }

    private SkillNeedView view(SkillNeed n) {
        String municipalityName = gazetteer.municipality(n.getMunicipalityCode()).map(MunicipalityView::name)
                .orElse(n.getMunicipalityCode());
        List<NeedSkill> skills = n.getSkills().stream()
                .map(s -> new NeedSkill(s.getSkillUri(), s.getImportance()))
                .sorted(Comparator.comparing(NeedSkill::importance).thenComparing(NeedSkill::skillUri))
                .toList();
        return new SkillNeedView(n.getId(), n.getEmployer().getId(), n.getEmployer().getName(), n.getKind(), n.getTitle(),
                n.getOccupationUri(), skills, n.getPeopleCount(),
                new NeedLocation(n.getPlace(), n.getMunicipalityCode(), municipalityName, n.getLatitude(), n.getLongitude()),
                n.getStartDate(), n.getDeadline(), n.getStatus(), n.getCreatedAt(), n.getUpdatedAt());
    }

    private static String trim(String text) {
        return text == null ? "" : text.trim();
    }
}
