package nl.cleantechwerkt.catalog.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The school's course form. Numbers and dates arrive as text so that every wrong value gets
 * our own message at its field (see {@link CourseFormValidator}) instead of a type error.
 * Mutable because it binds indexed rows ({@code runs[2].startDate}).
 */
public class CourseForm {

    private Long id;
    private String courseCode = "";
    private String title = "";
    private String description = "";
    private String learningOutcomes = "";
    private String level = "";
    private String mode = "";
    private String language = "nl";
    private String hours = "";
    private String ects = "";
    private String qualificationCode = "";
    private String sector = "";
    private String entryLevel = "";
    private String url = "";
    private String costNote = "";
    private List<String> skills = new ArrayList<>();
    private String addSkill = "";
    private List<RunForm> runs = new ArrayList<>();

    /** One run of the course; a row without any value is ignored. */
    public static class RunForm {
        private String startDate = "";
        private String endDate = "";
        private String enrolmentDeadline = "";
        private String place = "";
        private boolean online;
        private String schedule = "DAY";
        private String priceEur = "";
        private String seats = "";

        public boolean isEmpty() {
            return startDate.isBlank() && endDate.isBlank() && place.isBlank() && !online && priceEur.isBlank()
                    && seats.isBlank() && enrolmentDeadline.isBlank();
        }

        public String getStartDate() { return startDate; }
        public void setStartDate(String v) { startDate = v == null ? "" : v; }
        public String getEndDate() { return endDate; }
        public void setEndDate(String v) { endDate = v == null ? "" : v; }
        public String getEnrolmentDeadline() { return enrolmentDeadline; }
        public void setEnrolmentDeadline(String v) { enrolmentDeadline = v == null ? "" : v; }
        public String getPlace() { return place; }
        public void setPlace(String v) { place = v == null ? "" : v; }
        public boolean isOnline() { return online; }
        public void setOnline(boolean v) { online = v; }
        public String getSchedule() { return schedule; }
        public void setSchedule(String v) { schedule = v == null ? "" : v; }
        public String getPriceEur() { return priceEur; }
        public void setPriceEur(String v) { priceEur = v == null ? "" : v; }
        public String getSeats() { return seats; }
        public void setSeats(String v) { seats = v == null ? "" : v; }
    }

    /** Pads the runs with empty rows so the page offers room for new ones. */
    public void addEmptyRuns(int count) {
        for (int i = 0; i < count; i++) {
            runs.add(new RunForm());
        }
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public String getCourseCode() { return courseCode; }
    public void setCourseCode(String v) { courseCode = v == null ? "" : v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v == null ? "" : v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v == null ? "" : v; }
    public String getLearningOutcomes() { return learningOutcomes; }
    public void setLearningOutcomes(String v) { learningOutcomes = v == null ? "" : v; }
    public String getLevel() { return level; }
    public void setLevel(String v) { level = v == null ? "" : v; }
    public String getMode() { return mode; }
    public void setMode(String v) { mode = v == null ? "" : v; }
    public String getLanguage() { return language; }
    public void setLanguage(String v) { language = v == null ? "" : v; }
    public String getHours() { return hours; }
    public void setHours(String v) { hours = v == null ? "" : v; }
    public String getEcts() { return ects; }
    public void setEcts(String v) { ects = v == null ? "" : v; }
    public String getQualificationCode() { return qualificationCode; }
    public void setQualificationCode(String v) { qualificationCode = v == null ? "" : v; }
    public String getSector() { return sector; }
    public void setSector(String v) { sector = v == null ? "" : v; }
    public String getEntryLevel() { return entryLevel; }
    public void setEntryLevel(String v) { entryLevel = v == null ? "" : v; }
    public String getUrl() { return url; }
    public void setUrl(String v) { url = v == null ? "" : v; }
    public String getCostNote() { return costNote; }
    public void setCostNote(String v) { costNote = v == null ? "" : v; }
    public List<String> getSkills() { return skills; }
    public void setSkills(List<String> v) { skills = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getAddSkill() { return addSkill; }
    public void setAddSkill(String v) { addSkill = v == null ? "" : v; }
    public List<RunForm> getRuns() { return runs; }
    public void setRuns(List<RunForm> v) { runs = v == null ? new ArrayList<>() : v; }
}
