/**
 * The skills vocabulary: ESCO skills and occupations with Dutch and English labels, the
 * common language in which courses, people and employer needs are compared.
 * {@link nl.cleantechwerkt.skills.SkillCatalog} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Skills", allowedDependencies = "shared")
package nl.cleantechwerkt.skills;
