package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import java.util.List;
import java.util.SequencedMap;

/** The Vue blog: post list, post view and editor components, switched by a small view state. */
final class VueBlog {

    private static final String APP = "vue/blog/App.vue";

    private VueBlog() {}

    static void addFiles(AppSpec spec, SequencedMap<String, String> files) {
        boolean categories = spec.has("category");
        files.put(
                "src/App.vue",
                Template.load(APP)
                        .words(spec)
                        .with("categoriesImport", categories ? "import { categoriesOf } from \"./posts.js\";\n" : "")
                        .with("themeImport", VueProject.themeImport(spec))
                        .with(
                                "categoriesState",
                                categories ? "const categories = computed(() => categoriesOf(posts.value));\n" : "")
                        .with("categoriesProp", categories ? " :categories=\"categories\"" : "")
                        .with("header", VueProject.header(spec))
                        .with("footer", VueProject.footer(spec))
                        .render());
        files.put("src/dates.js", TemplateTexts.get("shared/vite/dates.js"));
        files.put("src/posts.js", PostsModule.render(spec));
        files.put("src/data/seed.js", SeedModule.render(List.of(spec.primary())));
        files.put("src/components/PostList.vue", VueBlogComponents.list(spec, categories));
        files.put("src/components/PostView.vue", VueBlogComponents.view(spec, categories));
        files.put("src/components/PostEditor.vue", VueBlogComponents.editor(spec, categories));
    }
}
