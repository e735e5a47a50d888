package nl.cleantechwerkt.seed;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import nl.cleantechwerkt.catalog.CourseData;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.catalog.ProviderData;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.geo.MunicipalityView;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.ProviderKind;
import nl.cleantechwerkt.shared.Schedule;
import nl.cleantechwerkt.shared.Sector;
import nl.cleantechwerkt.skills.SkillCatalog;
import nl.cleantechwerkt.skills.SkillView;
import org.springframework.stereotype.Component;

/**
 * Synthetic catalogue for benchmarks at scale: Dutch titles and descriptions built from the
 * taxonomy's labels and a small vocabulary, a realistic skew of levels and places, skills per
 * course drawn with Zipf-like popularity (a few skills are in very many courses, most in few),
 * and runs spread over the past two months and the coming year. The same seed gives the same
 * catalogue. Providers are named "Synthetisch …" and use codes {@code SYN…}, so they are never
 * mistaken for the illustrative seed courses.
 */
@Component
public class CatalogGenerator {

    /** Courses written per transaction: large enough to be fast, small enough to keep memory flat. */
    static final int BATCH = 1_000;
    private static final int PROVIDERS = 150;
    static final String[] REGION_PLACES = {"Apeldoorn", "Deventer", "Zutphen", "Epe", "Lochem", "Heerde",
        "Hattem", "Brummen", "Twello", "Vaassen", "Eerbeek", "Klarenbeek", "Gorssel", "Bathmen", "Wapenveld"};
    /** Rough size weights of the places above, so Apeldoorn and Deventer get most runs. */
    static final int[] PLACE_WEIGHTS = {30, 22, 10, 6, 4, 3, 2, 3, 4, 3, 2, 1, 2, 1, 1};
    private static final String[] ELSEWHERE = {"Zwolle", "Arnhem", "Amersfoort", "Utrecht", "Enschede", "Nijmegen",
        "Hengelo", "Ede", "Harderwijk", "Doetinchem"};
    private static final String[] KINDS = {"Cursus", "Training", "Leergang", "Opleiding", "Workshop", "Praktijkdag"};
    private static final String[] SUFFIXES = {"voor beginners", "voor gevorderden", "in de praktijk", "basis", "verdieping",
        "met praktijkexamen", "voor zij-instromers", "op de werkvloer"};
    private static final String[] SENTENCES = {
        "Je oefent op echte installaties in ons praktijklokaal.",
        "Geschikt voor zij-instromers en vakmensen die willen bijscholen.",
        "Met aandacht voor veilig werken volgens NEN 3140.",
        "Je sluit af met een erkend certificaat.",
        "De lessen zijn kleinschalig en worden gegeven door docenten uit de praktijk.",
        "Je werkt aan een opdracht van een bedrijf uit de regio.",
        "We besteden aandacht aan de energietransitie en circulair werken.",
        "Na afloop kun je zelfstandig aan de slag bij een installatiebedrijf.",
        "Een deel van de opleiding volg je online in je eigen tempo.",
        "Voorkennis is niet nodig; je leert de basis stap voor stap."};
    private static final Level[] LEVELS = {Level.COURSE, Level.MBO_2, Level.MBO_3, Level.MBO_4, Level.AD, Level.BACHELOR,
        Level.MASTER, Level.MBO_1, Level.VMBO, Level.HAVO};
    private static final int[] LEVEL_WEIGHTS = {35, 10, 13, 14, 6, 12, 4, 2, 2, 2};

    private final CourseRegistration registration;
    private final SkillCatalog skills;
    private final Gazetteer gazetteer;
    private final Clock clock;

    CatalogGenerator(CourseRegistration registration, SkillCatalog skills, Gazetteer gazetteer, Clock clock) {
        this.registration = registration;
        this.skills = skills;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    /**
     * Writes {@code courses} synthetic courses (and the providers they need) in batches.
     *
     * @param progress told the number of courses written after each batch
     * @return the number of runs written
     */
    public long generate(int courses, long seed, IntConsumer progress) {
        Draw draw = new Draw(seed);
        List<String> providers = providers(new SplittableRandom(seed));
        long runs = 0;
        int written = 0;
        while (written < courses) {
            int batchSize = Math.min(BATCH, courses - written);
            String provider = providers.get(draw.random.nextInt(providers.size()));
            List<CourseData> batch = new ArrayList<>(batchSize);
            for (int i = 0; i < batchSize; i++) {
                CourseData course = draw.course(written + i);
                runs += course.runs().size();
                batch.add(course);
            }
            registration.publishAll(provider, batch);
            written += batchSize;
            progress.accept(written);
        }
        return runs;
    }

    /** The first {@code courses} courses that {@link #generate} writes for this seed, without writing them. */
    List<CourseData> preview(int courses, long seed) {
        Draw draw = new Draw(seed);
        List<CourseData> drawn = new ArrayList<>();
        for (int n = 0; n < courses; n++) {
            if (n % BATCH == 0) {
                draw.random.nextInt(PROVIDERS);
            }
            drawn.add(draw.course(n));
        }
        return drawn;
    }

    /** One seeded stream of courses. */
    private final class Draw {
        private final SplittableRandom random;
        private final List<SkillView> bySkillPopularity;
        private final double[] zipf;
        private final List<MunicipalityView> elsewhere = new ArrayList<>();
        private final LocalDate today = LocalDate.now(clock);

        Draw(long seed) {
            random = new SplittableRandom(seed);
            bySkillPopularity = skills.allSkills().stream()
                    .sorted(Comparator.comparingInt((SkillView s) -> -skills.occupationsNeeding(s.uri()))
                            .thenComparing(SkillView::uri))
                    .toList();
            if (bySkillPopularity.isEmpty()) {
                throw new IllegalStateException("The skills taxonomy is empty: load the reference data first");
            }
            zipf = zipfCumulative(bySkillPopularity.size(), 1.05);
            for (String name : ELSEWHERE) {
                gazetteer.municipality(name).ifPresent(elsewhere::add);
            }
        }

        CourseData course(int n) {
            return CatalogGenerator.this.course(n, random, bySkillPopularity, zipf, elsewhere, today);
        }
    }

    private List<String> providers(SplittableRandom random) {
        List<String> codes = new ArrayList<>();
        ProviderKind[] kinds = ProviderKind.values();
        for (int p = 1; p <= PROVIDERS; p++) {
            String code = String.format(Locale.ROOT, "SYN%03d", p);
            if (!registration.providerExists(code)) {
                ProviderKind kind = kinds[random.nextInt(kinds.length)];
                registration.registerProvider(new ProviderData(code, "Synthetisch opleidingsinstituut " + p, kind, null, null,
                        REGION_PLACES[p % REGION_PLACES.length], null, "Gegenereerd voor benchmarks; geen echte aanbieder."));
            }
            codes.add(code);
        }
        return codes;
    }

    private CourseData course(int n, SplittableRandom random, List<SkillView> skillList, double[] zipf,
            List<MunicipalityView> elsewhere, LocalDate today) {
        Set<SkillView> taught = new LinkedHashSet<>();
        int skillCount = 3 + random.nextInt(6);
        while (taught.size() < skillCount) {
            taught.add(skillList.get(pick(zipf, random.nextDouble())));
        }
        List<SkillView> list = List.copyOf(taught);
        String main = list.get(0).labelNl();
        String kind = KINDS[random.nextInt(KINDS.length)];
        String title = kind + " " + main + " " + SUFFIXES[random.nextInt(SUFFIXES.length)];
        String description = "In deze " + kind.toLowerCase(Locale.ROOT) + " leer je " + main + ", " + list.get(1).labelNl()
                + " en " + list.get(2).labelNl() + ". " + SENTENCES[random.nextInt(SENTENCES.length)] + " "
                + SENTENCES[random.nextInt(SENTENCES.length)];
        Level level = LEVELS[weighted(LEVEL_WEIGHTS, random)];
        CourseMode mode = mode(level, random);
        Integer hours = level == Level.COURSE ? 4 + random.nextInt(120) : 400 + random.nextInt(3_000);
        List<CourseData.Run> runs = new ArrayList<>();
        int runCount = random.nextInt(100) < 5 ? 0 : 1 + random.nextInt(3);
        for (int r = 0; r < runCount; r++) {
            runs.add(run(level, mode, random, elsewhere, today));
        }
        return new CourseData(String.format(Locale.ROOT, "GEN-%07d", n), title, description, List.of(), level, mode, "nl", hours,
                null, null, Sector.GENERAL, null, null, null, list.stream().map(SkillView::uri).toList(), runs);
    }

    private static CourseMode mode(Level level, SplittableRandom random) {
        return switch (level) {
            case MBO_1, MBO_2, MBO_3, MBO_4 -> random.nextBoolean() ? CourseMode.BOL : CourseMode.BBL;
            case AD, BACHELOR, MASTER -> random.nextInt(4) == 0 ? CourseMode.PARTTIME : CourseMode.FULLTIME;
            case VMBO, HAVO, VWO -> CourseMode.FULLTIME;
            case COURSE -> new CourseMode[] {CourseMode.PARTTIME, CourseMode.ONLINE, CourseMode.BLENDED}[random.nextInt(3)];
        };
    }

    private CourseData.Run run(Level level, CourseMode mode, SplittableRandom random, List<MunicipalityView> elsewhere,
            LocalDate today) {
        LocalDate start = today.plusDays(-60 + random.nextInt(425));
        LocalDate end = start.plusDays(level == Level.COURSE ? 1 + random.nextInt(90) : 300 + random.nextInt(800));
        Schedule schedule = Schedule.values()[random.nextInt(Schedule.values().length)];
        BigDecimal price = level == Level.COURSE ? BigDecimal.valueOf(150 + random.nextInt(2_350)) : null;
        int where = random.nextInt(100);
        if (mode == CourseMode.ONLINE || where < 12) {
            return new CourseData.Run(start, end, null, true, null, null, schedule, price, 8 + random.nextInt(40));
        }
        if (where < 25 && !elsewhere.isEmpty()) {
            MunicipalityView m = elsewhere.get(random.nextInt(elsewhere.size()));
            return new CourseData.Run(start, end, null, false, m.name(), null, schedule, price, 8 + random.nextInt(40),
                    m.latitude(), m.longitude());
        }
        return new CourseData.Run(start, end, null, false, REGION_PLACES[weighted(PLACE_WEIGHTS, random)], null, schedule, price,
                8 + random.nextInt(40));
    }

    /** Cumulative Zipf probabilities for ranks 1..n with exponent s. */
    static double[] zipfCumulative(int n, double s) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int k = 1; k <= n; k++) {
            sum += 1 / Math.pow(k, s);
            cumulative[k - 1] = sum;
        }
        for (int k = 0; k < n; k++) {
            cumulative[k] /= sum;
        }
        return cumulative;
    }

    static int pick(double[] cumulative, double u) {
        int index = java.util.Arrays.binarySearch(cumulative, u);
        return Math.min(cumulative.length - 1, index >= 0 ? index : -index - 1);
    }

    static int weighted(int[] weights, SplittableRandom random) {
        int total = java.util.Arrays.stream(weights).sum();
        int u = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
