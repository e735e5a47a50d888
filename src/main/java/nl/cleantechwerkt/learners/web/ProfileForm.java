package nl.cleantechwerkt.learners.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The learner's profile form. Numbers arrive as text so every wrong value gets our own message
 * at its field (see {@link ProfileFormValidator}). Mutable because it binds indexed skill rows
 * ({@code skills[2].level}).
 */
public class ProfileForm {

    static final String DEFAULT_RADIUS = "25";

    private String status = "";
    private String educationLevel = "";
    private String place = "";
    private String radiusKm = DEFAULT_RADIUS;
    private List<String> schedules = new ArrayList<>();
    private String workload = "EITHER";
    private String budgetEur = "";
    private List<String> modes = new ArrayList<>();
    private List<SkillRow> skills = new ArrayList<>();
    private String addSkill = "";
    private String experience = "";
    private List<String> occupations = new ArrayList<>();
    private String addOccupation = "";

    /**
     * One skill of the list. Only rows with {@code keep} ticked are saved: rows suggested from
     * the "what have you done" text start unticked, so nothing is added without the learner's say.
     */
    public static class SkillRow {
        private String uri = "";
        private String level = "BASIC";
        private String evidence = "";
        private boolean keep;
        private boolean suggested;

        static SkillRow kept(String uri, String level, String evidence) {
            SkillRow row = new SkillRow();
            row.uri = uri;
            row.level = level;
            row.evidence = evidence;
            row.keep = true;
            return row;
        }

        static SkillRow suggestion(String uri) {
            SkillRow row = new SkillRow();
            row.uri = uri;
            row.evidence = "EXPERIENCE";
            row.suggested = true;
            return row;
        }

        public String getUri() { return uri; }
        public void setUri(String v) { uri = v == null ? "" : v; }
        public String getLevel() { return level; }
        public void setLevel(String v) { level = v == null ? "" : v; }
        public String getEvidence() { return evidence; }
        public void setEvidence(String v) { evidence = v == null ? "" : v; }
        public boolean isKeep() { return keep; }
        public void setKeep(boolean v) { keep = v; }
        public boolean isSuggested() { return suggested; }
        public void setSuggested(boolean v) { suggested = v; }
    }

    public String getStatus() { return status; }
    public void setStatus(String v) { status = v == null ? "" : v; }
    public String getEducationLevel() { return educationLevel; }
    public void setEducationLevel(String v) { educationLevel = v == null ? "" : v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v == null ? "" : v; }
    public String getRadiusKm() { return radiusKm; }
    public void setRadiusKm(String v) { radiusKm = v == null ? "" : v; }
    public List<String> getSchedules() { return schedules; }
    public void setSchedules(List<String> v) { schedules = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getWorkload() { return workload; }
    public void setWorkload(String v) { workload = v == null ? "" : v; }
    public String getBudgetEur() { return budgetEur; }
    public void setBudgetEur(String v) { budgetEur = v == null ? "" : v; }
    public List<String> getModes() { return modes; }
    public void setModes(List<String> v) { modes = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public List<SkillRow> getSkills() { return skills; }
    public void setSkills(List<SkillRow> v) { skills = v == null ? new ArrayList<>() : v; }
    public String getAddSkill() { return addSkill; }
    public void setAddSkill(String v) { addSkill = v == null ? "" : v; }
    public String getExperience() { return experience; }
    public void setExperience(String v) { experience = v == null ? "" : v; }
    public List<String> getOccupations() { return occupations; }
    public void setOccupations(List<String> v) { occupations = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getAddOccupation() { return addOccupation; }
    public void setAddOccupation(String v) { addOccupation = v == null ? "" : v; }
}
