package nl.cleantechwerkt.shared;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code app.*} settings. {@code dataDir} holds the H2 database and the Lucene index.
 * {@code baseUrl} is where people reach the application, for links that leave it (e-mails).
 */
@Validated
@ConfigurationProperties(prefix = "app")
public record AppProperties(@NotNull Path dataDir, @DefaultValue Seed seed, @DefaultValue Search search,
        @DefaultValue Admin admin, @DefaultValue("http://localhost:8080") URI baseUrl, @DefaultValue Mail mail) {

    /** {@code baseUrl} followed by an application path ({@code /meldingen}), without a double slash. */
    public String absolute(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** @param from the sender of notification e-mails (sending needs {@code spring.mail.host}) */
    public record Mail(@DefaultValue("Cleantech Werkt <noreply@cleantechwerkt.local>") String from) {
    }

    /**
     * The first admin account, created when there is no admin.
     *
     * @param password from {@code APP_ADMIN_PASSWORD} only; empty means "generate and log once"
     */
    public record Admin(@DefaultValue("admin@cleantechwerkt.local") String email, String password) {
    }

    /**
     * @param referenceData load the skills taxonomy and geography into an empty database
     * @param courses also load the illustrative providers and courses
     * @param demo also load the fictional demo employers, needs and learners (accounts that
     *     log in with {@code demoPassword}); never in production
     * @param demoPassword the password of every demo account
     */
    public record Seed(@DefaultValue("true") boolean referenceData, @DefaultValue("true") boolean courses,
            @DefaultValue("true") boolean demo, @DefaultValue("demo van de Cleantech Regio") String demoPassword) {
    }

    public record Search(
            @DefaultValue("20") @Min(1) @Max(100) int defaultPageSize,
            @DefaultValue("100") @Min(1) @Max(500) int maxPageSize) {
    }
}
