package io.vectort.generation.verify;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Build verification settings, prefix {@code vectort.builds} (docs/BUILDS.md).
 *
 * @param verify whether every generated version of a project that builds is checked
 * @param dir where builds run (one scratch folder each, deleted after); empty means a folder in
 *     the system's temporary directory. It must not lie inside a hidden path.
 * @param npm the npm executable
 * @param registry the npm registry installs use; empty keeps npm's own setting
 * @param timeout a check taking longer (install and build) fails and is killed
 * @param cpuTime CPU time each process of a check may use
 * @param memory data memory each process of a check may use
 * @param disk room for the project, its dependencies and its output
 * @param isolation {@code namespaces} (the default: checks run only where the sandbox works) or
 *     {@code none} (an operator's explicit choice for a trusted machine: limits only, no isolation)
 * @param hiddenPaths paths checks must not see, besides the server's working directory, its home,
 *     its data folders and the usual secret mounts
 * @param fixRounds automatic fix rounds after a failed build of an AI generation (0 turns them off)
 */
@ConfigurationProperties("vectort.builds")
public record BuildProperties(
        @DefaultValue("true") boolean verify,
        @Nullable Path dir,
        @DefaultValue("npm") String npm,
        @DefaultValue("") String registry,
        @DefaultValue("5m") Duration timeout,
        @DefaultValue("4m") Duration cpuTime,
        @DefaultValue("2GB") DataSize memory,
        @DefaultValue("1GB") DataSize disk,
        @DefaultValue("namespaces") String isolation,
        @DefaultValue("") List<String> hiddenPaths,
        @DefaultValue("2") int fixRounds) {

    public BuildProperties {
        if (!isolation.equals("namespaces") && !isolation.equals("none")) {
            throw new IllegalArgumentException("vectort.builds.isolation must be namespaces or none, not " + isolation);
        }
        if (fixRounds < 0 || fixRounds > 5) {
            throw new IllegalArgumentException("vectort.builds.fix-rounds must be between 0 and 5");
        }
        hiddenPaths = hiddenPaths.stream().filter(p -> !p.isBlank()).toList();
    }

    Path workRoot() {
        return (dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"), "vectort-builds"))
                .toAbsolutePath()
                .normalize();
    }
}
