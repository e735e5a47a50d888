/**
 * Matching (DESIGN §5): for a target — an occupation, or the skills an employer needs — and the
 * skills a person already has, the skill gap and the published courses that close it, ranked
 * and explained. Lucene filters (published, an upcoming run within reach, reachable entry level)
 * and ranks by the weighted gap skills a course teaches; {@code MatchScoring} then computes the
 * exact score of the best hits from the same weights, so the explanation a person reads is made
 * of the numbers that ranked the course. {@link nl.cleantechwerkt.matching.CourseMatcher} is the
 * module's API; the anonymous "Wat past bij mij?" page and {@code POST /api/v1/match/courses}
 * are its first users.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching",
        allowedDependencies = {"shared", "skills", "geo", "catalog", "accounts", "employers", "learners", "notifications"})
package nl.cleantechwerkt.matching;
