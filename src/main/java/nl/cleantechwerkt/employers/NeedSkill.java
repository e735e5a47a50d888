package nl.cleantechwerkt.employers;

/** A skill a need asks for: its ESCO URI and whether it is a must or nice to have. */
public record NeedSkill(String skillUri, Importance importance) {

    public static NeedSkill must(String skillUri) {
        return new NeedSkill(skillUri, Importance.MUST);
    }

    public static NeedSkill nice(String skillUri) {
        return new NeedSkill(skillUri, Importance.NICE);
    }
}
