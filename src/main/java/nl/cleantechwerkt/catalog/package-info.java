/**
 * The course catalogue: providers, their courses and the runs (offerings) of those courses,
 * and how a course is written into the search index. Other modules use
 * {@link nl.cleantechwerkt.catalog.CourseCatalog} to read and
 * {@link nl.cleantechwerkt.catalog.CourseRegistration} to write; index field names are in
 * {@link nl.cleantechwerkt.catalog.CourseIndex}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue", allowedDependencies = {"shared", "skills", "geo", "accounts"})
package nl.cleantechwerkt.catalog;
