package nl.cleantechwerkt.accounts;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by a provider's API key: may act for that provider only. */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    /** Authority of API-key requests. */
    public static final String ROLE = "PROVIDER_API";

    private final String providerCode;

    ApiKeyAuthentication(String providerCode) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
        this.providerCode = providerCode;
        setAuthenticated(true);
    }

    public String providerCode() {
        return providerCode;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return "api-key:" + providerCode;
    }
}
