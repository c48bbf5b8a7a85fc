package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;

/** The Vue blog's components; the category filter, badge and input are in only when asked for. */
final class VueBlogComponents {

    private static final String LIST = "vue/blog/PostList.vue";

    private static final String CHIPS = "vue/blog/chips.vue";

    private static final String BADGE = " <span v-if=\"post.category\" class=\"badge\">{{ post.category }}</span>";

    private static final String VIEW = "vue/blog/PostView.vue";

    private static final String EDITOR = "vue/blog/PostEditor.vue";

    private static final String CATEGORY_FIELD = "vue/blog/category-field.vue";

    private static final String CATEGORIES_PROP = "\n  categories: { type: Array, required: true },";

    private VueBlogComponents() {}

    static String list(AppSpec spec, boolean categories) {
        return Template.load(LIST)
                .words(spec)
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
                .with("categoriesProp", categories ? CATEGORIES_PROP : "")
                .with("categoryField", categories ? Template.phrased(CATEGORY_FIELD, spec) : "")
                .render();
    }
}
