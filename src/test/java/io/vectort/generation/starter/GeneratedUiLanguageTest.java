package io.vectort.generation.starter;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Archetype;
import io.vectort.generation.starter.templates.ProjectTemplates;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A generated todo list speaks the description's language; English stays word for word. */
class GeneratedUiLanguageTest {

    private final DescriptionAnalyzer analyzer = new DescriptionAnalyzer();

    private Map<String, String> render(String description, String framework) {
        AppSpec spec = analyzer.analyze(List.of(description), Archetype.TODO);
        return new LinkedHashMap<>(ProjectTemplates.render(spec, framework));
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
        files.remove("README.md"); // written for the developer, who reads the starter's English docs

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
