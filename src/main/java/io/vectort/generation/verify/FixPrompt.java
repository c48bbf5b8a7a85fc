package io.vectort.generation.verify;

import java.util.List;
import java.util.Map;

/**
 * The request of an automatic fix round: the end of the build's output and the files it names. The
 * follow-up context then carries those files whole (it picks files the request mentions).
 */
final class FixPrompt {

    /** The end of the log is where the error is; the rest is mostly npm's progress. */
    static final int LOG_CHARS = 6_000;

    private FixPrompt() {}

    static String of(String command, String output, Map<String, String> files, int round, int rounds) {
        String log = output.length() <= LOG_CHARS ? output : output.substring(output.length() - LOG_CHARS);
        List<String> named = files.keySet().stream()
                .filter(path -> log.contains(path) || (path.equals("package.json") && mentionsDependencies(log)))
                .sorted()
                .toList();
        return """
                Automatic fix, round %d of %d: the project does not build. `npm install && %s` failed.

                The end of its output:
                ```
                %s
                ```

                Files named in the output: %s

                Fix the cause with the smallest change that makes the install and `%s` succeed, and keep everything \
                else as it is. Use only packages from the npm registry, with versions that exist.
                """.formatted(
                        round,
                        rounds,
                        command.isBlank() ? "npm run build" : command,
                        log.strip(),
                        named.isEmpty() ? "none" : String.join(", ", named),
                        command.isBlank() ? "npm run build" : command);
    }

    private static boolean mentionsDependencies(String log) {
        return log.contains("ETARGET")
                || log.contains("E404")
                || log.contains("No matching version")
                || log.contains("Failed to resolve")
                || log.contains("Cannot find module")
                || log.contains("Could not resolve")
                || log.contains("ERESOLVE");
    }
}
