package nl.cleantechwerkt.shared;

import java.util.Arrays;
import java.util.Optional;

/** Kind of education provider: secondary school, MBO college, university (of applied sciences), private or employer academy. */
public enum ProviderKind {
    VO, MBO, HBO, WO, PRIVATE, EMPLOYER_ACADEMY;

    public String messageKey() {
        return "providerKind." + name();
    }

    public static Optional<ProviderKind> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim();
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(wanted)).findFirst();
    }
}
