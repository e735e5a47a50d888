package nl.cleantechwerkt.catalog;

import nl.cleantechwerkt.shared.ProviderKind;

/** A provider as shown to users. */
public record ProviderView(String code, String name, ProviderKind kind, String website, String place, String description) {
}
