package io.vectort.generation.starter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectort.generation.starter.spec.Accent;
import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Archetype;
import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.templates.ProjectTemplates;
import java.util.List;
import java.util.SequencedMap;
import org.junit.jupiter.api.Test;

/** An entity's code name makes identifiers, files and URLs; its display name is what the UI says. */
class EntityDisplayNamesTest {

    private static final Entity APPOINTMENT = new Entity(
                    "rendezVous", "rendezVous", EntityLexicon.entity("meeting").fields())
            .displayedAs("rendez-vous", "rendez-vous");
    private static final Entity PATIENT = new Entity(
                    "patient", "patients", EntityLexicon.entity("patient").fields())
            .displayedAs("Patient", "Patienten");

    @Test
    void theUiShowsTheDisplayNamesWhileTheCodeUsesTheCodeNames() {
        SequencedMap<String, String> files = ProjectTemplates.render(spec(Archetype.DASHBOARD), "react");

        assertThat(files).containsKeys("src/components/RendezVousPanel.jsx", "src/components/PatientsPanel.jsx");
        assertThat(files.get("src/App.jsx"))
                .contains(
                        "{ id: \"rendezVous\", label: \"Rendez-vous\" }", "{ id: \"patients\", label: \"Patienten\" }");
        assertThat(files.get("src/components/RendezVousPanel.jsx"))
                .contains("\"Add a rendez-vous\"", "Search rendez-vous", "\"Save rendez-vous\"");
        assertThat(files.get("src/components/PatientsPanel.jsx")).contains("Search Patienten");
    }

    @Test
    void anApiUsesKebabCaseUrlsAndCamelCaseIdentifiers() {
        SequencedMap<String, String> files = ProjectTemplates.render(spec(Archetype.DASHBOARD), "express");

        assertThat(files).containsKey("src/routes/rendez-vous.js");
        assertThat(files.get("src/app.js"))
                .contains("app.use(\"/api/rendez-vous\", rendezVousRouter(store.rendezVous));");
        assertThat(files.get("test/api.test.js")).contains("request(\"GET\", \"/api/rendez-vous\")");
        assertThat(files.get("README.md")).contains("| GET | `/api/rendez-vous` | List rendez-vous");
    }

    @Test
    void aTodoListCountsInTheDisplayWords() {
        AppSpec spec = new AppSpec(
                "Cabinet", "cabinet", "d", Archetype.TODO, List.of(APPOINTMENT), false, Accent.DEFAULT, "t", List.of());

        String app = ProjectTemplates.render(spec, "html").get("app.js");

        assertThat(app).contains("const NOUN = { one: \"rendez-vous\", many: \"rendez-vous\" };");
    }

    @Test
    void codeNamesAreAsciiAndDisplayNamesAreWords() {
        var fields = PATIENT.fields();
        assertThatThrownBy(() -> new Entity("séance", "séances", fields))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("camelCase ASCII");
        assertThatThrownBy(() -> PATIENT.displayedAs("<b>", "patients"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("display names");
        assertThat(PATIENT.displayedAs("séance", "séances").label()).isEqualTo("Séances");
    }

    private static AppSpec spec(Archetype archetype) {
        return new AppSpec(
                "Cabinet",
                "cabinet",
                "Gestion des rendez-vous de mon cabinet",
                archetype,
                List.of(APPOINTMENT, PATIENT),
                false,
                Accent.DEFAULT,
                "tagline",
                List.of("a", "b", "c"));
    }
}
