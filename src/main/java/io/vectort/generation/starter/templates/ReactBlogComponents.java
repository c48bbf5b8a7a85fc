package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;

/** The React blog's components; the category filter, badge and input are in only when asked for. */
final class ReactBlogComponents {

    private static final String LIST = "react/blog/PostList.jsx";

    private static final String CHIPS = "react/blog/chips.jsx";

    // On the meta line: JSX keeps the space between the two expressions.
    private static final String BADGE = " {post.category && <span className=\"badge\">{post.category}</span>}";

    private static final String VIEW = "react/blog/PostView.jsx";

    private static final String EDITOR = "react/blog/PostEditor.jsx";

    private static final String CATEGORY_FIELD = "react/blog/category-field.jsx";

    private ReactBlogComponents() {}

    static String list(AppSpec spec, boolean categories) {
        return Template.load(LIST)
                .words(spec)
                .with("stateImport", categories ? "import { useState } from \"react\";\n" : "")
                .with("categoriesParam", categories ? "categories, " : "")
                .with(
                        "categoryState",
                        categories
                                ? "  const [category, setCategory] = useState(null);\n"
                                        + "  const active = categories.includes(category) ? category : null;\n"
                                : "")
                .with("categoryFilter", categories ? ".filter((post) => !active || post.category === active)" : "")
                .with("chips", categories ? Template.phrased(CHIPS, spec) : "")
                .with("badge", categories ? BADGE : "")
                .render();
    }

    static String view(AppSpec spec, boolean categories) {
        return Template.load(VIEW)
                .words(spec)
                .with("badge", categories ? BADGE : "")
                .render();
    }

    static String editor(AppSpec spec, boolean categories) {
        return Template.load(EDITOR)
                .words(spec)
                .with("categoriesParam", categories ? "categories, " : "")
                .with("categoryField", categories ? Template.phrased(CATEGORY_FIELD, spec) : "")
                .render();
    }
}
