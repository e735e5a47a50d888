package nl.cleantechwerkt.seed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.accounts.Role;
import nl.cleantechwerkt.employers.EmployerData;
import nl.cleantechwerkt.employers.Employers;
import nl.cleantechwerkt.employers.Importance;
import nl.cleantechwerkt.employers.NeedData;
import nl.cleantechwerkt.employers.NeedKind;
import nl.cleantechwerkt.employers.NeedSkill;
import nl.cleantechwerkt.employers.SkillNeeds;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.geo.Location;
import nl.cleantechwerkt.geo.MunicipalityView;
import nl.cleantechwerkt.learners.Evidence;
import nl.cleantechwerkt.learners.LearnerStatus;
import nl.cleantechwerkt.learners.OwnProfile;
import nl.cleantechwerkt.learners.ProfileData;
import nl.cleantechwerkt.learners.ProfileSkill;
import nl.cleantechwerkt.learners.SkillLevel;
import nl.cleantechwerkt.learners.Workload;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.Schedule;
import nl.cleantechwerkt.shared.Sector;
import nl.cleantechwerkt.skills.OccupationView;
import nl.cleantechwerkt.skills.SkillCatalog;
import nl.cleantechwerkt.skills.SkillView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Synthetic learners and employer needs for benchmarks at scale, next to {@link CatalogGenerator}'s
 * courses. Learners have a status, an education level skewed to MBO, a place of the region
 * (weighted by size) with a travel radius, one or two target occupations (Zipf-like: a few
 * occupations are wanted by many), skills partly from those occupations and partly drawn with
 * Zipf-like popularity, and about a third gave consent to be found by employers. Needs belong
 * to synthetic employers (one per ten needs) and ask for skills of an occupation.
 *
 * <p>Everything is written through the modules' services ({@link Accounts}, {@link OwnProfile},
 * {@link Employers}, {@link SkillNeeds}), so the same checks and the same indexing apply as for
 * a person filling in the forms, in transactions of {@link #BATCH} records. The accounts cannot
 * log in ({@link Accounts#createWithoutLogin}): no password is hashed per account. Addresses are
 * numbered ({@code gen-lerende-000001@generated.invalid}), so a second run with the same seed
 * adds nothing and the same seed gives the same people.
 */
@Component
public class PeopleGenerator {

    /** Records per transaction: each save flushes, and a flush dirty-checks the whole batch so far, so keep it small. */
    static final int BATCH = 100;
    private static final int NEEDS_PER_EMPLOYER = 10;
    private static final String DOMAIN = "@generated.invalid";
    private static final LearnerStatus[] STATUSES = LearnerStatus.values();
    private static final int[] STATUS_WEIGHTS = {20, 30, 40, 10};
    private static final Level[] EDUCATION = {Level.VMBO, Level.HAVO, Level.MBO_2, Level.MBO_3, Level.MBO_4, Level.AD,
        Level.BACHELOR, Level.MASTER};
    private static final int[] EDUCATION_WEIGHTS = {10, 5, 15, 20, 25, 5, 15, 5};
    private static final SkillLevel[] SKILL_LEVELS = SkillLevel.values();
    private static final int[] SKILL_LEVEL_WEIGHTS = {45, 40, 15};
    private static final NeedKind[] NEED_KINDS = {NeedKind.VACANCY, NeedKind.BBL, NeedKind.INTERNSHIP, NeedKind.UPSKILLING};
    private static final int[] NEED_KIND_WEIGHTS = {50, 20, 15, 15};
    private static final Sector[] SECTORS = {Sector.INSTALLATION_TECHNOLOGY, Sector.ENERGY_TRANSITION, Sector.ELECTRICAL,
        Sector.CONSTRUCTION, Sector.MECHANICAL_MAINTENANCE, Sector.MOBILITY, Sector.CIRCULAR, Sector.ICT_DATA,
        Sector.PROCESS_TECHNOLOGY, Sector.LOGISTICS};
    private static final int[] SECTOR_WEIGHTS = {25, 20, 15, 12, 8, 6, 5, 4, 3, 2};
    /** Share of learners (in percent) who let employers find their name-free profile. */
    private static final int CONSENT_PERCENT = 35;

    private final Accounts accounts;
    private final OwnProfile profiles;
    private final Employers employers;
    private final SkillNeeds needs;
    private final SkillCatalog skills;
    private final Gazetteer gazetteer;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PeopleGenerator(Accounts accounts, OwnProfile profiles, Employers employers, SkillNeeds needs, SkillCatalog skills,
            Gazetteer gazetteer, Clock clock, PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.employers = employers;
        this.needs = needs;
        this.skills = skills;
        this.gazetteer = gazetteer;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** A generated learner before it is written: the address, and the profile and consent to save. */
    record LearnerDraw(String email, ProfileData profile, boolean consent) {
    }

    /** A generated need before it is written, with the number of its employer (1-based). */
    record NeedDraw(int employer, NeedData need) {
    }

    /**
     * Writes {@code count} learners with their profiles, in batches.
     *
     * @param progress told the number of learners done after each batch
     * @return the number of learners written (addresses that existed are skipped)
     */
    public int generateLearners(int count, long seed, IntConsumer progress) {
        Draw draw = new Draw(seed);
        return inBatches(count, progress, n -> {
            LearnerDraw learner = draw.learner(n);
            return accounts.createWithoutLogin(learner.email(), "Gegenereerde lerende " + (n + 1), Role.LEARNER).map(id -> {
                profiles.save(id, learner.profile());
                if (learner.consent()) {
                    profiles.giveConsent(id);
                }
                return true;
            }).orElse(false);
        });
    }

    /**
     * Writes {@code count} open needs of {@code ceil(count / 10)} synthetic employers, in batches.
     *
     * @param progress told the number of needs done after each batch
     * @return the number of needs written (needs of employers that existed are skipped)
     */
    public int generateNeeds(int count, long seed, IntConsumer progress) {
        Draw draw = new Draw(seed);
        Map<Integer, Long> employerUsers = new LinkedHashMap<>();
        return inBatches(count, progress, n -> {
            NeedDraw need = draw.need(n);
            long userId = employerUsers.computeIfAbsent(need.employer(), e -> employer(e, draw).orElse(-1L));
            if (userId < 0) {
                return false;
            }
            needs.save(userId, null, need.need());
            return true;
        });
    }

    /** Runs {@code write} for 0 … count-1 in transactions of {@link #BATCH}; returns how many it wrote. */
    private int inBatches(int count, IntConsumer progress, IntPredicate write) {
        int[] written = {0};
        for (int done = 0; done < count; ) {
            int first = done;
            int last = Math.min(count, done + BATCH);
            transaction.executeWithoutResult(status -> {
                for (int n = first; n < last; n++) {
                    if (write.test(n)) {
                        written[0]++;
                    }
                }
            });
            done = last;
            progress.accept(done);
        }
        return written[0];
    }

    /** The first {@code count} learners {@link #generateLearners} writes for this seed, without writing them. */
    List<LearnerDraw> previewLearners(int count, long seed) {
        return IntStream.range(0, count).mapToObj(new Draw(seed)::learner).toList();
    }

    /** The first {@code count} needs {@link #generateNeeds} writes for this seed, without writing them. */
    List<NeedDraw> previewNeeds(int count, long seed) {
        return IntStream.range(0, count).mapToObj(new Draw(seed)::need).toList();
    }

    private java.util.Optional<Long> employer(int number, Draw draw) {
        String email = String.format(Locale.ROOT, "gen-werkgever-%05d%s", number, DOMAIN);
        return accounts.createWithoutLogin(email, "Gegenereerde contactpersoon " + number, Role.EMPLOYER).map(userId -> {
            employers.saveOrganisation(userId, draw.organisation(number));
            return userId;
        });
    }

    /**
     * One seeded stream of people. Each learner and need is drawn from its own random stream
     * (the seed and its number), so a preview of the first n is the start of any longer run.
     */
    private final class Draw {
        private final long seed;
        private final List<SkillView> bySkillPopularity;
        private final double[] skillZipf;
        private final List<OccupationView> occupations;
        private final double[] occupationZipf;
        private final List<Location> places = new ArrayList<>();
        private final int[] placeWeights;
        private final List<MunicipalityView> municipalities;
        private final LocalDate today = LocalDate.now(clock);

        Draw(long seed) {
            this.seed = seed;
            bySkillPopularity = skills.allSkills().stream()
                    .sorted(Comparator.comparingInt((SkillView s) -> -skills.occupationsNeeding(s.uri()))
                            .thenComparing(SkillView::uri))
                    .toList();
            // Occupations with many essential skills are the broad trades (installer, electrician): most wanted.
            occupations = skills.allOccupations().stream()
                    .filter(o -> !o.essentialSkills().isEmpty())
                    .sorted(Comparator.comparingInt((OccupationView o) -> -o.essentialSkills().size())
                            .thenComparing(OccupationView::uri))
                    .toList();
            if (bySkillPopularity.isEmpty() || occupations.isEmpty()) {
                throw new IllegalStateException("The skills taxonomy is empty: load the reference data first");
            }
            skillZipf = CatalogGenerator.zipfCumulative(bySkillPopularity.size(), 1.05);
            occupationZipf = CatalogGenerator.zipfCumulative(occupations.size(), 1.0);
            List<Integer> weights = new ArrayList<>();
            for (int i = 0; i < CatalogGenerator.REGION_PLACES.length; i++) {
                int weight = CatalogGenerator.PLACE_WEIGHTS[i];
                gazetteer.resolve(CatalogGenerator.REGION_PLACES[i]).ifPresent(location -> {
                    places.add(location);
                    weights.add(weight);
                });
            }
            placeWeights = weights.stream().mapToInt(Integer::intValue).toArray();
            municipalities = gazetteer.regionMunicipalities();
            if (places.isEmpty() || municipalities.isEmpty()) {
                throw new IllegalStateException("The gazetteer is empty: load the reference data first");
            }
        }

        private SplittableRandom stream(long salt, int n) {
            return new SplittableRandom(seed * 1_000_003L + salt * 7_919L + n);
        }

        LearnerDraw learner(int n) {
            SplittableRandom random = stream(1, n);
            LearnerStatus status = STATUSES[weighted(STATUS_WEIGHTS, random)];
            Level education = EDUCATION[weighted(EDUCATION_WEIGHTS, random)];
            Location location = random.nextInt(100) < 90 ? places.get(weighted(placeWeights, random)) : null;
            Integer radius = location == null ? null : 10 + 5 * random.nextInt(9);
            Set<Schedule> schedules = EnumSet.noneOf(Schedule.class);
            schedules.add(status == LearnerStatus.EMPLOYED ? Schedule.EVENING : Schedule.DAY);
            if (random.nextInt(3) == 0) {
                schedules.add(Schedule.values()[random.nextInt(Schedule.values().length)]);
            }
            Workload workload = status == LearnerStatus.EMPLOYED ? Workload.PART_TIME
                    : Workload.values()[random.nextInt(Workload.values().length)];
            Integer budget = random.nextInt(100) < 40 ? null : 500 + 250 * random.nextInt(19);
            Set<CourseMode> modes = EnumSet.noneOf(CourseMode.class);
            if (random.nextInt(100) < 40) {
                modes.add(CourseMode.values()[random.nextInt(CourseMode.values().length)]);
            }
            List<OccupationView> targets = new ArrayList<>();
            int targetCount = random.nextInt(100) < 70 ? 1 : 2;
            while (targets.size() < targetCount) {
                OccupationView o = occupations.get(CatalogGenerator.pick(occupationZipf, random.nextDouble()));
                if (!targets.contains(o)) {
                    targets.add(o);
                }
            }
            // Some of the target occupation's own skills (what they are retraining towards, partly had), plus
            // popular skills from their past work.
            Map<String, ProfileSkill> had = new LinkedHashMap<>();
            List<String> essential = targets.get(0).essentialSkills();
            int fromTarget = Math.min(essential.size(), random.nextInt(4));
            for (int i = 0; i < fromTarget; i++) {
                String uri = essential.get(random.nextInt(essential.size()));
                had.putIfAbsent(uri, skill(uri, random));
            }
            int total = fromTarget + 2 + random.nextInt(8);
            while (had.size() < total) {
                String uri = bySkillPopularity.get(CatalogGenerator.pick(skillZipf, random.nextDouble())).uri();
                had.putIfAbsent(uri, skill(uri, random));
            }
            ProfileData profile = new ProfileData(status, education, location, radius, schedules, workload, budget, modes,
                    List.copyOf(had.values()), targets.stream().map(OccupationView::uri).toList());
            return new LearnerDraw(String.format(Locale.ROOT, "gen-lerende-%06d%s", n + 1, DOMAIN), profile,
                    random.nextInt(100) < CONSENT_PERCENT);
        }

        private ProfileSkill skill(String uri, SplittableRandom random) {
            SkillLevel level = SKILL_LEVELS[weighted(SKILL_LEVEL_WEIGHTS, random)];
            int e = random.nextInt(10);
            Evidence evidence = e < 4 ? null : e < 6 ? Evidence.DIPLOMA : e < 7 ? Evidence.CERTIFICATE : Evidence.EXPERIENCE;
            return new ProfileSkill(uri, level, evidence);
        }

        NeedDraw need(int n) {
            SplittableRandom random = stream(2, n);
            NeedKind kind = NEED_KINDS[weighted(NEED_KIND_WEIGHTS, random)];
            OccupationView occupation = occupations.get(CatalogGenerator.pick(occupationZipf, random.nextDouble()));
            Set<String> must = new LinkedHashSet<>();
            List<String> essential = occupation.essentialSkills();
            int mustCount = Math.min(essential.size(), 2 + random.nextInt(4));
            while (must.size() < mustCount) {
                must.add(essential.get(random.nextInt(essential.size())));
            }
            List<NeedSkill> needSkills = new ArrayList<>();
            must.forEach(uri -> needSkills.add(new NeedSkill(uri, Importance.MUST)));
            List<String> optional = occupation.optionalSkills();
            int niceCount = optional.isEmpty() ? 0 : random.nextInt(4);
            for (int i = 0; i < niceCount; i++) {
                String uri = optional.get(random.nextInt(optional.size()));
                if (!must.contains(uri) && needSkills.stream().noneMatch(s -> s.skillUri().equals(uri))) {
                    needSkills.add(new NeedSkill(uri, Importance.NICE));
                }
            }
            String label = occupation.labelNl();
            String title = switch (kind) {
                case VACANCY -> Character.toUpperCase(label.charAt(0)) + label.substring(1);
                case BBL -> "BBL-plaats " + label;
                case INTERNSHIP -> "Stage " + label;
                case UPSKILLING -> "Bijscholing " + label;
            };
            int people = random.nextInt(100) < 60 ? 1 : 2 + random.nextInt(random.nextInt(100) < 90 ? 3 : 20);
            Location place = places.get(weighted(placeWeights, random));
            LocalDate start = random.nextInt(100) < 40 ? null : today.plusDays(7 + random.nextInt(174));
            LocalDate deadline = random.nextInt(100) < 30 ? null : today.plusDays(14 + random.nextInt(107));
            int employer = n / NEEDS_PER_EMPLOYER + 1;
            return new NeedDraw(employer, new NeedData(kind, title, occupation.uri(), needSkills, people, place.name(), start,
                    deadline));
        }

        EmployerData organisation(int number) {
            SplittableRandom random = stream(3, number);
            MunicipalityView municipality = municipalities.get(random.nextInt(municipalities.size()));
            return new EmployerData("Synthetisch bedrijf " + number, String.format(Locale.ROOT, "9%07d", number),
                    municipality.code(), SECTORS[weighted(SECTOR_WEIGHTS, random)]);
        }
    }

    private static int weighted(int[] weights, SplittableRandom random) {
        return CatalogGenerator.weighted(weights, random);
    }
}
