package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import java.util.List;
import java.util.SequencedMap;

/** The React blog: post list, post view and editor components, switched by a small view state. */
final class ReactBlog {

    private static final String APP = "react/blog/App.jsx";

    private ReactBlog() {}

    static void addFiles(AppSpec spec, SequencedMap<String, String> files) {
        boolean categories = spec.has("category");
        files.put(
                "src/App.jsx",
                Template.load(APP)
                        .words(spec)
                        .with("categoriesImport", categories ? "import { categoriesOf } from \"./posts.js\";\n" : "")
                        .with("themeImport", ReactProject.themeImport(spec))
                        .with("categoriesState", categories ? "  const categories = categoriesOf(posts);\n" : "")
                        .with("categoriesProp", categories ? "\n          categories={categories}" : "")
                        .with("header", ReactProject.header(spec))
                        .with("footer", ReactProject.footer(spec))
                        .render());
        files.put("src/dates.js", TemplateTexts.get("shared/vite/dates.js"));
        files.put("src/posts.js", PostsModule.render(spec));
        files.put("src/data/seed.js", SeedModule.render(List.of(spec.primary())));
        files.put("src/components/PostList.jsx", ReactBlogComponents.list(spec, categories));
        files.put("src/components/PostView.jsx", ReactBlogComponents.view(spec, categories));
        files.put("src/components/PostEditor.jsx", ReactBlogComponents.editor(spec, categories));
    }
}
