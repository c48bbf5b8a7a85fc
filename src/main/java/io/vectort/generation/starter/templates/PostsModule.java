package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import java.util.stream.Collectors;

/** {@code src/posts.js} of the React and Vue blogs: ordering, excerpts and the post form's fields. */
final class PostsModule {

    private static final String SOURCE = "shared/vite/posts.js";

    private static final String CATEGORIES = "shared/vite/posts-categories.js";

    private PostsModule() {}

    static String render(AppSpec spec) {
        return Template.load(SOURCE)
                .with(
                        "emptyPost",
                        spec.primary().fields().stream()
                                .map(f -> f.key() + ": \"\"")
                                .collect(Collectors.joining(", ")))
                .with("categories", spec.has("category") ? TemplateTexts.get(CATEGORIES) : "")
                .render();
    }
}
