/**
 * Accounts and security: users with roles LEARNER, EMPLOYER, SCHOOL and ADMIN, registration,
 * login with throttling, password policy and change, the first admin, and the web security
 * rules (CSRF, headers, Content-Security-Policy). {@link nl.cleantechwerkt.accounts.Accounts}
 * is the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = "shared")
package nl.cleantechwerkt.accounts;
