package nl.cleantechwerkt.catalog;

/** A course as its provider's form shows it, with its status (DRAFT, PUBLISHED, ARCHIVED). */
public record EditableCourse(long id, String status, CourseData data) {
}
