package nl.cleantechwerkt.employers.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The need form. Numbers and dates arrive as text so that every wrong value gets our own
 * message at its field; skills are indexed rows ({@code skills[2].importance}) so each can be
 * switched between must and nice. Mutable because it binds those rows.
 */
public class NeedForm {

    private Long id;
    private String kind = "";
    private String title = "";
    private String occupation = "";
    private String peopleCount = "1";
    private String place = "";
    private String startDate = "";
    private String deadline = "";
    private List<SkillRow> skills = new ArrayList<>();
    private String addSkill = "";

    /** One skill of the need: its URI and MUST or NICE. */
    public static class SkillRow {
        private String uri = "";
        private String importance = "MUST";

        public SkillRow() {
        }

        SkillRow(String uri, String importance) {
            this.uri = uri;
            this.importance = importance;
        }

        public String getUri() { return uri; }
        public void setUri(String v) { uri = v == null ? "" : v.trim(); }
        public String getImportance() { return importance; }
        public void setImportance(String v) { importance = v == null ? "" : v; }
    }

    boolean hasSkill(String uri) {
        return skills.stream().anyMatch(s -> s.getUri().equals(uri));
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v == null ? "" : v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v == null ? "" : v; }
    public String getOccupation() { return occupation; }
    public void setOccupation(String v) { occupation = v == null ? "" : v; }
    public String getPeopleCount() { return peopleCount; }
    public void setPeopleCount(String v) { peopleCount = v == null ? "" : v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v == null ? "" : v; }
    public String getStartDate() { return startDate; }
    public void setStartDate(String v) { startDate = v == null ? "" : v; }
    public String getDeadline() { return deadline; }
    public void setDeadline(String v) { deadline = v == null ? "" : v; }
    public List<SkillRow> getSkills() { return skills; }
    public void setSkills(List<SkillRow> v) { skills = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getAddSkill() { return addSkill; }
    public void setAddSkill(String v) { addSkill = v == null ? "" : v; }
}
