package io.vectort.generation.starter;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.templates.ProjectTemplates;
import java.util.Collections;
import java.util.SequencedMap;

/**
 * A project the starter generates: what it understood and every file, by path, in output order.
 *
 * @param framework catalog framework id the files are for
 */
record StarterProject(AppSpec spec, String framework, SequencedMap<String, String> files) {

    StarterProject {
        files = Collections.unmodifiableSequencedMap(files);
    }

    static StarterProject render(AppSpec spec, String framework) {
        return new StarterProject(spec, framework, ProjectTemplates.render(spec, framework));
    }

    /** "a React + Vite CRUD dashboard for parts and suppliers", in the description's language. */
    String description() {
        return ProjectTemplates.describe(spec, framework);
    }
}
