/**
 * Value types and conventions every module shares: education levels, course modes,
 * analyzer names and the domain exceptions the web layer maps to HTTP statuses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.cleantechwerkt.shared;
