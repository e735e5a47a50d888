package nl.cleantechwerkt.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <api key>} on the API. A wrong or revoked key is
 * a 401 at once, rather than falling through as anonymous.
 */
class ApiKeyFilter extends OncePerRequestFilter {

    private final ApiKeys keys;

    ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            var provider = keys.authenticate(header.substring(7).trim());
            if (provider.isEmpty()) {
                SecurityConfiguration.problem(response, 401, "Invalid API key");
                return;
            }
            SecurityContextHolder.getContext().setAuthentication(new ApiKeyAuthentication(provider.get()));
        }
        chain.doFilter(request, response);
    }
}
