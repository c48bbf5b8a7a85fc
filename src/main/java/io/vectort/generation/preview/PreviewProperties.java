package io.vectort.generation.preview;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Preview settings, prefix {@code vectort.preview}.
 *
 * @param dir where Vite builds are kept, one folder per distinct file set
 * @param npm the npm executable used for builds
 * @param buildTimeout a build taking longer fails
 * @param tokenTtl how long a preview URL stays valid
 * @param builds whether server-side builds are enabled at all (static previews always are)
 */
@ConfigurationProperties("vectort.preview")
public record PreviewProperties(
        @DefaultValue("./data/previews") Path dir,
        @DefaultValue("npm") String npm,
        @DefaultValue("5m") Duration buildTimeout,
        @DefaultValue("1h") Duration tokenTtl,
        @DefaultValue("true") boolean builds) {}
