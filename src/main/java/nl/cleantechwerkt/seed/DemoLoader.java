package nl.cleantechwerkt.seed;

import static nl.cleantechwerkt.seed.SeedFiles.blankToNull;
import static nl.cleantechwerkt.seed.SeedFiles.integer;
import static nl.cleantechwerkt.seed.SeedFiles.multi;
import static nl.cleantechwerkt.seed.SeedFiles.read;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.accounts.Role;
import nl.cleantechwerkt.accounts.SharedPassword;
import nl.cleantechwerkt.employers.EmployerData;
import nl.cleantechwerkt.employers.Employers;
import nl.cleantechwerkt.employers.Importance;
import nl.cleantechwerkt.employers.NeedData;
import nl.cleantechwerkt.employers.NeedKind;
import nl.cleantechwerkt.employers.NeedSkill;
import nl.cleantechwerkt.employers.SkillNeeds;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.learners.Evidence;
import nl.cleantechwerkt.learners.LearnerStatus;
import nl.cleantechwerkt.learners.OwnProfile;
import nl.cleantechwerkt.learners.ProfileData;
import nl.cleantechwerkt.learners.ProfileSkill;
import nl.cleantechwerkt.learners.SkillLevel;
import nl.cleantechwerkt.learners.Workload;
import nl.cleantechwerkt.shared.AppProperties;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.Schedule;
import nl.cleantechwerkt.shared.Sector;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the fictional demo employers, their skill needs and demo learners from
 * {@code seed-data/demo/}, so a first start shows matches, candidates and regional demand. Every
 * demo account logs in with {@code app.seed.demo-password}; names and organisations start with
 * "Demo" and use the reserved-looking domain {@code voorbeeld.nl}. It goes through the same
 * services (and so the same checks) as the forms do; dates are offsets from the day of loading.
 */
@Component
class DemoLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    static final String MARKER = "demo";

    private final Accounts accounts;
    private final Employers employers;
    private final SkillNeeds needs;
    private final OwnProfile profiles;
    private final Gazetteer gazetteer;
    private final SeedMarkers markers;
    private final Clock clock;

    DemoLoader(Accounts accounts, Employers employers, SkillNeeds needs, OwnProfile profiles, Gazetteer gazetteer,
            SeedMarkers markers, Clock clock) {
        this.accounts = accounts;
        this.employers = employers;
        this.needs = needs;
        this.profiles = profiles;
        this.gazetteer = gazetteer;
        this.markers = markers;
        this.clock = clock;
    }

    /** Loads the demo once; an address that already has an account is left as it is. */
    @Transactional
    public void load(AppProperties.Seed seed) {
        if (markers.loaded(MARKER)) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        // Every demo account has the same password: hashed once, not once per account.
        SharedPassword password = accounts.sharedPassword(seed.demoPassword());
        Map<String, Long> employerIds = new HashMap<>();
        for (CSVRecord r : read("demo/employers.csv")) {
            account(r.get("email"), r.get("contact_name"), Role.EMPLOYER, password).ifPresent(id -> {
                employers.saveOrganisation(id, new EmployerData(r.get("organisation"), r.get("kvk_number"),
                        r.get("municipality"), Sector.fromCode(r.get("sector")).orElseThrow(() -> bad(r, "sector"))));
                employerIds.put(r.get("email"), id);
            });
        }
        int needCount = 0;
        for (CSVRecord r : read("demo/needs.csv")) {
            Long userId = employerIds.get(r.get("employer_email"));
            if (userId == null) {
                continue;
            }
            List<NeedSkill> skills = new ArrayList<>();
            multi(r.get("must_skills")).forEach(uri -> skills.add(new NeedSkill(uri, Importance.MUST)));
            multi(r.get("nice_skills")).forEach(uri -> skills.add(new NeedSkill(uri, Importance.NICE)));
            Integer start = integer(r.get("start_offset_days"));
            Integer deadline = integer(r.get("deadline_offset_days"));
            needs.save(userId, null, new NeedData(NeedKind.fromCode(r.get("kind")).orElseThrow(() -> bad(r, "kind")),
                    r.get("title"), blankToNull(r.get("occupation")), skills, integer(r.get("people")), r.get("place"),
                    start == null ? null : today.plusDays(start), deadline == null ? null : today.plusDays(deadline)));
            needCount++;
        }
        int learnerCount = 0;
        for (CSVRecord r : read("demo/learners.csv")) {
            var userId = account(r.get("email"), r.get("name"), Role.LEARNER, password);
            if (userId.isEmpty()) {
                continue;
            }
            profiles.save(userId.get(), profile(r));
            if ("yes".equalsIgnoreCase(r.get("consent"))) {
                profiles.giveConsent(userId.get());
            }
            learnerCount++;
        }
        markers.mark(MARKER, employerIds.size() + " employers, " + needCount + " needs, " + learnerCount + " learners");
        log.warn("Seed: loaded {} demo employers, {} needs and {} demo learners; they log in with app.seed.demo-password."
                + " Switch app.seed.demo off outside a demo.", employerIds.size(), needCount, learnerCount);
    }

    private Optional<Long> account(String email, String name, Role role, SharedPassword password) {
        if (accounts.find(email).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(accounts.create(email, password, name, role, null).id());
    }

    private ProfileData profile(CSVRecord r) {
        String place = blankToNull(r.get("place"));
        var location = place == null ? null : gazetteer.resolve(place).orElseThrow(() -> bad(r, "place"));
        List<ProfileSkill> skills = multi(r.get("skills")).stream().map(cell -> {
            String[] parts = cell.split("\\s+");
            return new ProfileSkill(parts[0], SkillLevel.valueOf(parts[1]),
                    parts.length > 2 ? Evidence.valueOf(parts[2]) : null);
        }).toList();
        return new ProfileData(LearnerStatus.valueOf(r.get("status")),
                Level.fromCode(r.get("education_level")).orElseThrow(() -> bad(r, "education_level")), location,
                location == null ? null : integer(r.get("radius_km")),
                enums(r.get("schedules"), Schedule.class, Schedule::valueOf), Workload.valueOf(r.get("workload")),
                integer(r.get("budget_eur")), enums(r.get("modes"), CourseMode.class, CourseMode::valueOf), skills,
                multi(r.get("target_occupations")));
    }

    private static <E extends Enum<E>> Set<E> enums(String cell, Class<E> type, Function<String, E> parse) {
        Set<E> values = EnumSet.noneOf(type);
        multi(cell).forEach(v -> values.add(parse.apply(v)));
        return values;
    }

    private static IllegalStateException bad(CSVRecord r, String column) {
        return new IllegalStateException("Demo seed: bad " + column + " on line " + r.getRecordNumber());
    }
}
