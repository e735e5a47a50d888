/**
 * Cross-cutting web concerns: language selection (Dutch default, English), the page layout
 * data, the about page with the ESCO attribution, and error pages / problem details that
 * never show exception text.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System", allowedDependencies = "shared")
package nl.cleantechwerkt.system;
