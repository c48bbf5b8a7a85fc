package io.vectort.generation.starter;

import static io.vectort.generation.starter.Requests.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Follow-up turns: re-read every prompt, write only what changed, delete only the starter's own files. */
class StarterFollowUpTest {

    private static final String FIRST = "an inventory tracker for my bike parts";

    private final StarterCodeGenerator generator = new StarterCodeGenerator(Duration.ZERO, 64);

    private Map<String, String> firstTurnFiles(String framework) {
        return generator
                .plan(aRequest(FIRST).framework(framework).build())
                .next()
                .files();
    }

    private String generate(Requests request) throws InterruptedException {
        RecordingStream stream = RecordingStream.recording();
        generator.generate(request.build(), stream);
        return stream.text();
    }

    @Test
    void writesOnlyTheFilesThatChangeWhenAnEntityAndDarkModeAreAdded() throws InterruptedException {
        Requests followUp = aRequest("add suppliers and dark mode")
                .after(FIRST, "react", "dashboard")
                .currentFiles(firstTurnFiles("react"));

        StarterTurn turn = generator.plan(followUp.build());
        String text = generate(followUp);

        assertThat(turn.changes().writes().keySet())
                .containsExactlyInAnyOrder(
                        "index.html",
                        "src/App.jsx",
                        "src/data/seed.js",
                        "src/components/SuppliersPanel.jsx",
                        "src/components/ThemeToggle.jsx",
                        "src/styles.css",
                        "README.md");
        assertThat(turn.changes().deletes()).isEmpty();
        assertThat(text)
                .startsWith("Vectort offline starter (not AI): updating Bike Parts Inventory as a React + Vite CRUD "
                        + "dashboard for parts and suppliers.\n")
                .contains("<vt-file path=\"src/components/SuppliersPanel.jsx\">\n")
                .doesNotContain("<vt-file path=\"src/components/PartsPanel.jsx\">", "<vt-file path=\"package.json\">")
                .contains(
                        "<vt-summary>\nAdded suppliers; dark mode on. 7 files written, 0 files deleted.\n</vt-summary>")
                .endsWith("<vt-end/>\n");
    }

    @Test
    void deletesTheFilesOfARemovedEntityButNeverFilesItDidNotGenerate() throws InterruptedException {
        String withSuppliers = FIRST + " with suppliers";
        Map<String, String> current = new HashMap<>(
                generator.plan(aRequest(withSuppliers).build()).next().files());
        current.put("src/components/SupplierMap.jsx", "export default function SupplierMap() {}\n");
        current.put("notes.txt", "my own notes\n");

        Requests followUp = aRequest("remove suppliers")
                .after(withSuppliers, "react", "dashboard")
                .currentFiles(current);
        StarterTurn turn = generator.plan(followUp.build());

        assertThat(turn.changes().deletes()).containsExactly("src/components/SuppliersPanel.jsx");
        assertThat(generate(followUp))
                .contains("<vt-delete path=\"src/components/SuppliersPanel.jsx\"/>\n")
                .doesNotContain("SupplierMap.jsx\"/>", "notes.txt\"/>")
                .contains("Removed suppliers. 4 files written, 1 file deleted.");
    }

    @Test
    void aTiredFrenchFollowUpTurnsOnTheDarkModeAndTheAccentWithoutNamingARecord() {
        String first = "Gestion des rendez-vous de mon cabinet de kinésithérapie avec les patients";
        Map<String, String> files = generator
                .plan(aRequest(first).framework("react").build())
                .next()
                .files();

        StarterTurn turn = generator.plan(aRequest("passe en mode sombre et mets l'accent en vert stp")
                .after(first, "react", "dashboard")
                .currentFiles(files)
                .build());

        assertThat(turn.next().spec().darkMode()).isTrue();
        assertThat(turn.next().spec().accent().name()).isEqualTo("green");
        assertThat(turn.next().spec().entities())
                .extracting(entity -> entity.plural())
                .containsExactlyElementsOf(turn.previous().orElseThrow().spec().entities().stream()
                        .map(entity -> entity.plural())
                        .toList());
        assertThat(turn.changes().writes()).containsKey("src/components/ThemeToggle.jsx");
        assertThat(turn.changes().writes().get("src/styles.css")).contains("#15803d");
        // Vectort's own summary speaks the description's language too.
        assertThat(TurnSummary.summary(turn.next(), turn.previous(), turn.changes()))
                .isEqualTo("Mode sombre activé ; couleur d’accent : vert. 4 fichiers écrits, 0 fichier supprimé.");
        assertThat(TurnSummary.narrative(turn.next(), true))
                .isEqualTo("Générateur hors ligne de Vectort (pas une IA) : mise à jour de Rendez-vous, un tableau de"
                        + " bord CRUD en React + Vite pour les rendez-vous et patients.");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Gestion des factures, des clients et des fournisseurs   | enlève les fournisseurs stp                | fournisseurs
            Gestión de facturas, clientes y proveedores             | quita los proveedores y añade productos    | proveedores
            Verwaltung von Rechnungen, Kunden und Lieferanten       | bitte die Lieferanten entfernen            | lieferanten
            Gestione di fatture, clienti e fornitori                | togli i fornitori                          | fornitori
            Beheer van facturen, klanten en leveranciers            | zonder leveranciers graag                  | leveranciers
            """)
    void aForeignFollowUpTakesRecordsAwayAsAnEnglishOneDoes(String first, String followUp, String gone) {
        StarterTurn before = generator.plan(aRequest(first).framework("html").build());
        assertThat(before.next().spec().entities()).extracting(e -> e.plural()).contains(gone);

        StarterTurn turn = generator.plan(aRequest(followUp)
                .framework("html")
                .after(first, "html", "dashboard")
                .currentFiles(before.next().files())
                .build());

        List<String> now =
                turn.next().spec().entities().stream().map(e -> e.plural()).toList();
        assertThat(now).doesNotContain(gone).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void anEnglishFollowUpToAFrenchProjectIsStillReadInEnglish() {
        String first = "Gestion des factures et des clients";
        StarterTurn turn = generator.plan(aRequest("add suppliers")
                .framework("html")
                .after(first, "html", "dashboard")
                .currentFiles(generator
                        .plan(aRequest(first).framework("html").build())
                        .next()
                        .files())
                .build());

        assertThat(turn.next().spec().entities()).extracting(e -> e.plural()).contains("factures", "suppliers");
    }

    @Test
    void deletesThePreviousFrameworksFilesWhenTheFrameworkChanges() {
        Map<String, String> current = new HashMap<>(firstTurnFiles("react"));
        current.put("docs/ideas.md", "# Ideas\n");

        StarterTurn turn = generator.plan(aRequest("make it green")
                .framework("vue")
                .after(FIRST, "react", "dashboard")
                .currentFiles(current)
                .build());

        assertThat(turn.changes().deletes())
                .containsExactlyInAnyOrder("src/main.jsx", "src/App.jsx", "src/components/PartsPanel.jsx");
        assertThat(turn.changes().writes().keySet())
                .contains("src/main.js", "src/App.vue", "src/components/PartsPanel.vue", "package.json")
                .doesNotContain("src/data/seed.js", "src/fields.js", ".gitignore");
        assertThat(TurnSummary.summary(turn.next(), turn.previous(), turn.changes()))
                .startsWith("Switched from React + Vite to Vue + Vite; accent colour now green.");
    }

    @Test
    void writesNothingWhenTheProjectAlreadyMatches() throws InterruptedException {
        Requests followUp = aRequest("thanks, looks good")
                .after(FIRST, "react", "dashboard")
                .currentFiles(firstTurnFiles("react"));

        String text = generate(followUp);

        assertThat(text).doesNotContain("<vt-file", "<vt-delete");
        assertThat(text)
                .contains(
                        "<vt-summary>\nNothing to change: the project already matches everything asked for so far.\n");
    }

    @Test
    void rewritesAStarterFileThatWasEditedSinceTheLastTurn() {
        Map<String, String> current = new HashMap<>(firstTurnFiles("html"));
        current.put("styles.css", "body { color: hotpink; }\n");

        StarterTurn turn = generator.plan(aRequest("call it Spoke Stock")
                .framework("html")
                .after(FIRST, "html", "dashboard")
                .currentFiles(current)
                .build());

        assertThat(turn.changes().writes()).containsKeys("styles.css", "index.html", "app.js", "README.md");
        assertThat(turn.changes().writes().get("index.html")).contains("<title>Spoke Stock</title>");
        assertThat(TurnSummary.summary(turn.next(), turn.previous(), turn.changes()))
                .startsWith("Renamed to Spoke Stock.");
    }

    @Test
    void readsEveryEarlierPromptOldestFirst() {
        StarterTurn turn = generator.plan(aRequest("remove parts")
                .framework("express")
                .after(FIRST, "express", "dashboard")
                .after("add customers and orders", "express", "dashboard")
                .currentFiles(Map.of())
                .build());

        assertThat(turn.next().spec().entities()).extracting(e -> e.plural()).containsExactly("customers", "orders");
        assertThat(turn.next().spec().name()).isEqualTo("Bike Parts Inventory");
        assertThat(turn.changes().deletes())
                .as("nothing to delete from an empty project")
                .isEmpty();
    }

    @Test
    void changesNothingInAnApiWithoutUiWhenDarkModeIsAsked() throws InterruptedException {
        Requests followUp = aRequest("add dark mode in purple")
                .framework("express")
                .after(FIRST, "express", "dashboard")
                .currentFiles(firstTurnFiles("express"));

        assertThat(generator.plan(followUp.build()).changes().isEmpty()).isTrue();
        assertThat(generate(followUp)).contains("Nothing to change");
        assertThat(firstTurnFiles("express").get("README.md")).doesNotContain("dark mode", "Accent colour");
    }
}
