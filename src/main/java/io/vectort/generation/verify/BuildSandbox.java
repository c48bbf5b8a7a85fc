package io.vectort.generation.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The sandbox a verified build runs in, made of what every Linux has (util-linux's {@code
 * prlimit} and {@code unshare}), so it needs neither Docker nor root:
 *
 * <ul>
 *   <li>limits per process: CPU time, data memory, file size, open files; a lower priority;
 *   <li>a user, mount and PID namespace: the server's processes (and their environment) are out
 *       of sight, and Vectort's folders (working directory, data, home, secret mounts) are
 *       covered by empty ones;
 *   <li>the project in a size-limited tmpfs: the disk bound is the file system's;
 *   <li>the install (npm alone, lifecycle scripts off, so none of the project's code) reaches the
 *       registry; the build, where the project's code runs, has no network at all.
 * </ul>
 *
 * With {@code vectort.builds.isolation=none} only the limits apply: for trusted machines where
 * namespaces are not allowed, by the operator's explicit choice.
 */
@Component
class BuildSandbox {

    private static final Logger log = LoggerFactory.getLogger(BuildSandbox.class);

    /** Properties naming the server's own folders, covered in the sandbox. */
    private static final List<String> DATA_FOLDERS =
            List.of("vectort.database.data-dir", "vectort.storage.dir", "vectort.preview.dir");

    private static final List<String> USUAL_SECRETS =
            List.of("/root", "/home", "/etc/vectort", "/run/secrets", "/var/run/secrets");

    /**
     * Runs inside the namespaces. Arguments: the box (where the project is built), the project's
     * source. The install runs first, with the network and before anything is covered: it is npm
     * alone (lifecycle scripts off) and needs its cache. Then the server's folders are covered
     * (temporary folders by an empty, private one; a covered folder that holds the box gets it back
     * at the same path), and the check runs in a new network namespace with only a loopback. The commands come from Vectort, never from the project.
     */
    private static final String ISOLATED = """
            set -e
            mount -t tmpfs -o "size=$VECTORT_SANDBOX_DISK" vectort-build "$1"
            cp -R "$2/." "$1/"
            cd "$1"
            install=$VECTORT_SANDBOX_INSTALL
            check=$VECTORT_SANDBOX_CHECK
            hide=$VECTORT_SANDBOX_HIDE
            scratch=$VECTORT_SANDBOX_SCRATCH
            unset VECTORT_SANDBOX_HIDE VECTORT_SANDBOX_SCRATCH VECTORT_SANDBOX_DISK VECTORT_SANDBOX_INSTALL VECTORT_SANDBOX_CHECK
            echo "\\$ $install"
            eval "$install"
            box=$1
            # Covers a folder with an empty tmpfs; a folder holding the box gets the box bound back
            # at the same path inside its cover (built aside, then moved over the folder).
            cover() {
              case "$box/" in
                "$1"/*)
                  stage="$box.stage"
                  mkdir -p "$stage"
                  mount -t tmpfs -o "$2" vectort-cover "$stage"
                  mkdir -p "$stage/${box#"$1"/}"
                  mount --bind "$box" "$stage/${box#"$1"/}"
                  mount --move "$stage" "$1" ;;
                *) mount -t tmpfs -o "$2" vectort-cover "$1" ;;
              esac
            }
            printf '%s\n' "$scratch" | while IFS= read -r p; do
              if [ -d "$p" ]; then cover "$p" size=256m,mode=1777; fi
            done
            printf '%s\n' "$hide" | while IFS= read -r p; do
              [ -z "$p" ] && continue
              if [ -d "$p" ]; then cover "$p" size=64k,mode=0555
              elif [ -e "$p" ]; then mount --bind /dev/null "$p"; fi
            done
            cd "$box"
            export HOME="$1/.home" TMPDIR=/tmp VECTORT_SANDBOX_CHECK="$check"
            mkdir -p "$HOME"
            echo "\\$ $check"
            exec unshare --net -- sh -c 'ip link set lo up 2>/dev/null || true; c=$VECTORT_SANDBOX_CHECK; unset VECTORT_SANDBOX_CHECK; eval "$c"'
            """;

    /** The same without namespaces: the box is a plain folder. */
    private static final String LIMITS_ONLY = """
            set -e
            cp -R "$2/." "$1/"
            cd "$1"
            install=$VECTORT_SANDBOX_INSTALL
            check=$VECTORT_SANDBOX_CHECK
            unset VECTORT_SANDBOX_HIDE VECTORT_SANDBOX_SCRATCH VECTORT_SANDBOX_DISK VECTORT_SANDBOX_INSTALL VECTORT_SANDBOX_CHECK
            echo "\\$ $install"
            eval "$install"
            echo "\\$ $check"
            eval "$check"
            """;

    private final BuildProperties properties;
    private final List<Path> hidden;
    private final List<Path> scratch;
    private volatile Optional<String> unavailable;

    BuildSandbox(BuildProperties properties, Environment environment) {
        this.properties = properties;
        this.hidden = hiddenPaths(properties, environment);
        this.scratch = Stream.of(Path.of("/tmp"), Path.of(System.getProperty("java.io.tmpdir")))
                .map(p -> p.toAbsolutePath().normalize())
                .filter(p -> p.getNameCount() > 0)
                .distinct()
                .toList();
    }

    boolean isolated() {
        return properties.isolation().equals("namespaces");
    }

    /** Why checks cannot run on this node, if they cannot; found out once, by running one. */
    Optional<String> unavailable() {
        Optional<String> known = unavailable;
        if (known == null) {
            known = probe();
            unavailable = known;
            known.ifPresentOrElse(
                    reason -> log.warn("Build verification is unavailable on this node: {}", reason),
                    () -> log.info(
                            "Build verification sandbox ready ({})",
                            isolated() ? "namespaces" : "limits only, no isolation"));
        }
        return known;
    }

    /** The command that runs {@code install} then {@code check} on the project copied from {@code source}. */
    List<String> command(Path box, Path source) {
        List<String> command = new ArrayList<>(List.of(
                "prlimit",
                "--cpu=" + Math.max(1, properties.cpuTime().toSeconds()),
                "--data=" + properties.memory().toBytes(),
                "--fsize=" + properties.disk().toBytes(),
                "--nofile=4096",
                "--core=0",
                "--",
                "nice",
                "-n",
                "10"));
        if (isolated()) {
            command.addAll(List.of(
                    "unshare",
                    "--user",
                    "--map-root-user",
                    "--mount",
                    "--pid",
                    "--fork",
                    "--kill-child",
                    "--mount-proc",
                    "--"));
        }
        command.addAll(List.of(
                "sh", "-c", isolated() ? ISOLATED : LIMITS_ONLY, "vectort-build", box.toString(), source.toString()));
        return command;
    }

    /** The environment of a check whose scratch folder is {@code work}: see {@link BuildEnvironment}. */
    Map<String, String> environment(Map<String, String> server, Path work, List<String> install, List<String> check) {
        Map<String, String> kept = new java.util.TreeMap<>(BuildEnvironment.of(server, npmCache()));
        kept.put("HOME", work.resolve("home").toString());
        // A project's .npmrc must not send the install through a proxy of its choosing.
        kept.putIfAbsent("npm_config_proxy", server.getOrDefault("http_proxy", ""));
        kept.putIfAbsent("npm_config_https_proxy", server.getOrDefault("https_proxy", ""));
        kept.put("NO_COLOR", "1");
        kept.put("FORCE_COLOR", "0");
        kept.put(
                "NODE_OPTIONS",
                "--max-old-space-size=" + Math.max(256, properties.memory().toMegabytes() * 3 / 4));
        if (!properties.registry().isBlank()) {
            // The environment outranks a project's own .npmrc: the registry stays the operator's.
            kept.put("npm_config_registry", properties.registry());
        }
        kept.put(
                "VECTORT_SANDBOX_HIDE",
                String.join("\n", hidden.stream().map(Path::toString).toList()));
        kept.put(
                "VECTORT_SANDBOX_SCRATCH",
                String.join("\n", scratch.stream().map(Path::toString).toList()));
        kept.put("VECTORT_SANDBOX_DISK", Long.toString(properties.disk().toBytes()));
        kept.put("VECTORT_SANDBOX_INSTALL", shellLine(install));
        kept.put("VECTORT_SANDBOX_CHECK", shellLine(check));
        return kept;
    }

    Path npmCache() {
        return properties.workRoot().resolve(".npm-cache");
    }

    List<Path> hidden() {
        return hidden;
    }

    /** The install: npm alone, lifecycle scripts off, the lock file ignored (its URLs could point anywhere). */
    List<String> install() {
        return List.of(
                properties.npm(),
                "install",
                "--ignore-scripts",
                "--no-package-lock",
                "--no-audit",
                "--no-fund",
                "--loglevel=error");
    }

    private Optional<String> probe() {
        Path root = properties.workRoot();
        try {
            Files.createDirectories(root);
            Path work = Files.createTempDirectory(root, "probe-");
            try {
                Path source = Files.createDirectories(work.resolve("source"));
                Path box = Files.createDirectories(work.resolve("box"));
                Files.createDirectories(work.resolve("home"));
                Path output = work.resolve("probe.log");
                ProcessBuilder builder = new ProcessBuilder(command(box, source))
                        .directory(work.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile());
                Map<String, String> environment = environment(
                        System.getenv(),
                        work,
                        List.of(properties.npm(), "--version"),
                        List.of(properties.npm(), "--version"));
                builder.environment().clear();
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return Optional.of("a trial run in the sandbox did not finish within a minute");
                }
                if (process.exitValue() != 0) {
                    return Optional.of("a trial run in the sandbox failed (exit " + process.exitValue() + "): "
                            + Files.readString(output)
                                    .strip()
                                    .lines()
                                    .reduce((a, b) -> b)
                                    .orElse("")
                            + (isolated() ? ". Unprivileged user namespaces may be off; see docs/BUILDS.md" : ""));
                }
                return Optional.empty();
            } finally {
                ScratchFolders.delete(work);
            }
        } catch (IOException e) {
            return Optional.of("the sandbox could not start: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while trying the sandbox");
        }
    }

    private static List<Path> hiddenPaths(BuildProperties properties, Environment environment) {
        Set<Path> paths = new LinkedHashSet<>();
        paths.add(Path.of(System.getProperty("user.dir")));
        paths.add(Path.of(System.getProperty("user.home")));
        for (String property : DATA_FOLDERS) {
            String value = environment.getProperty(property);
            if (value != null && !value.isBlank()) {
                paths.add(Path.of(value));
            }
        }
        USUAL_SECRETS.forEach(p -> paths.add(Path.of(p)));
        properties.hiddenPaths().forEach(p -> paths.add(Path.of(p)));
        return paths.stream()
                .map(p -> p.toAbsolutePath().normalize())
                .filter(p -> p.getNameCount() > 0) // never "/": that would hide the toolchain too
                .distinct()
                .toList();
    }

    /**
     * Words for sh, single-quoted when they need it; the words are Vectort's (npm's path, its
     * arguments, the registry), and the line is also what the log shows.
     */
    static String shellLine(List<String> words) {
        return String.join(
                " ",
                words.stream()
                        .map(w -> w.matches("[A-Za-z0-9_./=:@%+-]+") ? w : "'" + w.replace("'", "'\\''") + "'")
                        .toList());
    }
}
