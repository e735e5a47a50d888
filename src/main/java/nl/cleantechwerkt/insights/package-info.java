/**
 * Regional insight (issue 5): demand against supply per skill, skill group, occupation,
 * municipality, level and month; the unmet-demand ranking; monthly snapshots so history
 * survives edits; the public dashboard, the school's "demand you could meet", the admin's view
 * and the yearly progress report. It reads the catalogue, employers' needs and learners'
 * profiles through their read APIs and writes nothing of theirs; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insights", allowedDependencies = {"shared", "accounts",
        "skills", "geo", "catalog", "employers", "learners", "matching"})
package nl.cleantechwerkt.insights;
