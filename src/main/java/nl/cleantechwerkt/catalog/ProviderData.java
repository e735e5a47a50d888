package nl.cleantechwerkt.catalog;

import nl.cleantechwerkt.shared.ProviderKind;

/** A provider to register. {@code place} is a place name of the region. */
public record ProviderData(String code, String name, ProviderKind kind, String registrationCode, String website,
        String place, String postcode, String description) {
}
