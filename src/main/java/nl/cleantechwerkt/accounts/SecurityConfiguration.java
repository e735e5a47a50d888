package nl.cleantechwerkt.accounts;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may call what, and the protections every response carries. Three filter chains: the
 * stateless API and actuator (HTTP Basic for admins, no session, no CSRF because no cookie
 * authenticates it), the API documentation (its UI needs inline scripts, so a looser CSP), and
 * the pages (form login, CSRF on every form, strict Content-Security-Policy). Within each chain
 * anything not listed is refused, so a new endpoint is closed until it gets a rule.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String DOCS_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "geolocation=(), camera=(), microphone=(), payment=(), usb=()";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiKeys apiKeys) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .addFilterBefore(new ApiKeyFilter(apiKeys), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/v1/courses", "/api/v1/courses/*", "/api/v1/suggest").permitAll()
                        // Regional figures: aggregates only, small cells suppressed by the insights module.
                        .requestMatchers(HttpMethod.GET, "/api/v1/insights/skills").permitAll()
                        // Anonymous quick match: reads only, stores nothing, so no CSRF token is needed in this stateless chain.
                        .requestMatchers(HttpMethod.POST, "/api/v1/match/courses").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/providers/*/imports")
                                .hasAnyRole(ApiKeyAuthentication.ROLE, Role.ADMIN.name())
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> problem(response, 401,
                        "Authentication required")))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> problem(response, 403, "Forbidden")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(h -> commonHeaders(h).contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
        http.securityMatcher("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> commonHeaders(h).contentSecurityPolicy(csp -> csp.policyDirectives(DOCS_CSP)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/zoeken", "/opleidingen/*", "/suggesties", "/over", "/error", "/error/**",
                                "/css/**", "/js/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers(HttpMethod.GET, "/wat-past-bij-mij", "/wat-past-bij-mij/beroepen").permitAll()
                        // The regional dashboard and its CSV files: aggregates only, small cells suppressed.
                        .requestMatchers(HttpMethod.GET, "/inzicht", "/inzicht/export/*").permitAll()
                        .requestMatchers("/inloggen", "/registreren", "/wachtwoord-vergeten", "/wachtwoord-instellen/*").permitAll()
                        .requestMatchers("/account", "/account/**", "/uitloggen").authenticated()
                        .requestMatchers("/meldingen", "/meldingen/**").authenticated()
                        .requestMatchers("/profiel", "/profiel/**").hasRole(Role.LEARNER.name())
                        .requestMatchers("/school/**").hasRole(Role.SCHOOL.name())
                        .requestMatchers("/werkgever", "/werkgever/**").hasRole(Role.EMPLOYER.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().denyAll())
                .formLogin(form -> form
                        .loginPage("/inloggen")
                        .usernameParameter("email")
                        .failureHandler((request, response, e) -> response.sendRedirect(
                                request.getContextPath() + (locked(e) ? "/inloggen?locked" : "/inloggen?error")))
                        .defaultSuccessUrl("/account")
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/uitloggen").logoutSuccessUrl("/?uitgelogd"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> commonHeaders(h).contentSecurityPolicy(csp -> csp.policyDirectives(CSP)))
                .httpBasic(Customizer.withDefaults());
        return http.build();
    }

    /** The user details service throws it; the provider may wrap it. */
    private static boolean locked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LockedException) {
                return true;
            }
        }
        return false;
    }

    private static HeadersConfigurer<HttpSecurity> commonHeaders(HeadersConfigurer<HttpSecurity> headers) {
        return headers
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"));
    }

    static void problem(HttpServletResponse response, int status, String title) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Cleantech Werkt\"");
        }
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + "}");
    }
}
