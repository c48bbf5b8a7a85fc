package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import java.util.stream.Collectors;

/** {@code src/posts.js} of the React and Vue blogs: ordering, excerpts and the post form's fields. */
final class PostsModule {

    private static final String SOURCE = """
            import { formatDate } from "./dates.js";

            /** The fields of a post, in form order; a new post starts with these values. */
            export const EMPTY_POST = { «emptyPost» };

            export function byNewest(a, b) {
              return String(b.publishedOn ?? "").localeCompare(String(a.publishedOn ?? ""));
            }

            export function meta(post) {
              return [formatDate(post.publishedOn), post.author].filter(Boolean).join(" · ");
            }

            export function paragraphs(body) {
              return String(body ?? "")
                .split(/\\n\\s*\\n/)
                .filter((paragraph) => paragraph.trim() !== "");
            }

            export function excerpt(body) {
              const first = paragraphs(body)[0] ?? "";
              return first.length > 180 ? `${first.slice(0, 179)}…` : first;
            }
            «categories»""";

    private static final String CATEGORIES = """

            export function categoriesOf(posts) {
              return [...new Set(posts.map((post) => post.category).filter(Boolean))].sort();
            }
            """;

    private PostsModule() {}

    static String render(AppSpec spec) {
        return Template.of(SOURCE)
                .with(
                        "emptyPost",
                        spec.primary().fields().stream()
                                .map(f -> f.key() + ": \"\"")
                                .collect(Collectors.joining(", ")))
                .with("categories", spec.has("category") ? CATEGORIES : "")
                .render();
    }
}
