package io.vectort.generation.starter;

import static io.vectort.generation.starter.RecordingStream.cancellingAfter;
import static io.vectort.generation.starter.RecordingStream.recording;
import static io.vectort.generation.starter.Requests.aRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectort.generation.generator.CodeGenerationException;
import io.vectort.generation.generator.CodeRequest;
import io.vectort.generation.generator.GenerationReport;
import java.time.Duration;
import java.util.Map;
import java.util.SequencedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StarterCodeGeneratorTest {

    private static final String BIKE_PARTS = "an inventory tracker for my bike parts with suppliers";

    private final StarterCodeGenerator generator = new StarterCodeGenerator(Duration.ZERO, 64);

    private String generate(CodeRequest request) throws InterruptedException {
        RecordingStream stream = recording();
        generator.generate(request, stream);
        return stream.text();
    }

    @Test
    void identifiesItselfAsAStarterThatIsNotAi() {
        assertThat(generator.identity().id()).isEqualTo("offline-starter");
        assertThat(generator.identity().kind()).isEqualTo("starter");
        assertThat(generator.identity().label()).isEqualTo("Offline starter (not AI)");
    }

    @Test
    void rendersNarrativeFilesSummaryAndEndMarker() throws InterruptedException {
        CodeRequest request = aRequest(BIKE_PARTS).framework("react").build();
        SequencedMap<String, String> files = generator.plan(request).next().files();

        String text = generate(request);

        assertThat(text)
                .startsWith("Vectort offline starter (not AI): building Bike Parts Inventory as a React + Vite CRUD "
                        + "dashboard for parts and suppliers.\n<vt-file path=\"package.json\">\n")
                .endsWith("</vt-summary>\n<vt-end/>\n")
                .contains("<vt-summary>\nBike Parts Inventory: a React + Vite CRUD dashboard for parts and suppliers.");
        int previous = -1;
        for (var file : files.entrySet()) {
            String block = "<vt-file path=\"" + file.getKey() + "\">\n" + file.getValue() + "</vt-file>\n";
            assertThat(text).contains(block);
            assertThat(text.indexOf(block)).as("files in project order").isGreaterThan(previous);
            previous = text.indexOf(block);
        }
        assertThat(text).doesNotContain("<vt-delete");
    }

    @Test
    void reportsTheStarterModelAndAnEstimateOfOutputTokens() throws InterruptedException {
        RecordingStream stream = recording();

        GenerationReport report = generator.generate(aRequest(BIKE_PARTS).build(), stream);

        assertThat(report)
                .isEqualTo(new GenerationReport(
                        "offline-starter", "starter-1", 0, stream.text().length() / 4, true));
        assertThat(report.outputTokens()).isGreaterThan(1000);
    }

    @Test
    void splitsTheTextIntoChunksOfTheConfiguredSize() throws InterruptedException {
        CodeRequest request = aRequest(BIKE_PARTS).framework("vue").build();
        RecordingStream small = recording();
        RecordingStream whole = recording();

        new StarterCodeGenerator(Duration.ZERO, 7).generate(request, small);
        new StarterCodeGenerator(Duration.ZERO, Integer.MAX_VALUE).generate(request, whole);

        assertThat(whole.chunks()).hasSize(1);
        assertThat(small.text()).isEqualTo(whole.text());
        assertThat(small.chunks()).hasSize((whole.text().length() + 6) / 7);
        assertThat(small.chunks().subList(0, small.chunks().size() - 1))
                .allSatisfy(c -> assertThat(c).hasSize(7));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 7, 11})
    void neverSplitsACharacterOutsideTheBasicPlane(int chunkSize) throws InterruptedException {
        CodeRequest request = aRequest("a blog for my travel photos 🚀🌍 with categories")
                .appType("blog")
                .framework("html")
                .build();
        RecordingStream stream = recording();

        new StarterCodeGenerator(Duration.ZERO, chunkSize).generate(request, stream);

        assertThat(stream.text()).contains("🚀🌍").isEqualTo(generate(request));
        assertThat(stream.chunks())
                .allSatisfy(chunk -> assertThat(Character.isHighSurrogate(chunk.charAt(chunk.length() - 1)))
                        .isFalse());
    }

    @Test
    void stopsQuietlyWhenTheStreamIsCancelled() throws InterruptedException {
        RecordingStream stream = cancellingAfter(3);

        GenerationReport report = new StarterCodeGenerator(Duration.ZERO, 10)
                .generate(aRequest(BIKE_PARTS).build(), stream);

        assertThat(stream.chunks()).hasSize(3);
        assertThat(stream.text()).doesNotContain("<vt-end/>");
        assertThat(report.outputTokens()).isEqualTo(30 / 4);
    }

    @Test
    void givesUpWithInterruptedExceptionWhenInterruptedBetweenChunks() {
        StarterCodeGenerator slow = new StarterCodeGenerator(Duration.ofMillis(5), 100);
        RecordingStream stream = recording();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> slow.generate(aRequest(BIKE_PARTS).build(), stream))
                    .isInstanceOf(InterruptedException.class);
            assertThat(stream.chunks()).hasSize(1);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void producesByteIdenticalOutputForTheSameRequest() throws InterruptedException {
        CodeRequest request = aRequest("a CRM for my bakery to track customers, orders and invoices in dark mode")
                .framework("express")
                .build();

        String first = generate(request);
        RecordingStream again = recording();
        new StarterCodeGenerator(Duration.ZERO, 3).generate(request, again);

        assertThat(again.text()).isEqualTo(first).isEqualTo(generate(request));
    }

    @Test
    void refusesFrameworksAndAppTypesItHasNoTemplatesFor() {
        assertThatThrownBy(
                        () -> generate(aRequest(BIKE_PARTS).framework("svelte").build()))
                .isInstanceOfSatisfying(CodeGenerationException.class, e -> {
                    assertThat(e.code()).isEqualTo("unsupported_framework");
                    assertThat(e.retryable()).isFalse();
                });
        assertThatThrownBy(() -> generate(aRequest(BIKE_PARTS).appType("game").build()))
                .isInstanceOfSatisfying(
                        CodeGenerationException.class, e -> assertThat(e.code()).isEqualTo("unsupported_app_type"));
    }

    @Test
    void rejectsAChunkSizeThatIsNotPositive() {
        assertThatThrownBy(() -> new StarterCodeGenerator(Duration.ZERO, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StarterCodeGenerator(Duration.ofMillis(-1), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void putsTheAppNameEntitiesAndFieldsIntoTheCode() {
        Map<String, String> react =
                generator.plan(aRequest(BIKE_PARTS).build()).next().files();
        Map<String, String> express = generator
                .plan(aRequest(BIKE_PARTS).framework("express").build())
                .next()
                .files();

        assertThat(react.get("src/config.js")).contains("export const APP_NAME = \"Bike Parts Inventory\";");
        assertThat(react.get("index.html")).contains("<title>Bike Parts Inventory</title>");
        assertThat(react.get("src/components/PartsPanel.jsx"))
                .contains("Add a part", "<label htmlFor=\"parts-sku\">SKU</label>", "price: toNumber(draft.price),");
        assertThat(react.get("src/data/seed.js")).contains("name: \"Chain\"", "email: \"orders@northwind.example\"");
        assertThat(express.get("src/routes/parts.js"))
                .contains("{ name: \"price\", label: \"Price\", type: \"money\", required: false },");
        assertThat(express.get("src/app.js"))
                .contains("app.use(\"/api/suppliers\", suppliersRouter(store.suppliers));");
        assertThat(express.get("README.md")).contains("| GET | `/api/parts` |", "npm test");
    }

    @Test
    void addsAThemeToggleAndDarkThemeOnlyWhenDarkModeIsAsked() {
        Map<String, String> plain =
                generator.plan(aRequest(BIKE_PARTS).build()).next().files();
        Map<String, String> dark = generator
                .plan(aRequest(BIKE_PARTS + " in dark mode").build())
                .next()
                .files();

        assertThat(plain).doesNotContainKey("src/components/ThemeToggle.jsx");
        assertThat(plain.get("src/styles.css")).doesNotContain("[data-theme=\"dark\"]");
        assertThat(dark).containsKey("src/components/ThemeToggle.jsx");
        assertThat(dark.get("src/styles.css")).contains("[data-theme=\"dark\"]");
        assertThat(dark.get("src/App.jsx")).contains("<ThemeToggle />");
    }

    @Test
    void usesTheAccentColourInTheStylesheet() {
        Map<String, String> files = generator
                .plan(aRequest(BIKE_PARTS + " in teal").framework("html").build())
                .next()
                .files();

        assertThat(files.get("styles.css")).contains("--accent: #0f766e;");
    }

    @Test
    void escapesTheAppNameForHtmlAndJavaScript() {
        CodeRequest request = aRequest("a shop inventory called Bits & Bob's")
                .framework("react")
                .build();

        Map<String, String> files = generator.plan(request).next().files();

        assertThat(files.get("index.html")).contains("<title>Bits &amp; Bob&#39;s</title>");
        assertThat(files.get("src/config.js")).contains("APP_NAME = \"Bits & Bob's\"");
        assertThat(files.get("package.json")).contains("\"name\": \"bits-bob-s\"");
    }

    @Test
    void saysInTheReadmeThatTheOfflineStarterMadeItAndHowToRunIt() {
        Map<String, String> files = generator
                .plan(aRequest(BIKE_PARTS).framework("vue").build())
                .next()
                .files();

        assertThat(files.get("README.md"))
                .startsWith("# Bike Parts Inventory\n")
                .contains("Vectort's offline starter", "not\ncode written by AI", "> " + BIKE_PARTS)
                .contains("npm install", "npm run dev", "npm run build", "`src/components/PartsPanel.vue`");
    }
}
