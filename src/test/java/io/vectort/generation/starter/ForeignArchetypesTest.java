package io.vectort.generation.starter;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Archetype;
import io.vectort.generation.starter.spec.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Todo lists, blogs and landing pages described in another language use its words. */
class ForeignArchetypesTest {

    private final DescriptionAnalyzer analyzer = new DescriptionAnalyzer();

    private AppSpec analyze(String description, Archetype archetype) {
        return analyzer.analyze(List.of(description), archetype);
    }

    @Test
    void aFrenchListOfRecipesHoldsRecipes() {
        AppSpec spec = analyze("Une liste de recettes à essayer", Archetype.TODO);

        Entity item = spec.primary();
        assertThat(item.singular()).isEqualTo("recette");
        assertThat(item.label()).isEqualTo("Recettes");
        assertThat(item.titleField().samples())
                .isEqualTo(EntityLexicon.entity("recipe").titleField().samples());
        assertThat(item.fields())
                .extracting(io.vectort.generation.starter.spec.Field::key)
                .containsExactly("title", "dueDate", "done");
        assertThat(spec.name()).isEqualTo("Recettes");
    }

    @Test
    void aTodoListThatNamesNoItemsListsTasksInTheDescriptionsLanguage() {
        assertThat(analyze("Une checklist pour préparer le déménagement", Archetype.TODO)
                        .primary()
                        .label())
                .isEqualTo("Tâches");
        assertThat(analyze("Checkliste für den Umzug", Archetype.TODO).primary().label())
                .isEqualTo("Aufgaben");
        assertThat(analyze("checklist voor de verhuizing", Archetype.TODO)
                        .primary()
                        .label())
                .isEqualTo("Taken");
    }

    @Test
    void aCompoundListNamesItsItemsUnlessItsLinkIsAnS() {
        assertThat(analyze("Boodschappenlijst voor het hele gezin", Archetype.TODO)
                        .primary()
                        .label())
                .isEqualTo("Boodschappen");
        assertThat(analyze("Eine Aufgabenliste für mein Studium", Archetype.TODO)
                        .primary()
                        .singular())
                .isEqualTo("aufgabe");
        assertThat(analyze("Geburtstagsliste für die Party", Archetype.TODO)
                        .primary()
                        .singular())
                .isEqualTo("task");
    }

    @Test
    void aListNamedByAnIdiomHoldsWhatTheIdiomMeansUnlessTheDescriptionSays() {
        assertThat(analyze("Ma liste de lecture pour l'été", Archetype.TODO)
                        .primary()
                        .label())
                .isEqualTo("Livres");
        assertThat(analyze("Meine Leseliste für den Sommer", Archetype.TODO)
                        .primary()
                        .label())
                .isEqualTo("Bücher");
        assertThat(analyze("Una lista dei desideri da condividere", Archetype.TODO)
                        .primary()
                        .label())
                .isEqualTo("Desideri");
        assertThat(analyze("Een verlanglijst met cadeaus voor Sinterklaas", Archetype.TODO)
                        .primary()
                        .label())
                .isEqualTo("Cadeaus");
    }

    @Test
    void aShoppingListNamedByAnIdiomHoldsProducts() {
        assertThat(analyze("Einkaufsliste für die WG", Archetype.TODO).primary().label())
                .isEqualTo("Artikel");
        assertThat(analyze("lista de la compra para compartir con mi pareja", Archetype.TODO)
                        .primary()
                        .label())
                .isEqualTo("Productos");
        assertThat(analyze("Una lista della spesa da condividere", Archetype.TODO)
                        .primary()
                        .label())
                .isEqualTo("Prodotti");
    }

    @Test
    void anUnknownTodoItemIsNumberedInItsOwnWords() {
        Entity item = analyze("Les corvées de la maison pour les enfants", Archetype.TODO)
                .primary();

        assertThat(item.label()).isEqualTo("Corvées");
        assertThat(item.titleField().samples()).containsExactly("Corvée A", "Corvée B", "Corvée C");
    }

    @Test
    void aSpanishBlogHasArticlesAndCategoriesAndIsNamedByItsSubject() {
        AppSpec spec = analyze("Un blog de viajes con artículos y categorías", Archetype.BLOG);

        assertThat(spec.entities()).extracting(Entity::singular).containsExactly("post", "category");
        assertThat(spec.entities()).extracting(Entity::label).containsExactly("Artículos", "Categorías");
        assertThat(spec.name()).isEqualTo("Blog de viajes");
    }

    @Test
    void aGermanBlogNamesItsPostsInTheNominative() {
        AppSpec spec = analyze("Ein Reiseblog mit Beiträgen und Kategorien", Archetype.BLOG);

        assertThat(spec.entities()).extracting(Entity::label).containsExactly("Beiträge", "Kategorien");
        assertThat(spec.name()).isEqualTo("Reiseblog");
    }

    @Test
    void aBlogWithoutAPhraseFallsBackToThePhrasebook() {
        assertThat(analyze("Rivista online di cucina con articoli", Archetype.BLOG)
                        .name())
                .isEqualTo("Il mio blog");
    }

    @Test
    void aLandingPageIsNamedByWhatItPresents() {
        assertThat(analyze("Une page d'accueil pour mon atelier de poterie avec les tarifs", Archetype.LANDING)
                        .name())
                .isEqualTo("Atelier de poterie");
        assertThat(analyze("Página de aterrizaje para mi taller de cerámica con precios", Archetype.LANDING)
                        .name())
                .isEqualTo("Taller de cerámica");
        assertThat(analyze("landing page para mi app con lista de espera", Archetype.LANDING)
                        .name())
                .isEqualTo("Mi producto");
    }

    @Test
    void aDashboardKeepsTheHyphenOfItsRecords() {
        assertThat(analyze(
                                "Gestion des rendez-vous de mon cabinet de kinésithérapie avec les patients",
                                Archetype.DASHBOARD)
                        .name())
                .isEqualTo("Rendez-vous");
    }

    @Test
    void aDashboardThatNamesNothingShowsItemsInTheDescriptionsLanguage() {
        assertThat(analyze("Un tableau de bord pour mon club de plongée", Archetype.DASHBOARD)
                        .primary()
                        .label())
                .isEqualTo("Éléments");
    }

    @Test
    void aMassNounNamesTheCountableRecordsItStandsFor() {
        assertThat(analyze("Un inventaire du matériel de mon club de plongée", Archetype.DASHBOARD)
                        .primary()
                        .label())
                .isEqualTo("Équipements");
        assertThat(analyze("Inventaris van het gereedschap in mijn werkplaats", Archetype.DASHBOARD)
                        .primary()
                        .label())
                .isEqualTo("Gereedschappen");
    }

    @Test
    void englishKeepsItsOwnNames() {
        assertThat(analyze("A list of movies I want to watch", Archetype.TODO).name())
                .isEqualTo("My Movies");
        assertThat(analyze("A todo list of recipes", Archetype.TODO).primary().singular())
                .isEqualTo("recipe");
    }
}
