package io.vectort.generation.protocol;

import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Adds declared dependencies to a project's {@code package.json}. A package already listed in
 * {@code dependencies} or {@code devDependencies} is left exactly as it is: the project's own choice
 * of version wins over what a generation asks for, and a package is never moved between sections.
 */
final class PackageJson {

    static final String PATH = "package.json";

    private static final String RUNTIME = "dependencies";
    private static final String DEV = "devDependencies";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** The layout npm writes: two-space indent, {@code "key": value}, arrays one item a line. */
    private static final ObjectWriter NPM_STYLE = MAPPER.writer()
            .with(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private PackageJson() {}

    /** The new text when any dependency was missing, or empty when {@code json} already has them all. */
    static Optional<String> withDependencies(String json, List<Dependency> dependencies) {
        ObjectNode root = parseObject(json);
        boolean changed = false;
        for (Dependency dependency : dependencies) {
            if (section(root, RUNTIME).map(s -> s.has(dependency.name())).orElse(false)
                    || section(root, DEV).map(s -> s.has(dependency.name())).orElse(false)) {
                continue;
            }
            String name = dependency.dev() ? DEV : RUNTIME;
            section(root, name).orElseGet(() -> root.putObject(name)).put(dependency.name(), dependency.range());
            changed = true;
        }
        return changed ? Optional.of(NPM_STYLE.writeValueAsString(root) + "\n") : Optional.empty();
    }

    private static ObjectNode parseObject(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw Malformed.of(
                    PATH + " is not valid JSON, so dependencies cannot be added to it: " + e.getOriginalMessage());
        }
        if (!(root instanceof ObjectNode object)) {
            throw Malformed.of(PATH + " is not a JSON object, so dependencies cannot be added to it");
        }
        return object;
    }

    private static Optional<ObjectNode> section(ObjectNode root, String name) {
        JsonNode section = root.get(name);
        if (section == null) {
            return Optional.empty();
        }
        if (!(section instanceof ObjectNode object)) {
            throw Malformed.of(
                    PATH + " has a \"" + name + "\" that is not an object, so dependencies cannot be" + " added to it");
        }
        return Optional.of(object);
    }
}
