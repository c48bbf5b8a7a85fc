package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import java.util.List;
import java.util.SequencedMap;

/** The Vue blog: post list, post view and editor components, switched by a small view state. */
final class VueBlog {

    private static final String APP = """
            <script setup>
            import { computed, ref } from "vue";
            import { APP_NAME } from "./config.js";
            import { newId, useStoredRef } from "./storage.js";
            import { posts as samplePosts } from "./data/seed.js";
            «categoriesImport»import PostEditor from "./components/PostEditor.vue";
            import PostList from "./components/PostList.vue";
            import PostView from "./components/PostView.vue";
            «themeImport»
            const posts = useStoredRef("posts", samplePosts);
            const view = ref({ mode: "list", id: null });
            const post = computed(() => posts.value.find((candidate) => candidate.id === view.value.id));
            «categoriesState»
            function show(mode, id = null) {
              view.value = { mode, id };
            }

            function save(values) {
              const current = post.value;
              const id = current ? current.id : newId();
              posts.value = current
                ? posts.value.map((candidate) => (candidate.id === id ? { ...candidate, ...values } : candidate))
                : [...posts.value, { id, ...values }];
              show("view", id);
            }

            function remove() {
              const current = post.value;
              if (current && confirm(`Delete "${current.title}"?`)) {
                posts.value = posts.value.filter((candidate) => candidate.id !== current.id);
                show("list");
              }
            }
            </script>

            <template>
            «header»
              <main class="container blog">
                <PostEditor
                  v-if="view.mode === 'edit'"
                  :key="view.id ?? 'new'"
                  :post="post"«categoriesProp»
                  @save="save"
                  @cancel="show(post ? 'view' : 'list', view.id)"
                />
                <PostView v-else-if="view.mode === 'view' && post" :post="post" @back="show('list')" @edit="show('edit', post.id)" @delete="remove" />
                <PostList v-else :posts="posts"«categoriesProp» @open="(id) => show('view', id)" @new="show('edit')" />
              </main>
            «footer»
            </template>
            """;

    private VueBlog() {}

    static void addFiles(AppSpec spec, SequencedMap<String, String> files) {
        boolean categories = spec.has("category");
        files.put(
                "src/App.vue",
                Template.of(APP)
                        .with("categoriesImport", categories ? "import { categoriesOf } from \"./posts.js\";\n" : "")
                        .with("themeImport", VueProject.themeImport(spec))
                        .with(
                                "categoriesState",
                                categories ? "const categories = computed(() => categoriesOf(posts.value));\n" : "")
                        .with("categoriesProp", categories ? " :categories=\"categories\"" : "")
                        .with("header", VueProject.header(spec))
                        .with("footer", VueProject.FOOTER)
                        .render());
        files.put("src/dates.js", TemplateTexts.get("shared/vite/dates.js"));
        files.put("src/posts.js", PostsModule.render(spec));
        files.put("src/data/seed.js", SeedModule.render(List.of(spec.primary())));
        files.put("src/components/PostList.vue", VueBlogComponents.list(categories));
        files.put("src/components/PostView.vue", VueBlogComponents.view(categories));
        files.put("src/components/PostEditor.vue", VueBlogComponents.editor(categories));
    }
}
