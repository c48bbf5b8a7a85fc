package io.vectort.generation.verify;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The environment a build runs with: only what npm and Node need from the server's (the path, the
 * home folder, proxies, locale, npm's own settings), never the rest. The server's environment
 * holds its secrets (database password, provider keys, the master key, tokens), and a build runs
 * code Vectort did not write: the packages' own, and for a verified build the project's.
 */
public final class BuildEnvironment {

    private static final Set<String> PASSED_ON =
            Set.of("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT", "http_proxy", "https_proxy", "no_proxy");

    private BuildEnvironment() {}

    public static Map<String, String> of(Map<String, String> server, Path npmCache) {
        Map<String, String> kept = new TreeMap<>();
        server.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (PASSED_ON.contains(name) || PASSED_ON.contains(lower) || lower.startsWith("npm_config_")) {
                kept.put(name, value);
            }
        });
        kept.put("npm_config_cache", npmCache.toString());
        kept.put("CI", "1");
        return kept;
    }
}
