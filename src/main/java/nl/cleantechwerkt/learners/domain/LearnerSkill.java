package nl.cleantechwerkt.learners.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.cleantechwerkt.learners.Evidence;
import nl.cleantechwerkt.learners.ProfileSkill;
import nl.cleantechwerkt.learners.SkillLevel;

/** A skill on a learner's profile, with the learner's own rating and what backs it. */
@Embeddable
public class LearnerSkill {

    private String skillUri;
    @Enumerated(EnumType.STRING)
    private SkillLevel level;
    @Enumerated(EnumType.STRING)
    private Evidence evidence;

    protected LearnerSkill() {
    }

    LearnerSkill(ProfileSkill skill) {
        this.skillUri = skill.skillUri();
        this.level = skill.level();
        this.evidence = skill.evidence();
    }

    public String getSkillUri() {
        return skillUri;
    }

    public SkillLevel getLevel() {
        return level;
    }

    ProfileSkill view() {
        return new ProfileSkill(skillUri, level, evidence);
    }
}
