package io.vectort.generation.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a version is checked, decided from its files alone (any generator, restored versions too):
 * a project with a {@code build} script is installed and built, one with only a {@code test}
 * script is installed and tested, anything else has nothing to build.
 *
 * @param command what runs after the install ({@code npm run build}, {@code npm test}), empty when
 *     there is nothing to check
 * @param problem why the project cannot even be installed (invalid package.json, a dependency from
 *     outside the registry): a failure found without running anything
 */
record BuildPlan(List<String> command, Optional<String> problem) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> DEPENDENCY_FIELDS =
            List.of("dependencies", "devDependencies", "optionalDependencies", "peerDependencies");
    /** A semver range or dist-tag: what the registry resolves. URLs, Git and paths never match. */
    private static final Pattern REGISTRY_RANGE = Pattern.compile("[0-9A-Za-z .^~<>=*|+_-]*");

    static BuildPlan of(Map<String, String> files) {
        String packageJson = files.get("package.json");
        if (packageJson == null) {
            return new BuildPlan(List.of(), Optional.empty());
        }
        JsonNode manifest;
        try {
            manifest = JSON.readTree(packageJson);
        } catch (RuntimeException e) {
            return failed("package.json is not valid JSON: " + firstLine(e.getMessage()));
        }
        if (!manifest.isObject()) {
            return failed("package.json must hold a JSON object");
        }
        List<String> outside = outsideTheRegistry(manifest);
        if (!outside.isEmpty()) {
            return failed("package.json installs from outside the npm registry, which builds here do not reach: "
                    + String.join(", ", outside)
                    + ". Use a version range from the registry instead.");
        }
        JsonNode scripts = manifest.path("scripts");
        if (scripts.path("build").isString()) {
            return new BuildPlan(List.of("npm", "run", "build"), Optional.empty());
        }
        if (scripts.path("test").isString()) {
            return new BuildPlan(List.of("npm", "test"), Optional.empty());
        }
        return new BuildPlan(List.of(), Optional.empty());
    }

    boolean nothingToCheck() {
        return command.isEmpty() && problem.isEmpty();
    }

    String commandLine() {
        return String.join(" ", command);
    }

    private static BuildPlan failed(String problem) {
        return new BuildPlan(List.of(), Optional.of(problem));
    }

    /** Dependencies given as URLs, Git repositories, GitHub shorthands or local paths. */
    static List<String> outsideTheRegistry(JsonNode manifest) {
        List<String> outside = new ArrayList<>();
        for (String field : DEPENDENCY_FIELDS) {
            JsonNode dependencies = manifest.path(field);
            if (!dependencies.isObject()) {
                continue;
            }
            for (Map.Entry<String, JsonNode> dependency : dependencies.properties()) {
                String spec = dependency.getValue().asString("");
                if (!fromTheRegistry(spec)) {
                    outside.add(dependency.getKey() + " (" + spec + ")");
                }
            }
        }
        return outside;
    }

    private static boolean fromTheRegistry(String spec) {
        String range = spec.strip();
        if (range.startsWith("npm:")) {
            // An alias: npm:name@range, the name possibly scoped (@scope/name).
            String alias = range.substring(4);
            int at = alias.lastIndexOf('@');
            if (at <= 0) {
                return alias.matches("@?[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)?");
            }
            return alias.substring(0, at).matches("@?[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)?")
                    && REGISTRY_RANGE.matcher(alias.substring(at + 1)).matches();
        }
        return REGISTRY_RANGE.matcher(range).matches();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
