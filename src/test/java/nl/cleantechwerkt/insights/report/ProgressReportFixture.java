package nl.cleantechwerkt.insights.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.accounts.Role;
import nl.cleantechwerkt.catalog.CourseData;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.catalog.ProviderData;
import nl.cleantechwerkt.employers.EmployerData;
import nl.cleantechwerkt.employers.Employers;
import nl.cleantechwerkt.employers.NeedData;
import nl.cleantechwerkt.employers.NeedKind;
import nl.cleantechwerkt.employers.NeedSkill;
import nl.cleantechwerkt.employers.SkillNeeds;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.learners.LearnerStatus;
import nl.cleantechwerkt.learners.OwnProfile;
import nl.cleantechwerkt.learners.ProfileData;
import nl.cleantechwerkt.learners.Workload;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.MonthRange;
import nl.cleantechwerkt.shared.ProviderKind;
import nl.cleantechwerkt.shared.Schedule;
import nl.cleantechwerkt.shared.Sector;
import nl.cleantechwerkt.shared.TimeConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small world of its own for the progress report, in 2019 — a year no other test writes in.
 * Everything is made through the modules' services, as the forms do, and then moved back in time
 * with SQL: the application's clock is the system clock, and its timestamps are exactly what the
 * report reads. Learners do not consent, so they never show up as anyone's candidates.
 *
 * <p>What the report must count for {@link #PERIOD} (worked out by hand, see each part):
 * courses published 3, with a start 4 (online 1; Deventer 2, Zutphen 2), new learners 6, active 8
 * (Deventer 6, Zutphen 2), needs posted 5 asking for 10 people (Deventer 5), employers active 7,
 * invitations sent 7, accepted 5.
 */
final class ProgressReportFixture {

    static final MonthRange PERIOD = new MonthRange(YearMonth.of(2019, 1), YearMonth.of(2019, 12));
    static final String DEVENTER = "GM0150";
    static final String ZUTPHEN = "GM0301";
    /** ESCO "kapotte apparaten ophalen": taught by no course of the seed or of any test. */
    static final String UNTAUGHT_SKILL = "http://data.europa.eu/esco/skill/901297b8-9f66-431b-a6ab-bc2235acf056";
    static final String UNTAUGHT_SKILL_LABEL = "kapotte apparaten ophalen";
    static final String PASSWORD = "voortgang van de regio in beeld";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcTemplate jdbc;
    private final CourseRegistration registration;
    private final Accounts accounts;
    private final OwnProfile profiles;
    private final Gazetteer gazetteer;
    private final Employers employers;
    private final SkillNeeds needs;

    /** The open needs for {@link #UNTAUGHT_SKILL}, closed again by {@link #closeOpenNeeds()}. */
    private final List<long[]> openNeeds = new ArrayList<>();

    ProgressReportFixture(JdbcTemplate jdbc, CourseRegistration registration, Accounts accounts, OwnProfile profiles,
            Gazetteer gazetteer, Employers employers, SkillNeeds needs) {
        this.jdbc = jdbc;
        this.registration = registration;
        this.accounts = accounts;
        this.profiles = profiles;
        this.gazetteer = gazetteer;
        this.employers = employers;
        this.needs = needs;
    }

    void build() {
        courses();
        List<Long> learners = learners();
        invitations(employersAndNeeds(), learners);
    }

    /**
     * A: runs in Deventer and Zutphen, first published in March → published, with runs.
     * B: online run, published in June → published, with runs, online.
     * C: run in Deventer, published in December 2018 → with runs only.
     * D: a draft with a run in Deventer → nothing. E: published and run in 2020 → nothing.
     * F: published 31 December 23:30 Dutch time, run on 31 December in Zutphen → published, with runs.
     * G: published 1 January 2020 00:00 Dutch time (still 2019 in UTC), run 1 January 2020 → nothing.
     */
    private void courses() {
        String provider = "VGT" + SEQUENCE.incrementAndGet();
        registration.registerProvider(new ProviderData(provider, "Voortgangstest School", ProviderKind.PRIVATE, null, null,
                "Deventer", "7411", null));
        long a = course(provider, "Voortgangstest A", true, run("Deventer", 2019, 4, 1), run("Zutphen", 2019, 5, 1));
        long b = course(provider, "Voortgangstest B", true, online(2019, 9, 1));
        long c = course(provider, "Voortgangstest C", true, run("Deventer", 2019, 2, 1));
        course(provider, "Voortgangstest D", false, run("Deventer", 2019, 3, 1));
        long e = course(provider, "Voortgangstest E", true, run("Deventer", 2020, 2, 1));
        long f = course(provider, "Voortgangstest F", true, run("Zutphen", 2019, 12, 31));
        long g = course(provider, "Voortgangstest G", true, run("Zutphen", 2020, 1, 1));
        firstPublished(a, at(2019, 3, 10, 12, 0));
        firstPublished(b, at(2019, 6, 15, 12, 0));
        firstPublished(c, at(2018, 12, 1, 12, 0));
        firstPublished(e, at(2020, 1, 5, 12, 0));
        firstPublished(f, at(2019, 12, 31, 23, 30));
        firstPublished(g, at(2020, 1, 1, 0, 0));
    }

    /**
     * L1–L6 in Deventer, created in February → new and active. L7, L8 in Zutphen, created in 2018,
     * changed in May → active. L9 in Deventer, created and changed in 2018 → nothing. L10 created
     * 1 January 2020 00:30 Dutch time → nothing.
     *
     * @return the learners' account ids, L1 first
     */
    private List<Long> learners() {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            String email = "voortgang-lerende" + SEQUENCE.incrementAndGet() + "@test.nl";
            accounts.register(email, PASSWORD, "Lerende " + i, Role.LEARNER);
            long userId = accounts.find(email).orElseThrow().id();
            String place = i == 7 || i == 8 ? "Zutphen" : "Deventer";
            profiles.save(userId, new ProfileData(LearnerStatus.JOB_SEEKER, Level.MBO_3, gazetteer.resolve(place).orElseThrow(),
                    20, Set.of(Schedule.DAY), Workload.PART_TIME, null, Set.of(), List.of(), List.of()));
            ids.add(userId);
        }
        for (int i = 0; i < 6; i++) {
            profileTimes(ids.get(i), at(2019, 2, 10, 9, 0), at(2019, 2, 10, 9, 0));
        }
        profileTimes(ids.get(6), at(2018, 5, 1, 9, 0), at(2019, 5, 1, 9, 0));
        profileTimes(ids.get(7), at(2018, 5, 1, 9, 0), at(2019, 5, 1, 9, 0));
        profileTimes(ids.get(8), at(2018, 1, 1, 9, 0), at(2018, 6, 1, 9, 0));
        profileTimes(ids.get(9), at(2020, 1, 1, 0, 30), at(2020, 1, 1, 0, 30));
        return ids;
    }

    /**
     * E1–E5: one need each in Deventer for 2 people, posted in March → posted, active. E6: a need in
     * Zutphen from 2018, invited for in 2019 → active. E7: a need from 2018 closed in August 2019 →
     * active. E8: a need from 2017 last changed in 2018 → nothing. E9: five open needs now, for
     * {@link #UNTAUGHT_SKILL} in Epe, 20 people each, for the unmet demand.
     *
     * @return the needs of E1–E8, in that order
     */
    private List<Long> employersAndNeeds() {
        List<Long> needIds = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            long userId = employer("Voortgangstest BV " + i);
            long needId = needs.save(userId, null, need("Voortgangstest vacature " + i, i == 6 ? "Zutphen" : "Deventer", 2,
                    NeedSkill.must(UNTAUGHT_SKILL)));
            needIds.add(needId);
            if (i == 7) {
                needs.close(userId, needId);
            }
        }
        for (int i = 0; i < 5; i++) {
            needTimes(needIds.get(i), at(2019, 3, 1, 10, 0), at(2019, 3, 1, 10, 0));
        }
        needTimes(needIds.get(5), at(2018, 3, 1, 10, 0), at(2018, 3, 1, 10, 0));
        needTimes(needIds.get(6), at(2018, 3, 1, 10, 0), at(2019, 8, 1, 10, 0));
        needTimes(needIds.get(7), at(2017, 3, 1, 10, 0), at(2018, 3, 1, 10, 0));
        // The 2019 needs are history: closed, so they add nothing to today's demand.
        for (int i = 0; i < 8; i++) {
            jdbc.update("update skill_need set status = 'CLOSED' where id = ?", needIds.get(i));
        }
        long e9 = employer("Voortgangstest Kringloop");
        for (int i = 1; i <= 5; i++) {
            long needId = needs.save(e9, null, need("Voortgangstest ophaler " + i, "Epe", 20, NeedSkill.must(UNTAUGHT_SKILL)));
            openNeeds.add(new long[] {e9, needId});
        }
        return needIds;
    }

    /**
     * I1–I4: N1–N4 to L1–L4, sent in July, accepted in July. I5: N5 to L5, declined. I6: N6 to L6,
     * unanswered. I7: N1 to L7, sent December 2018, accepted January 2019. I8: N2 to L8, sent
     * December 2019, accepted January 2020. Sent in 2019: I1–I6, I8 = 7; accepted: I1–I4, I7 = 5.
     */
    private void invitations(List<Long> needIds, List<Long> learners) {
        for (int i = 0; i < 4; i++) {
            invitation(needIds.get(i), learners.get(i), "ACCEPTED", at(2019, 7, 1, 10, 0), at(2019, 7, 10, 10, 0));
        }
        invitation(needIds.get(4), learners.get(4), "DECLINED", at(2019, 7, 1, 10, 0), at(2019, 7, 5, 10, 0));
        invitation(needIds.get(5), learners.get(5), "INVITED", at(2019, 7, 1, 10, 0), null);
        invitation(needIds.get(0), learners.get(6), "ACCEPTED", at(2018, 12, 20, 10, 0), at(2019, 1, 5, 10, 0));
        invitation(needIds.get(1), learners.get(7), "ACCEPTED", at(2019, 12, 20, 10, 0), at(2020, 1, 2, 10, 0));
    }

    /** Closes the open needs again, so today's regional demand is as it was for the tests after this one. */
    void closeOpenNeeds() {
        openNeeds.forEach(n -> needs.close(n[0], n[1]));
    }

    private long employer(String name) {
        String email = "voortgang-werkgever" + SEQUENCE.incrementAndGet() + "@test.nl";
        accounts.register(email, PASSWORD, "Werkgever", Role.EMPLOYER);
        long userId = accounts.find(email).orElseThrow().id();
        employers.saveOrganisation(userId, new EmployerData(name, "12345678", "Deventer", Sector.GENERAL));
        return userId;
    }

    private static NeedData need(String title, String place, int people, NeedSkill skill) {
        return new NeedData(NeedKind.VACANCY, title, null, List.of(skill), people, place, null, null);
    }

    private long course(String provider, String title, boolean publish, CourseData.Run... runs) {
        return registration.save(provider, null, new CourseData("VGT-" + SEQUENCE.incrementAndGet(), title,
                "Een cursus die alleen de voortgangsrapportage test.", List.of("Je kunt het."), Level.COURSE,
                CourseMode.PARTTIME, "nl", 40, null, null, Sector.GENERAL, null, null, null, List.of(), List.of(runs)), publish);
    }

    private static CourseData.Run run(String place, int year, int month, int day) {
        LocalDate start = LocalDate.of(year, month, day);
        return new CourseData.Run(start, start.plusDays(30), null, false, place, null, Schedule.DAY, new BigDecimal("300.00"),
                12);
    }

    private static CourseData.Run online(int year, int month, int day) {
        LocalDate start = LocalDate.of(year, month, day);
        return new CourseData.Run(start, start.plusDays(30), null, true, null, null, Schedule.EVENING, null, null);
    }

    private void firstPublished(long courseId, OffsetDateTime when) {
        jdbc.update("update course set first_published_at = ?, created_at = ?, updated_at = ? where id = ?", when, when, when,
                courseId);
    }

    private void profileTimes(long userId, OffsetDateTime created, OffsetDateTime updated) {
        jdbc.update("update learner_profile set created_at = ?, updated_at = ? where user_id = ?", created, updated, userId);
    }

    private void needTimes(long needId, OffsetDateTime created, OffsetDateTime updated) {
        jdbc.update("update skill_need set created_at = ?, updated_at = ? where id = ?", created, updated, needId);
    }

    private void invitation(long needId, long learnerUserId, String status, OffsetDateTime sent, OffsetDateTime answered) {
        jdbc.update("insert into invitation (need_id, learner_user_id, status, created_at, answered_at) values (?, ?, ?, ?, ?)",
                needId, learnerUserId, status, sent, answered);
    }

    /** A moment in Dutch time. */
    static OffsetDateTime at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, minute), TimeConfiguration.ZONE).toOffsetDateTime();
    }
}
