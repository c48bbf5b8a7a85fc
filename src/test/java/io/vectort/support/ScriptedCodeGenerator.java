package io.vectort.support;

import io.vectort.generation.generator.CodeGenerationException;
import io.vectort.generation.generator.CodeGenerator;
import io.vectort.generation.generator.CodeRequest;
import io.vectort.generation.generator.CodeStream;
import io.vectort.generation.generator.GenerationReport;
import io.vectort.generation.generator.GeneratorIdentity;
import io.vectort.generation.protocol.FileOperation.Replacement;
import io.vectort.generation.protocol.ProtocolWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * A stand-in for an LLM in tests, answering models named {@code test-*} with protocol text that
 * exercises one behaviour of the pipeline each (slow streams, retryable failures, unsafe output).
 */
@Component
public class ScriptedCodeGenerator implements CodeGenerator {

    /** Which generator — so which node, with several in one JVM — last ran each {@code test-steady} description. */
    public static final Map<String, ScriptedCodeGenerator> RAN_ON = new ConcurrentHashMap<>();

    /** How many times each description was attempted by {@code test-flaky}. */
    public static final Map<String, AtomicInteger> FLAKY_ATTEMPTS = new ConcurrentHashMap<>();

    @Override
    public GeneratorIdentity identity() {
        return new GeneratorIdentity("scripted-test", "test", "Scripted test generator");
    }

    @Override
    public boolean supportsModel(String model) {
        return model.startsWith("test-");
    }

    @Override
    public GenerationReport generate(CodeRequest request, CodeStream stream) throws InterruptedException {
        String model = request.model().orElseThrow();
        switch (model) {
            case "test-chunky" -> writeByChars(stream, threeFiles(request.description()));
            case "test-slow" -> slow(stream);
            case "test-steady" -> {
                RAN_ON.put(request.description(), this);
                steady(stream);
            }
            case "test-flaky" -> {
                int attempt = FLAKY_ATTEMPTS
                        .computeIfAbsent(request.description(), d -> new AtomicInteger())
                        .incrementAndGet();
                if (attempt == 1) {
                    throw new CodeGenerationException("upstream_unavailable", "Provider answered 503", true);
                }
                stream.write(threeFiles(request.description()));
            }
            case "test-broken" -> throw new CodeGenerationException("upstream_error", "Provider answered 400", false);
            case "test-unsafe" ->
                stream.write(new ProtocolWriter()
                        .file("../outside.txt", "escape\n")
                        .end()
                        .toString());
            case "test-placeholder" ->
                stream.write(new ProtocolWriter()
                        .file("src/app.js", "function a() {}\n// ... rest of the code unchanged\n")
                        .end()
                        .toString());
            case "test-incomplete" ->
                stream.write(new ProtocolWriter()
                        .file("src/app.js", "console.log('half');\n")
                        .toString());
            case "test-patch" ->
                stream.write(new ProtocolWriter()
                        .patch("index.html", List.of(new Replacement("<h1>Hello</h1>\n", "<h1>Hello again</h1>\n")))
                        .delete("notes.txt")
                        .rename("src/app.js", "src/main.js")
                        .summary("Patched the title, removed notes, renamed app.js")
                        .end()
                        .toString());
            case "test-express" ->
                stream.write(new ProtocolWriter()
                        .file("package.json", "{\"name\":\"api\",\"dependencies\":{\"express\":\"^5.1.0\"}}\n")
                        .file("src/server.js", "import express from 'express';\n")
                        .end()
                        .toString());
            case "test-turns" ->
                stream.write(new ProtocolWriter()
                        .file(
                                "turns.txt",
                                request.previousTurns().stream()
                                        .map(turn -> turn.description() + "\n")
                                        .reduce("", String::concat))
                        .end()
                        .toString());
            case "test-vite" -> stream.write(viteProject(request.description()));
            case "test-vite-app" -> stream.write(viteApp(request.description()));
            case "test-assets" -> stream.write(assetsProject(request.description()));
            case "test-twins" ->
                stream.write(new ProtocolWriter()
                        .file("index.html", "<!doctype html>\n<title>" + request.description() + "</title>\n")
                        .file("img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
                        .file("copy/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
                        .end()
                        .toString());
            default -> throw new CodeGenerationException("unknown_model", "no script for " + model, false);
        }
        return new GenerationReport("scripted-test", model, 10, 20, false);
    }

    /** A small valid project whose title is the description. */
    public static String threeFiles(String title) {
        return new ProtocolWriter()
                .narrative("Writing three files.")
                .file("index.html", "<!doctype html>\n<title>" + title + "</title>\n<h1>Hello</h1>\n")
                .file("src/app.js", "console.log('hello');\n")
                .file("notes.txt", "notes\n")
                .summary("Three files for " + title)
                .end()
                .toString();
    }

    /** The smallest real Vite project; its own config would fail the build if it were executed. */
    public static String viteProject(String title) {
        return new ProtocolWriter()
                .file(
                        "package.json",
                        "{\"name\":\"preview\",\"private\":true,\"type\":\"module\","
                                + "\"scripts\":{\"build\":\"vite build\"},\"devDependencies\":{\"vite\":\"8.3.8\"}}\n")
                .file("vite.config.js", "throw new Error('the project config must not run on the server');\n")
                .file(
                        "index.html",
                        "<!doctype html>\n<html><head><title>" + title + "</title></head>\n"
                                + "<body><div id=\"app\"></div><script type=\"module\" src=\"/src/main.js\"></script></body></html>\n")
                .file("src/main.js", "document.querySelector('#app').textContent = 'Built by Vite: " + title + "';\n")
                .end()
                .toString();
    }

    /** A Vite app as a person would build it (its own config runs): its page says Hello. */
    public static String viteApp(String title) {
        return new ProtocolWriter()
                .file(
                        "package.json",
                        "{\"name\":\"app\",\"private\":true,\"type\":\"module\","
                                + "\"scripts\":{\"build\":\"vite build\"},\"devDependencies\":{\"vite\":\"8.3.8\"}}\n")
                .file("vite.config.js", "export default { build: { sourcemap: false } };\n")
                .file(
                        "index.html",
                        "<!doctype html>\n<html><head><title>" + title + "</title></head>\n"
                                + "<body><div id=\"app\"></div><script type=\"module\" src=\"/src/main.js\"></script></body></html>\n")
                .file(
                        "src/main.js",
                        "const heading = document.createElement('h1');\nheading.textContent = 'Hello';\n"
                                + "document.querySelector('#app').append(heading);\n")
                .end()
                .toString();
    }

    /**
     * A static page that loads a file in each way a browser can: a stylesheet, a classic script, a
     * module script with an import, an image, an image from CSS, and JSON by {@code fetch}. Each
     * script writes what it did into the page.
     */
    public static String assetsProject(String title) {
        return new ProtocolWriter()
                .file("index.html", """
                        <!doctype html>
                        <html lang="en">
                          <head>
                            <meta charset="utf-8" />
                            <title>%s</title>
                            <link rel="stylesheet" href="style.css" />
                            <script src="app.js" defer></script>
                            <script type="module" src="main.mjs"></script>
                          </head>
                          <body>
                            <h1>%s</h1>
                            <img id="logo" src="images/logo.svg" alt="Logo" />
                            <p id="classic"></p>
                            <p id="module"></p>
                            <p id="data"></p>
                          </body>
                        </html>
                        """.formatted(title, title))
                .file(
                        "style.css",
                        "body { background-color: rgb(10, 20, 30); color: rgb(250, 250, 250); }\n"
                                + "h1 { background-image: url(\"images/dot.svg\"); }\n")
                .file(
                        "app.js",
                        "document.getElementById('classic').textContent = 'Classic script ran';\n"
                                + "fetch('data.json').then((r) => r.json()).then((data) => {\n"
                                + "  document.getElementById('data').textContent = data.message;\n"
                                + "});\n")
                .file(
                        "main.mjs",
                        "import { greeting } from './greeting.mjs';\n"
                                + "document.getElementById('module').textContent = greeting;\n")
                .file("greeting.mjs", "export const greeting = 'Module script ran';\n")
                .file("data.json", "{\"message\": \"JSON fetched\"}\n")
                .file("images/logo.svg", svg(48, "#ff6600"))
                .file("images/dot.svg", svg(8, "#0066ff"))
                .end()
                .toString();
    }

    private static String svg(int size, String fill) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\"><rect width=\"%d\" height=\"%d\" fill=\"%s\"/></svg>\n"
                .formatted(size, size, size, size, fill);
    }

    private static void writeByChars(CodeStream stream, String text) {
        for (int i = 0; i < text.length(); i++) {
            stream.write(text.substring(i, i + 1));
        }
    }

    /** Streams a long file slowly until cancelled, for at most 60 seconds. */
    /** A three-second generation of one file, written in 30 pieces. */
    private static void steady(CodeStream stream) throws InterruptedException {
        stream.write("<vt-file path=\"steady.txt\">\n");
        for (int i = 0; i < 30 && !stream.cancelled(); i++) {
            stream.write("line " + i + "\n");
            Thread.sleep(100);
        }
        stream.write("</vt-file>\n<vt-end/>\n");
    }

    private static void slow(CodeStream stream) throws InterruptedException {
        stream.write("<vt-file path=\"slow.txt\">\n");
        long deadline = System.currentTimeMillis() + 60_000;
        while (!stream.cancelled() && System.currentTimeMillis() < deadline) {
            stream.write("line\n");
            Thread.sleep(20);
        }
        if (!stream.cancelled()) {
            stream.write("</vt-file>\n<vt-end/>\n");
        }
    }
}
