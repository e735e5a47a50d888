package nl.cleantechwerkt.learners.web;

import nl.cleantechwerkt.learners.Evidence;
import nl.cleantechwerkt.learners.SkillLevel;

/** A skill of the profile as the overview shows it: its label in the page's language. */
public record SkillLine(String label, SkillLevel level, Evidence evidence) {
}
