package nl.cleantechwerkt.catalog.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A skill a course teaches, with whether the provider confirmed it or it was suggested from the text. */
@Embeddable
public class CourseSkill {

    public enum Origin { CONFIRMED, SUGGESTED }

    private String skillUri;
    @Enumerated(EnumType.STRING)
    private Origin origin;

    protected CourseSkill() {
    }

    public CourseSkill(String skillUri, Origin origin) {
        this.skillUri = skillUri;
        this.origin = origin;
    }

    public String getSkillUri() {
        return skillUri;
    }

    public Origin getOrigin() {
        return origin;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CourseSkill other && Objects.equals(skillUri, other.skillUri);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(skillUri);
    }
}
