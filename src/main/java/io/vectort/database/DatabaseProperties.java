package io.vectort.database;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Database settings, prefix {@code vectort.database} (environment: {@code VECTORT_DATABASE_URL},
 * {@code VECTORT_DATABASE_USER}, {@code VECTORT_DATABASE_PASSWORD}).
 *
 * @param url JDBC URL of a PostgreSQL server; empty to use the bundled PostgreSQL
 * @param user user for {@code url}
 * @param password password for {@code url}
 * @param dataDir where the bundled PostgreSQL keeps its files ({@code <dataDir>/postgres})
 * @param embeddedPort port of the bundled PostgreSQL on 127.0.0.1, 0 for any free port
 * @param poolSize largest number of pooled connections
 * @param masterKey 32 bytes, Base64 ({@code VECTORT_MASTER_KEY}): encrypts the secrets kept in the
 *     database; required, and the same, on every node of a cluster; a single node without it keeps
 *     a generated one in {@code <dataDir>/master.key}
 */
@Validated
@ConfigurationProperties("vectort.database")
public record DatabaseProperties(
        @DefaultValue("") String url,
        @DefaultValue("") String user,
        @DefaultValue("") String password,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("0") @Min(0) @Max(65535) int embeddedPort,
        @DefaultValue("20") @Min(2) @Max(500) int poolSize,
        @DefaultValue("vectort") @NotBlank String embeddedDatabaseName,
        @DefaultValue("") String masterKey) {

    boolean usesBundledServer() {
        return url.isBlank();
    }
}
