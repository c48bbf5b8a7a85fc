package io.vectort.generation.starter;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Archetype;
import io.vectort.generation.starter.templates.ProjectTemplates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A generated app speaks the description's language: the UI of every archetype, its README and its
 * API's error messages. English stays word for word.
 */
class GeneratedUiLanguageTest {

    private final DescriptionAnalyzer analyzer = new DescriptionAnalyzer();

    // Fixed English words of the templates, as the UI, README or API would show them.
    private static final List<String> ENGLISH = List.of(
            "Search",
            "Edit",
            "Save",
            "Delete",
            "Cancel",
            "Add",
            "No",
            "Yes",
            "Totals",
            "Read",
            "Publish",
            "Latest posts",
            "New post",
            "Back to all posts",
            "Title",
            "Author",
            "Published on",
            "Category",
            "Filter by category",
            "Show",
            "Thanks",
            "Sign up",
            "Get early access",
            "Simple pricing",
            "Why",
            "Choose",
            "/ month",
            "Leave your name",
            "Dark mode",
            "Made with",
            "is required",
            "must be",
            "not found",
            "not valid",
            "Something went wrong",
            "No route",
            "What's inside",
            "Run it",
            "Files",
            "Requires",
            "Data is saved",
            "Data lives",
            "The simple way",
            "Works on any device",
            "Everything you need");

    // Comment lines: the generated code explains itself to its developer in English, like any code.
    private static final Pattern COMMENT = Pattern.compile("(?m)^\\s*(//|/\\*|\\*).*$");

    private Map<String, String> render(String description, String framework) {
        return render(description, framework, Archetype.TODO);
    }

    private Map<String, String> render(String description, String framework, Archetype archetype) {
        AppSpec spec = analyzer.analyze(List.of(description), archetype);
        return new LinkedHashMap<>(ProjectTemplates.render(spec, framework));
    }

    @ParameterizedTest
    @CsvSource({
        "html, DASHBOARD", "html, BLOG", "html, LANDING",
        "react, DASHBOARD", "react, BLOG", "react, LANDING",
        "vue, DASHBOARD", "vue, BLOG", "vue, LANDING",
        "express, DASHBOARD", "express, BLOG", "express, LANDING"
    })
    void frenchDashboardsBlogsAndLandingPagesShowNoFixedEnglishWord(String framework, Archetype archetype) {
        String description = switch (archetype) {
            case BLOG -> "Un blog de voyage avec des articles et des catégories, en mode sombre";
            case LANDING -> "Une page d'accueil pour mon atelier de poterie";
            default -> "Gestion des rendez-vous de mon cabinet de kinésithérapie avec les patients";
        };
        Map<String, String> files = render(description, framework, archetype);

        assertThat(englishWordsIn(files)).isEmpty();
        assertThat(files.get("README.md")).contains("## Fichiers");
    }

    @ParameterizedTest
    @CsvSource({
        "html, DASHBOARD", "html, BLOG", "html, LANDING",
        "react, DASHBOARD", "react, BLOG", "react, LANDING",
        "vue, DASHBOARD", "vue, BLOG", "vue, LANDING",
        "express, DASHBOARD", "express, BLOG", "express, LANDING"
    })
    void germanOnesToo(String framework, Archetype archetype) {
        String description = switch (archetype) {
            case BLOG -> "Ein Reiseblog mit Beiträgen und Kategorien, im Dunkelmodus";
            case LANDING -> "Landingpage für meine Töpferwerkstatt mit Preisen";
            default -> "Termine für meine Physiotherapie-Praxis mit Patienten verwalten";
        };
        Map<String, String> files = render(description, framework, archetype);

        assertThat(englishWordsIn(files)).isEmpty();
        assertThat(files.get("README.md")).contains("## Dateien");
    }

    /** "index.html: Delete" for each fixed English word a file shows, leaving out code comments and tests. */
    private static List<String> englishWordsIn(Map<String, String> files) {
        List<String> found = new ArrayList<>();
        files.forEach((path, text) -> {
            if (path.startsWith("test/")) {
                return; // the developer's tests, named in English like the code
            }
            String shown = COMMENT.matcher(text).replaceAll("");
            for (String word : ENGLISH) {
                if (Pattern.compile("\\b" + Pattern.quote(word) + "\\b")
                        .matcher(shown)
                        .find()) {
                    found.add(path + ": " + word);
                }
            }
        });
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "react", "vue", "express"})
    void theEnglishWordListFindsTheEnglishApp(String framework) {
        String all = String.join(
                "\n",
                render("A blog about travel with categories", framework, Archetype.BLOG)
                        .values());

        assertThat(all).containsPattern("\\bDelete\\b").containsPattern("\\bFiles\\b");
    }

    @ParameterizedTest
    @CsvSource({
        "Les rendez-vous de mon cabinet de kinésithérapie, fr, Planification hebdomadaire, Revue de design",
        "Termine für meine Physiotherapie-Praxis mit Patienten verwalten, de, Wochenplanung, Design-Review"
    })
    void sampleRecordsOfKnownEntitiesSpeakItToo(String description, String lang, String first, String second) {
        Map<String, String> files = render(description, "html");

        assertThat(files.get("index.html")).contains("<html lang=\"" + lang + "\">");
        assertThat(files.get("app.js"))
                .contains("\"" + first + "\"", "\"" + second + "\"")
                .doesNotContain("Weekly planning", "Design review");
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "react", "vue", "express"})
    void englishSamplesStayTheLexiconsOwn(String framework) {
        String all = String.join(
                "\n", render("A list of meetings to prepare", framework).values());

        assertThat(all).contains("\"Weekly planning\"", "\"Design review\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"express"})
    void anExpressApiAnswersInGerman(String framework) {
        Map<String, String> files = render(
                "Termine für meine Physiotherapie-Praxis mit Patienten verwalten", framework, Archetype.DASHBOARD);

        assertThat(files.get("src/validation.js"))
                .contains("`${field.label} ist ein Pflichtfeld`", "muss eine Zahl sein");
        assertThat(files.get("src/errors.js")).contains("\"Einige Felder sind ungültig\"");
        assertThat(files.get("src/routes/patienten.js")).contains("`Patient ${id} wurde nicht gefunden`");
    }

    @ParameterizedTest
    @CsvSource({
        "Une liste de recettes à essayer, fr, Ajouter : recette, À faire, Supprimer",
        "Una lista de tareas para la universidad, es, Añadir: tarea, Pendiente, Eliminar",
        "Checkliste für den Umzug, de, Hinzufügen: Aufgabe, Offen, Löschen",
        "lista di cose da fare per il trasloco, it, Aggiungi: compito, Da fare, Elimina",
        "Lista de tarefas para a faculdade, pt, Adicionar: tarefa, A fazer, Excluir",
        "Een takenlijst voor mijn studie, nl, Toevoegen: taak, Te doen, Verwijderen"
    })
    void theHtmlTodoListSpeaksTheDescriptionsLanguage(
            String description, String lang, String placeholder, String toDo, String delete) {
        Map<String, String> files = render(description, "html");

        assertThat(files.get("index.html"))
                .contains("<html lang=\"" + lang + "\">")
                .contains("placeholder=\"" + placeholder + "\"")
                .contains(">" + toDo + "</button>")
                .doesNotContain(">Add</button>", ">To do<", "Nothing to show here.");
        assertThat(files.get("app.js")).contains("button(\"" + delete + "\"").doesNotContain("\"Delete\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"react", "vue"})
    void viteTodoListsSpeakItToo(String framework) {
        Map<String, String> files = render("Une liste de recettes à essayer", framework);

        String all = String.join("\n", files.values());
        assertThat(all)
                .contains("<html lang=\"fr\">", "Ajouter : recette", "Rien à afficher ici.", "Effacer les terminés")
                .doesNotContain("Clear done", "Nothing to show here.", "Due date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "react", "vue"})
    void englishKeepsItsWordsAndArticles(String framework) {
        String all = String.join(
                "\n", render("A todo list for my weekend chores", framework).values());

        assertThat(all)
                .contains("<html lang=\"en\">", "Add a chore", "New chore", "Clear done", "Nothing to show here.");
    }
}
