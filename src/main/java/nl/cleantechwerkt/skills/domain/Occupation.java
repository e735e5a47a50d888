package nl.cleantechwerkt.skills.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.util.ArrayList;
import java.util.List;

@Entity
public class Occupation {

    @Id
    private String uri;
    private String code;
    private String iscoGroup;
    private String labelNl;
    private String labelEn;
    private String altLabelsNl;
    private String altLabelsEn;
    private String descriptionNl;
    private String descriptionEn;
    private String domain;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "occupation_skill", joinColumns = @JoinColumn(name = "occupation_uri"))
    private List<SkillRelation> skills = new ArrayList<>();

    protected Occupation() {
    }

    public Occupation(String uri, String code, String iscoGroup, String labelNl, String labelEn, String altLabelsNl,
            String altLabelsEn, String descriptionNl, String descriptionEn, String domain) {
        this.uri = uri;
        this.code = code;
        this.iscoGroup = iscoGroup;
        this.labelNl = labelNl;
        this.labelEn = labelEn;
        this.altLabelsNl = altLabelsNl;
        this.altLabelsEn = altLabelsEn;
        this.descriptionNl = descriptionNl;
        this.descriptionEn = descriptionEn;
        this.domain = domain;
    }

    public String getUri() {
        return uri;
    }

    public String getLabelNl() {
        return labelNl;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String getAltLabelsNl() {
        return altLabelsNl;
    }

    public String getAltLabelsEn() {
        return altLabelsEn;
    }

    public String getDomain() {
        return domain;
    }

    public List<SkillRelation> getSkills() {
        return skills;
    }

    public void addSkill(String skillUri, boolean essential) {
        skills.add(new SkillRelation(skillUri, essential ? "essential" : "optional"));
    }

    @Embeddable
    public static class SkillRelation {

        @Column(name = "skill_uri")
        private String skillUri;
        private String relation;

        protected SkillRelation() {
        }

        SkillRelation(String skillUri, String relation) {
            this.skillUri = skillUri;
            this.relation = relation;
        }

        public String getSkillUri() {
            return skillUri;
        }

        public boolean isEssential() {
            return "essential".equals(relation);
        }
    }
}
