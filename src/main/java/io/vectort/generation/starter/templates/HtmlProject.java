package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/** Plain HTML, CSS and JavaScript: three files that run from disk, no build, data in localStorage. */
final class HtmlProject {

    private HtmlProject() {}

    static SequencedMap<String, String> files(AppSpec spec, String description) {
        SequencedMap<String, String> files = new LinkedHashMap<>();
        switch (spec.archetype()) {
            case DASHBOARD -> {
                files.put("index.html", HtmlDashboard.index(spec, description));
                files.put("app.js", HtmlDashboard.script(spec));
            }
            case TODO -> {
                files.put("index.html", HtmlTodo.index(spec, description));
                files.put("app.js", HtmlTodo.script(spec));
            }
            case BLOG -> {
                files.put("index.html", HtmlBlog.index(spec, description));
                files.put("app.js", HtmlBlog.script(spec));
            }
            case LANDING -> {
                files.put("index.html", LandingPage.html(spec));
                files.put("app.js", LandingPage.localScript(spec));
            }
        }
        files.put("styles.css", StyleSheet.render(spec));
        return files;
    }
}
