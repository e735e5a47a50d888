package nl.cleantechwerkt.catalog.web;

import jakarta.validation.constraints.Size;

/** An admin issues an API key for a provider; the optional label says which system uses it. */
record ApiKeyForm(@Size(max = 100, message = "{admin.keys.label.tooLong}") String label) {

    static ApiKeyForm empty() {
        return new ApiKeyForm("");
    }
}
