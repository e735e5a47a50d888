package nl.cleantechwerkt.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.cleantechwerkt.catalog.CourseData;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.catalog.ProviderData;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.ProviderKind;
import nl.cleantechwerkt.shared.Schedule;
import nl.cleantechwerkt.shared.Sector;

/**
 * Builds and publishes test courses through the catalogue's public API, the way a provider
 * would. Each builder gets unique codes, so test classes sharing one database do not collide.
 */
public final class CourseFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final CourseRegistration registration;

    public CourseFixtures(CourseRegistration registration) {
        this.registration = registration;
    }

    /** Registers a provider with a unique code and returns that code. */
    public String provider(String name) {
        String code = "TP" + SEQUENCE.incrementAndGet();
        registration.registerProvider(new ProviderData(code, name, ProviderKind.PRIVATE, null, null, "Deventer", "7411", null));
        return code;
    }

    public Builder course(String providerCode, String title) {
        return new Builder(providerCode, title);
    }

    public final class Builder {
        private final String providerCode;
        private final String title;
        private String description = "Een praktijkgerichte opleiding.";
        private Level level = Level.COURSE;
        private CourseMode mode = CourseMode.PARTTIME;
        private String language = "nl";
        private Level entryLevel;
        private final List<String> skills = new ArrayList<>();
        private final List<CourseData.Run> runs = new ArrayList<>();
        private String code;

        private Builder(String providerCode, String title) {
            this.providerCode = providerCode;
            this.title = title;
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        public Builder level(Level value) {
            this.level = value;
            return this;
        }

        public Builder mode(CourseMode value) {
            this.mode = value;
            return this;
        }

        public Builder language(String value) {
            this.language = value;
            return this;
        }

        /** The minimum level to enter the course (none by default). */
        public Builder entryLevel(Level value) {
            this.entryLevel = value;
            return this;
        }

        /** The course code; publishing again with the same code updates that course (its runs become this builder's). */
        public Builder code(String value) {
            this.code = value;
            return this;
        }

        public Builder skill(String uri) {
            skills.add(uri);
            return this;
        }

        /** A run starting {@code days} from today (negative: in the past) in the given place of the region. */
        public Builder runIn(String place, int days) {
            LocalDate start = LocalDate.now().plusDays(days);
            runs.add(new CourseData.Run(start, start.plusDays(30), null, false, place, null, Schedule.DAY,
                    new BigDecimal("450.00"), 12));
            return this;
        }

        public Builder onlineRun(int days) {
            LocalDate start = LocalDate.now().plusDays(days);
            runs.add(new CourseData.Run(start, start.plusDays(30), null, true, null, null, Schedule.EVENING, null, null));
            return this;
        }

        /** Publishes the course and returns its id. */
        public long publish() {
            String code = this.code != null ? this.code : "C" + SEQUENCE.incrementAndGet();
            return registration.publish(providerCode, new CourseData(code, title, description, List.of("Je kunt het toepassen."),
                    level, mode, language, 40, null, null, Sector.GENERAL, entryLevel, null, null, skills, runs));
        }
    }
}
