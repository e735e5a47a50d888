package nl.cleantechwerkt.skills;

import java.util.List;

/** The skills taxonomy to load (from seed-data/esco). */
public record TaxonomyData(List<SkillRow> skills, List<OccupationRow> occupations, List<RelationRow> relations) {

    public record SkillRow(String uri, String type, String reuseLevel, String labelNl, String labelEn, boolean translatedHere,
            List<String> altLabelsNl, List<String> altLabelsEn, String descriptionNl, String descriptionEn,
            boolean green, boolean digital, boolean transversal, String broaderLabelNl, String broaderLabelEn) {
    }

    public record OccupationRow(String uri, String code, String iscoGroup, String labelNl, String labelEn,
            List<String> altLabelsNl, List<String> altLabelsEn, String descriptionNl, String descriptionEn, String domain) {
    }

    public record RelationRow(String occupationUri, String skillUri, boolean essential) {
    }
}
