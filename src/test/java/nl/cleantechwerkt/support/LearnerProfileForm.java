package nl.cleantechwerkt.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** The learner's profile form as a person fills it in, for tests in any module that need a learner with a profile. */
public final class LearnerProfileForm {

    private LearnerProfileForm() {
    }

    /**
     * A job seeker in Twello (30 km, MBO-3, days and evenings, part-time, budget 2,000) with one
     * skill at {@code level} from experience, aiming at {@code occupationUri}; post it to {@code /profiel/opslaan}.
     */
    public static Map<String, String> jobSeekerInTwello(String skillUri, String level, String occupationUri) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("status", "JOB_SEEKER");
        form.put("educationLevel", "MBO-3");
        form.put("place", "Twello");
        form.put("radiusKm", "30");
        form.put("schedules", "DAY,EVENING");
        form.put("workload", "PART_TIME");
        form.put("budgetEur", "2000");
        form.put("modes", "PARTTIME");
        form.put("skills[0].uri", skillUri);
        form.put("skills[0].level", level);
        form.put("skills[0].evidence", "EXPERIENCE");
        form.put("skills[0].keep", "true");
        form.put("occupations", occupationUri);
        form.put("action", "save");
        return form;
    }
}
