package io.vectort.generation.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a {@code vt-dependencies} block: one package a line, {@code name}, {@code name@range} or
 * {@code @scope/name@range}, with a {@code dev:} prefix for dev dependencies. Blank lines are skipped.
 */
final class DependencyLines {

    /** npm's rules for package names, legacy capitals included; 214 characters at most. */
    private static final Pattern NAME =
            Pattern.compile("(?:@[A-Za-z0-9~-][A-Za-z0-9._~-]*/)?[A-Za-z0-9~-][A-Za-z0-9._~-]*");

    private static final int MAX_NAME_LENGTH = 214;

    /**
     * Semver ranges and dist-tags only ({@code ^19.1.0}, {@code >=1 <2 || 3.x}, {@code next}). URLs,
     * {@code git}, {@code file:} and {@code npm:} aliases are refused: they would let generated text pick
     * code from anywhere for the project's build to fetch and run.
     */
    private static final Pattern RANGE = Pattern.compile("[A-Za-z0-9.^~<>=|*+ -]{1,100}");

    private DependencyLines() {}

    static List<Dependency> parse(String content) {
        List<Dependency> dependencies = new ArrayList<>();
        content.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
            dependencies.add(parseLine(line));
        });
        return dependencies;
    }

    private static Dependency parseLine(String line) {
        boolean dev = line.startsWith("dev:");
        String spec = dev ? line.substring(4).strip() : line;
        int at = spec.indexOf('@', spec.startsWith("@") ? 1 : 0);
        String name = at < 0 ? spec : spec.substring(0, at);
        String range = at < 0 ? "latest" : spec.substring(at + 1).strip();
        if (!NAME.matcher(name).matches() || name.length() > MAX_NAME_LENGTH) {
            throw Malformed.of("The dependency line " + Display.quote(line)
                    + " does not name an npm package: write name, name@range or @scope/name@range");
        }
        if (!RANGE.matcher(range).matches()) {
            throw Malformed.of("The dependency line " + Display.quote(line)
                    + " has an unsupported version: use a semver range such as ^1.2.0 or a tag such as latest");
        }
        return new Dependency(name, range, dev);
    }
}
