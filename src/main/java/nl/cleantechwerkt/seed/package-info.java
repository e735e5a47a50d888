/**
 * Loads {@code seed-data/} into an empty database on first start: the ESCO skills taxonomy
 * (with the Dutch labels written here), the region's geography, and the providers with their
 * illustrative courses, and the fictional demo employers, needs and learners. Each part runs
 * once; a marker row prevents a second load.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Seed data",
        allowedDependencies = {"shared", "skills", "geo", "catalog", "accounts", "employers", "learners", "search"})
package nl.cleantechwerkt.seed;
