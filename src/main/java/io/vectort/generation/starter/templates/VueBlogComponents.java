package io.vectort.generation.starter.templates;

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

    static String list(boolean categories) {
        return Template.load(LIST)
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
                .with("chips", categories ? TemplateTexts.get(CHIPS) : "")
                .with("badge", categories ? BADGE : "")
                .render();
    }

    static String view(boolean categories) {
        return Template.load(VIEW).with("badge", categories ? BADGE : "").render();
    }

    static String editor(boolean categories) {
        return Template.load(EDITOR)
                .with("categoriesProp", categories ? CATEGORIES_PROP : "")
                .with("categoryField", categories ? TemplateTexts.get(CATEGORY_FIELD) : "")
                .render();
    }
}
