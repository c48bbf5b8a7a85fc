package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Naming;
import java.util.ArrayList;
import java.util.List;
import java.util.SequencedMap;

/**
 * Renders the complete file set of a starter project. The same spec and framework always give the
 * same files, byte for byte, in the same order.
 */
public final class ProjectTemplates {

    private ProjectTemplates() {}

    /** Whether there are templates for this catalog framework id. */
    public static boolean supports(String framework) {
        return Stack.fromId(framework).isPresent();
    }

    /**
     * Path to content of every file of the project, README last.
     *
     * @throws IllegalArgumentException for a framework without templates
     */
    public static SequencedMap<String, String> render(AppSpec described, String framework) {
        AppSpec spec = LocalizedSpec.of(described);
        Stack stack = stack(framework);
        String description = Naming.capitalize(stack.describeInItsLanguage(spec)) + ".";
        SequencedMap<String, String> files = switch (stack) {
            case HTML -> HtmlProject.files(spec, description);
            case REACT -> ReactProject.files(spec, description);
            case VUE -> VueProject.files(spec, description);
            case EXPRESS -> ExpressProject.files(spec);
        };
        List<String> paths = new ArrayList<>(files.sequencedKeySet());
        paths.add("README.md");
        files.put("README.md", Readme.render(spec, stack, paths));
        return files;
    }

    /**
     * What the project is, for narratives and summaries, in the app's language: "a React + Vite
     * CRUD dashboard for parts", "un tableau de bord CRUD en React + Vite pour les pièces".
     */
    public static String describe(AppSpec spec, String framework) {
        return stack(framework).describeInItsLanguage(spec);
    }

    /** Whether the project has a UI, so that dark mode and the accent colour mean something. */
    public static boolean hasUi(AppSpec spec, String framework) {
        return stack(framework).hasUi(spec);
    }

    private static Stack stack(String framework) {
        return Stack.fromId(framework)
                .orElseThrow(() -> new IllegalArgumentException("no starter templates for framework " + framework));
    }
}
