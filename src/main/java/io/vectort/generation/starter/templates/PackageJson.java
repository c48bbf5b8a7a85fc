package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.stream.Collectors;

/** A generated {@code package.json}, written field by field so the output is byte-stable. */
final class PackageJson {

    private final AppSpec spec;
    private final SequencedMap<String, String> scripts = new LinkedHashMap<>();
    private final SequencedMap<String, String> dependencies = new LinkedHashMap<>();
    private final SequencedMap<String, String> devDependencies = new LinkedHashMap<>();
    private String node = Versions.NODE_FOR_VITE;

    private PackageJson(AppSpec spec) {
        this.spec = spec;
    }

    static PackageJson of(AppSpec spec) {
        return new PackageJson(spec);
    }

    PackageJson script(String name, String command) {
        scripts.put(name, command);
        return this;
    }

    PackageJson dependency(String name, String range) {
        dependencies.put(name, range);
        return this;
    }

    PackageJson devDependency(String name, String range) {
        devDependencies.put(name, range);
        return this;
    }

    PackageJson node(String range) {
        node = range;
        return this;
    }

    String render() {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"name\": ").append(Js.str(spec.slug())).append(",\n");
        out.append("  \"private\": true,\n");
        out.append("  \"version\": \"0.1.0\",\n");
        out.append("  \"description\": ")
                .append(Js.str(spec.name() + " (made with Vectort's offline starter)"))
                .append(",\n");
        out.append("  \"type\": \"module\",\n");
        out.append("  \"engines\": { \"node\": ").append(Js.str(node)).append(" },\n");
        out.append("  \"scripts\": ").append(object(scripts));
        if (!dependencies.isEmpty()) {
            out.append(",\n  \"dependencies\": ").append(object(dependencies));
        }
        if (!devDependencies.isEmpty()) {
            out.append(",\n  \"devDependencies\": ").append(object(devDependencies));
        }
        return out.append("\n}\n").toString();
    }

    private static String object(Map<String, String> entries) {
        return entries.entrySet().stream()
                .map(e -> "    " + Js.str(e.getKey()) + ": " + Js.str(e.getValue()))
                .collect(Collectors.joining(",\n", "{\n", "\n  }"));
    }
}
