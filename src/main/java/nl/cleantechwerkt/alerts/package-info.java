/**
 * Saved searches and alerts (issue 5): a learner saves a search or a course advice and is told
 * when new course runs match it; an employer is told when new consenting candidates fit one of
 * its open needs. {@link nl.cleantechwerkt.alerts.SavedSearches} (the learner's saved items) and
 * {@link nl.cleantechwerkt.alerts.AlertChecker} (the periodic comparison with what was seen) are
 * the module's API. It asks the catalogue (has it changed?), search, matching, learner and
 * employer modules through their read APIs and tells users through {@code notifications}; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alerts", allowedDependencies = {"shared", "accounts",
        "catalog", "search", "skills", "matching", "learners", "employers", "notifications"})
package nl.cleantechwerkt.alerts;
