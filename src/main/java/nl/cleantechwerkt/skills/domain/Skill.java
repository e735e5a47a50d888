package nl.cleantechwerkt.skills.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Skill {

    /** Where the Dutch label comes from. */
    public enum LabelSource { ESCO, TRANSLATED }

    @Id
    private String uri;
    private String skillType;
    private String reuseLevel;
    private String labelNl;
    private String labelEn;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private LabelSource labelNlSource;
    private String altLabelsNl;
    private String altLabelsEn;
    private String descriptionNl;
    private String descriptionEn;
    private boolean green;
    private boolean digital;
    private boolean transversal;
    private String broaderLabelNl;
    private String broaderLabelEn;

    protected Skill() {
    }

    public Skill(String uri, String skillType, String reuseLevel, String labelNl, String labelEn, LabelSource labelNlSource,
            String altLabelsNl, String altLabelsEn, String descriptionNl, String descriptionEn, boolean green, boolean digital,
            boolean transversal, String broaderLabelNl, String broaderLabelEn) {
        this.uri = uri;
        this.skillType = skillType;
        this.reuseLevel = reuseLevel;
        this.labelNl = labelNl;
        this.labelEn = labelEn;
        this.labelNlSource = labelNlSource;
        this.altLabelsNl = altLabelsNl;
        this.altLabelsEn = altLabelsEn;
        this.descriptionNl = descriptionNl;
        this.descriptionEn = descriptionEn;
        this.green = green;
        this.digital = digital;
        this.transversal = transversal;
        this.broaderLabelNl = broaderLabelNl;
        this.broaderLabelEn = broaderLabelEn;
    }

    public String getUri() {
        return uri;
    }

    public String getSkillType() {
        return skillType;
    }

    public String getLabelNl() {
        return labelNl;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public LabelSource getLabelNlSource() {
        return labelNlSource;
    }

    public String getAltLabelsNl() {
        return altLabelsNl;
    }

    public String getAltLabelsEn() {
        return altLabelsEn;
    }

    public boolean isGreen() {
        return green;
    }

    public String getBroaderLabelNl() {
        return broaderLabelNl;
    }

    public String getBroaderLabelEn() {
        return broaderLabelEn;
    }
}
