package nl.cleantechwerkt.learners;

/**
 * A skill on a learner's profile.
 *
 * @param skillUri ESCO URI
 * @param level self-rated level
 * @param evidence what backs it, or {@code null} when the learner gave nothing
 */
public record ProfileSkill(String skillUri, SkillLevel level, Evidence evidence) {
}
