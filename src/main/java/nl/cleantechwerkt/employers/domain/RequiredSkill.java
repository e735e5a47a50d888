package nl.cleantechwerkt.employers.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import nl.cleantechwerkt.employers.Importance;

/** A skill a need asks for; a need holds each skill once, so equality is by URI. */
@Embeddable
public class RequiredSkill {

    private String skillUri;
    @Enumerated(EnumType.STRING)
    private Importance importance;

    protected RequiredSkill() {
    }

    public RequiredSkill(String skillUri, Importance importance) {
        this.skillUri = skillUri;
        this.importance = importance;
    }

    public String getSkillUri() {
        return skillUri;
    }

    public Importance getImportance() {
        return importance;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequiredSkill other && Objects.equals(skillUri, other.skillUri);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(skillUri);
    }
}
