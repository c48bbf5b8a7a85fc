package io.vectort.generation.starter.templates;

/** The Vue blog's components; the category filter, badge and input are in only when asked for. */
final class VueBlogComponents {

    private static final String LIST = """
            <script setup>
            import { computed«refImport» } from "vue";
            import { byNewest, excerpt, meta } from "../posts.js";

            const props = defineProps({
              posts: { type: Array, required: true },«categoriesProp»
            });
            defineEmits(["open", "new"]);
            «categoryState»const visible = computed(() => [...props.posts].sort(byNewest)«categoryFilter»);
            </script>

            <template>
              <section aria-labelledby="list-title">
                <div class="blog-toolbar">
                  <h2 id="list-title">Latest posts</h2>
                  <button class="btn btn-primary" type="button" @click="$emit('new')">New post</button>
                </div>
            «chips»    <p v-if="visible.length === 0" class="empty">No posts here yet. Write the first one.</p>
                <div v-else class="post-list">
                  <article v-for="post in visible" :key="post.id" class="card post-card">
                    <h3>
                      <button type="button" class="link" @click="$emit('open', post.id)">{{ post.title }}</button>
                    </h3>
                    <p class="meta">{{ meta(post) }}«badge»</p>
                    <p>{{ excerpt(post.body) }}</p>
                  </article>
                </div>
              </section>
            </template>
            """;

    private static final String CHIPS = """
                <div class="chips" role="group" aria-label="Filter by category">
                  <button
                    v-for="name in [null, ...categories]"
                    :key="name ?? 'all'"
                    type="button"
                    class="chip"
                    :aria-pressed="String(active === name)"
                    @click="category = name"
                  >
                    {{ name ?? "All" }}
                  </button>
                </div>
            """;

    private static final String BADGE = " <span v-if=\"post.category\" class=\"badge\">{{ post.category }}</span>";

    private static final String VIEW = """
            <script setup>
            import { meta, paragraphs } from "../posts.js";

            defineProps({ post: { type: Object, required: true } });
            defineEmits(["back", "edit", "delete"]);
            </script>

            <template>
              <article class="card article">
                <button class="btn btn-ghost btn-small" type="button" @click="$emit('back')">Back to all posts</button>
                <h2>{{ post.title }}</h2>
                <p class="meta">{{ meta(post) }}«badge»</p>
                <div class="article-body">
                  <p v-for="(paragraph, index) in paragraphs(post.body)" :key="index">{{ paragraph }}</p>
                </div>
                <div class="form-actions">
                  <button class="btn btn-ghost" type="button" @click="$emit('edit')">Edit</button>
                  <button class="btn btn-danger" type="button" @click="$emit('delete')">Delete</button>
                </div>
              </article>
            </template>
            """;

    private static final String EDITOR = """
            <script setup>
            import { reactive } from "vue";
            import { EMPTY_POST } from "../posts.js";

            const props = defineProps({
              post: { type: Object, default: null },«categoriesProp»
            });
            const emit = defineEmits(["save", "cancel"]);

            function draftOf(post) {
              if (!post) {
                return { ...EMPTY_POST, publishedOn: new Date().toISOString().slice(0, 10) };
              }
              return Object.fromEntries(Object.keys(EMPTY_POST).map((key) => [key, post[key] ?? ""]));
            }

            const draft = reactive(draftOf(props.post));

            function submit() {
              emit("save", Object.fromEntries(Object.entries(draft).map(([key, value]) => [key, String(value).trim() || null])));
            }
            </script>

            <template>
              <form class="card editor" @submit.prevent="submit">
                <h2>{{ post ? "Edit post" : "New post" }}</h2>
                <div class="field">
                  <label for="post-title">Title</label>
                  <input id="post-title" v-model="draft.title" type="text" required />
                </div>
                <div class="field">
                  <label for="post-author">Author</label>
                  <input id="post-author" v-model="draft.author" type="text" />
                </div>
                <div class="field">
                  <label for="post-published">Published on</label>
                  <input id="post-published" v-model="draft.publishedOn" type="date" />
                </div>
            «categoryField»    <div class="field">
                  <label for="post-body">Text</label>
                  <textarea id="post-body" v-model="draft.body" rows="12" required></textarea>
                </div>
                <div class="form-actions">
                  <button class="btn btn-primary" type="submit">Publish</button>
                  <button class="btn btn-ghost" type="button" @click="$emit('cancel')">Cancel</button>
                </div>
              </form>
            </template>
            """;

    private static final String CATEGORY_FIELD = """
                <div class="field">
                  <label for="post-category">Category</label>
                  <input id="post-category" v-model="draft.category" type="text" list="category-options" />
                  <datalist id="category-options">
                    <option v-for="name in categories" :key="name" :value="name" />
                  </datalist>
                </div>
            """;

    private static final String CATEGORIES_PROP = "\n  categories: { type: Array, required: true },";

    private VueBlogComponents() {}

    static String list(boolean categories) {
        return Template.of(LIST)
                .with("refImport", categories ? ", ref" : "")
                .with("categoriesProp", categories ? CATEGORIES_PROP : "")
                .with(
                        "categoryState",
                        categories
                                ? "const category = ref(null);\n"
                                        + "const active = computed(() => (props.categories.includes(category.value) ? category.value : null));\n"
                                : "")
                .with(
                        "categoryFilter",
                        categories ? ".filter((post) => !active.value || post.category === active.value)" : "")
                .with("chips", categories ? CHIPS : "")
                .with("badge", categories ? BADGE : "")
                .render();
    }

    static String view(boolean categories) {
        return Template.of(VIEW).with("badge", categories ? BADGE : "").render();
    }

    static String editor(boolean categories) {
        return Template.of(EDITOR)
                .with("categoriesProp", categories ? CATEGORIES_PROP : "")
                .with("categoryField", categories ? CATEGORY_FIELD : "")
                .render();
    }
}
