/**
 * The region's geography: municipalities, places (woonplaatsen) and 4-digit postcode areas
 * with coordinates, so "near Deventer", "near Twello" or "near 7411" can be resolved to a point.
 * {@link nl.cleantechwerkt.geo.Gazetteer} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geography", allowedDependencies = "shared")
package nl.cleantechwerkt.geo;
