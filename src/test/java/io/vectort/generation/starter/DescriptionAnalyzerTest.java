package io.vectort.generation.starter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.vectort.generation.starter.spec.Accent;
import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Archetype;
import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Field;
import io.vectort.generation.starter.spec.FieldType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptionAnalyzerTest {

    private final DescriptionAnalyzer analyzer = new DescriptionAnalyzer();

    private AppSpec analyze(Archetype archetype, String... prompts) {
        return analyzer.analyze(List.of(prompts), archetype);
    }

    private static List<String> singulars(AppSpec spec) {
        return spec.entities().stream().map(Entity::singular).toList();
    }

    private static List<String> fieldKeys(Entity entity) {
        return entity.fields().stream().map(Field::key).toList();
    }

    @Test
    void takesTheNameAndEntitiesOfAnInventoryFromTheDescription() {
        AppSpec spec = analyze(Archetype.DASHBOARD, "an inventory tracker for my bike parts with suppliers");

        assertThat(spec.name()).isEqualTo("Bike Parts Inventory");
        assertThat(spec.slug()).isEqualTo("bike-parts-inventory");
        assertThat(spec.entities())
                .extracting(Entity::singular, Entity::plural)
                .containsExactly(tuple("part", "parts"), tuple("supplier", "suppliers"));
        assertThat(fieldKeys(spec.entities().get(0))).containsExactly("name", "sku", "price", "quantity");
        assertThat(fieldKeys(spec.entities().get(1))).containsExactly("name", "email", "phone");
        assertThat(spec.entities().get(0).fields().get(2).type()).isEqualTo(FieldType.MONEY);
        assertThat(spec.darkMode()).isFalse();
        assertThat(spec.accent()).isEqualTo(Accent.DEFAULT);
    }

    @Test
    void findsRecipesAndTheirGroupingCategory() {
        AppSpec spec = analyze(Archetype.DASHBOARD, "a recipe app to organise recipes by category");

        assertThat(singulars(spec)).containsExactly("recipe", "category");
        assertThat(spec.entities().get(1).plural()).isEqualTo("categories");
        assertThat(spec.name()).isEqualTo("Recipe Organizer");
    }

    @Test
    void usesTheNameGivenWithCalled() {
        AppSpec spec =
                analyze(Archetype.DASHBOARD, "Manage employees and their shifts for my coffee shop called Bean There");

        assertThat(spec.name()).isEqualTo("Bean There");
        assertThat(singulars(spec)).containsExactly("employee", "shift");
    }

    @Test
    void titleCasesALowerCaseGivenNameAndKeepsAMixedCaseOne() {
        assertThat(analyze(Archetype.TODO, "a todo app named chore wheel").name())
                .isEqualTo("Chore Wheel");
        assertThat(analyze(Archetype.LANDING, "a landing page for my app, call it BrewBox.")
                        .name())
                .isEqualTo("BrewBox");
    }

    @Test
    void readsEntitiesFromACommaSeparatedListAndTurnsOnDarkMode() {
        AppSpec spec = analyze(
                Archetype.DASHBOARD,
                "A CRM for my small bakery to track customers, orders and invoices, with dark mode");

        assertThat(singulars(spec)).containsExactly("customer", "order", "invoice");
        assertThat(spec.name()).isEqualTo("Bakery CRM");
        assertThat(spec.darkMode()).isTrue();
    }

    @Test
    void takesTheAccentColourFromAColourWord() {
        AppSpec spec =
                analyze(Archetype.DASHBOARD, "Track my expenses and split bills with friends. Use a green theme.");

        assertThat(singulars(spec)).containsExactly("expense", "bill", "friend");
        assertThat(spec.accent()).isEqualTo(new Accent("green", "#15803d"));
        assertThat(spec.name()).isEqualTo("Expense Tracker");
    }

    @Test
    void mapsATopicWordToTheRecordsItKeeps() {
        AppSpec spec = analyze(Archetype.DASHBOARD, "a fitness tracker");

        assertThat(singulars(spec)).containsExactly("workout");
        assertThat(spec.name()).isEqualTo("Fitness Tracker");
    }

    @Test
    void doesNotMistakeTheAudienceForAnEntity() {
        AppSpec spec = analyze(
                Archetype.DASHBOARD,
                "a property management tool for landlords with tenants, properties and rent payments");

        assertThat(singulars(spec)).containsExactly("property", "tenant", "payment");
        assertThat(spec.name()).isEqualTo("Property Manager");
    }

    @Test
    void anAudienceWordInAListOfRecordsIsARecord() {
        assertThat(singulars(analyze(Archetype.DASHBOARD, "Vet clinic: pets, owners and visits")))
                .containsExactly("pet", "owner", "visit");
        assertThat(singulars(analyze(Archetype.DASHBOARD, "a tool for teachers and parents with lessons")))
                .containsExactly("lesson");
    }

    @Test
    void givesUnknownNounsTheGenericShape() {
        AppSpec spec = analyze(Archetype.DASHBOARD, "keep a list of my gadgets");

        assertThat(singulars(spec)).containsExactly("gadget");
        assertThat(fieldKeys(spec.primary())).containsExactly("name", "status", "date", "notes");
        assertThat(spec.primary().fields().get(3).type()).isEqualTo(FieldType.LONGTEXT);
    }

    @Test
    void fallsBackToItemsWhenADashboardNamesNothing() {
        AppSpec spec = analyze(Archetype.DASHBOARD, "build me a simple dashboard");

        assertThat(singulars(spec)).containsExactly("item");
        assertThat(spec.name()).isEqualTo("Item Dashboard");
    }

    @Test
    void keepsAtMostFourEntitiesOnADashboard() {
        AppSpec spec =
                analyze(Archetype.DASHBOARD, "track products, suppliers, customers, orders, invoices and payments");

        assertThat(singulars(spec)).containsExactly("product", "supplier", "customer", "order");
    }

    @Test
    void givesATodoListTheItemsItNamesWithTheTodoShape() {
        AppSpec chores = analyze(Archetype.TODO, "a todo list for household chores with a purple accent");

        assertThat(chores.entities()).extracting(Entity::plural).containsExactly("chores");
        assertThat(fieldKeys(chores.primary())).containsExactly("title", "dueDate", "done");
        assertThat(chores.primary().fields().get(0).samples()).contains("Take out the bins");
        assertThat(chores.name()).isEqualTo("Household Chores List");
        assertThat(chores.accent().name()).isEqualTo("purple");
    }

    @Test
    void keepsTasksForATodoListThatNamesOtherThings() {
        assertThat(singulars(analyze(Archetype.TODO, "simple todo app"))).containsExactly("task");
        assertThat(singulars(analyze(Archetype.TODO, "a todo list for my bike parts")))
                .containsExactly("task");
        assertThat(singulars(analyze(Archetype.TODO, "a shopping list app"))).containsExactly("grocery");
    }

    @Test
    void aTodoListOfSomethingListsThoseThings() {
        AppSpec recipes = analyze(Archetype.TODO, "a todo list of recipes I want to try");
        assertThat(singulars(recipes)).containsExactly("recipe");
        assertThat(recipes.primary().titleField().samples()).doesNotContain("Write project brief");
        assertThat(singulars(analyze(Archetype.TODO, "A list of movies to watch with my partner")))
                .containsExactly("movie");
        assertThat(singulars(analyze(Archetype.TODO, "a checklist of camping gear items")))
                .containsExactly("item");
    }

    @Test
    void addsCategoriesAndAuthorsToABlogOnlyWhenMentioned() {
        AppSpec travel = analyze(Archetype.BLOG, "a blog about travel with categories and authors");
        AppSpec plain = analyze(Archetype.BLOG, "a personal blog in dark mode");

        assertThat(singulars(travel)).containsExactly("post", "category", "author");
        assertThat(fieldKeys(travel.primary())).containsExactly("title", "author", "publishedOn", "category", "body");
        assertThat(travel.name()).isEqualTo("Travel Blog");
        assertThat(singulars(plain)).containsExactly("post");
        assertThat(fieldKeys(plain.primary())).doesNotContain("category");
        assertThat(plain.darkMode()).isTrue();
    }

    @Test
    void writesALandingPageTaglineAndHighlightsFromTheDescription() {
        AppSpec spec = analyze(
                Archetype.LANDING,
                "a landing page for a meditation app that helps people sleep better with guided sessions, "
                        + "sleep stories and a daily streak");

        assertThat(spec.tagline()).isEqualTo("Helps people sleep better.");
        assertThat(spec.highlights()).containsExactly("Guided sessions", "Sleep stories", "Daily streak");
        assertThat(singulars(spec)).containsExactly("signup");
    }

    @Test
    void padsALandingPageWithGenericHighlights() {
        AppSpec spec = analyze(Archetype.LANDING, "a landing page for my coffee subscription called BrewBox");

        assertThat(spec.highlights()).hasSize(3).contains("Works on any device");
        assertThat(spec.tagline()).isEqualTo("The simple way to get started with BrewBox.");
    }

    @Test
    void laterPromptsAddRemoveRenameAndSwitchFeatures() {
        AppSpec spec = analyze(
                Archetype.DASHBOARD,
                "an inventory tracker for my bike parts",
                "add suppliers and dark mode",
                "call it Spoke Stock",
                "remove parts, add customers and make it orange");

        assertThat(spec.name()).isEqualTo("Spoke Stock");
        assertThat(singulars(spec)).containsExactly("supplier", "customer");
        assertThat(spec.darkMode()).isTrue();
        assertThat(spec.accent().name()).isEqualTo("orange");
    }

    @Test
    void aLaterPromptCanTurnDarkModeOff() {
        AppSpec spec = analyze(Archetype.TODO, "a todo list with dark mode", "actually, no dark mode please");

        assertThat(spec.darkMode()).isFalse();
    }

    @Test
    void aFollowUpWithoutANameKeepsTheFirstPromptsName() {
        AppSpec spec = analyze(Archetype.DASHBOARD, "an inventory tracker for my bike parts", "also track orders");

        assertThat(spec.name()).isEqualTo("Bike Parts Inventory");
        assertThat(singulars(spec)).containsExactly("part", "order");
    }

    @Test
    void keepsOnlySafeCharactersOfAGivenName() {
        AppSpec spec = analyze(Archetype.DASHBOARD, "a tracker called \"Bikes & <Co>; Ltd\" with parts");

        assertThat(spec.name()).isEqualTo("Bikes & Co Ltd");
        assertThat(spec.slug()).isEqualTo("bikes-co-ltd");
    }

    @Test
    void aQuotedNameKeepsItsApostrophe() {
        assertThat(analyze(Archetype.LANDING, "a landing page called \"Ann's Kitchen\" for my recipes")
                        .name())
                .isEqualTo("Ann's Kitchen");
        assertThat(analyze(Archetype.LANDING, "a landing page called 'Ann's Kitchen' for my recipes")
                        .name())
                .isEqualTo("Ann's Kitchen");
        assertThat(analyze(Archetype.LANDING, "a landing page called 'Kitchen' for Ann's recipes")
                        .name())
                .isEqualTo("Kitchen");
    }

    @Test
    void analysesTheSameDescriptionIdenticallyEveryTime() {
        String description =
                "A CRM for my small bakery to track customers, orders and invoices, with dark mode in teal";

        assertThat(analyze(Archetype.DASHBOARD, description))
                .isEqualTo(analyze(Archetype.DASHBOARD, description))
                .isEqualTo(new DescriptionAnalyzer().analyze(List.of(description), Archetype.DASHBOARD));
    }
}
