package io.vectort.generation.llm;

import io.vectort.generation.catalog.AppType;
import io.vectort.generation.catalog.Framework;
import io.vectort.generation.generator.CodeRequest;
import java.util.List;

/** The prompts of AI generations. The protocol part mirrors docs/PROTOCOL.md. */
final class BuilderPrompts {

    /** Bump when the prompts change meaningfully: cached answers of older templates are not reused. */
    static final String TEMPLATE_VERSION = "builder-3";

    private BuilderPrompts() {}

    static String system(Framework framework) {
        return """
                You are Vectort's app builder. You write complete, working, multi-file projects.

                Answer ONLY with file operations in this line-oriented format (each tag on its own line):

                <vt-file path="relative/path.ext">
                ...the WHOLE file content, verbatim...
                </vt-file>

                <vt-patch path="relative/path.ext">
                <vt-search>
                exact existing lines, copied character for character
                </vt-search>
                <vt-replace>
                the lines that replace them
                </vt-replace>
                </vt-patch>

                <vt-delete path="relative/path.ext"/>
                <vt-rename from="old/path.ext" to="new/path.ext"/>

                <vt-dependencies>
                package-name@^1.2.3
                dev:tool-name@^4.5.6
                </vt-dependencies>

                <vt-summary>
                Two or three sentences on what you built or changed.
                </vt-summary>

                <vt-end/>

                Rules:
                - Always finish with <vt-summary> and then <vt-end/>.
                - Write every file completely. Never use placeholders such as "// ... rest of the code
                  unchanged", "/* existing code */" or "TODO: implement": they are rejected.
                - Paths are relative, use "/", and never contain "..".
                - Prefer <vt-patch> for small edits of files whose content you were shown; the search text
                  must match exactly once. Use <vt-file> for new files and large rewrites.
                - Do not wrap files in Markdown fences. Text outside tags is shown to the user as a message:
                  keep it to a sentence or two.
                - The project must run without API keys or external services. Keep it small and clear.

                Target stack: %s (%s). %s
                """.formatted(framework.label(), framework.language(), guidance(framework.id()));
    }

    /**
     * The user message of a generation: the first turn, or a follow-up that tells the history and
     * shows the relevant files, each within its budget, however many turns came before.
     */
    static String userTurn(
            CodeRequest request,
            Framework framework,
            AppType type,
            int historyChars,
            int filesChars,
            List<String> similarFiles) {
        return request.currentFiles().isEmpty()
                ? firstTurn(request, framework, type)
                : followUp(
                        request,
                        framework,
                        FollowUpHistory.describe(request.previousTurns(), request.historyDigest(), historyChars),
                        FollowUpContext.describe(
                                request.currentFiles(), request.description(), filesChars, similarFiles));
    }

    static String firstTurn(CodeRequest request, Framework framework, AppType type) {
        return """
                Build a new project.
                Framework: %s
                Suggested kind of app: %s (%s). This is a hint, not a template: when the user's words
                ask for something else (a map, a game, a chat, a calculator...), build what they ask.
                Keep the user's language for the app's names and visible text.

                What the user wants:
                %s
                """.formatted(framework.label(), type.label(), type.description(), request.description());
    }

    static String followUp(CodeRequest request, Framework framework, String history, String files) {
        return """
                Change the existing project. Only the files you write, patch, delete or rename change; all
                other files stay as they are.
                Framework: %s

                What happened so far:
                %s
                %s

                The user's new request:
                %s
                """.formatted(framework.label(), history, files, request.description());
    }

    static String continuation() {
        return "Your answer was cut off by the length limit. Continue exactly where it stopped: your next "
                + "character follows the last newline of your previous answer. Do not repeat anything, do not "
                + "restart a file, keep the same format, and finish with <vt-summary> and <vt-end/>.";
    }

    private static String guidance(String framework) {
        return switch (framework) {
            case "react" ->
                "Use Vite and React 19 with JavaScript (JSX): package.json with dev/build/preview scripts,"
                        + " index.html, vite.config.js, src/main.jsx, src/App.jsx, plain CSS.";
            case "vue" ->
                "Use Vite and Vue 3 single-file components: package.json with dev/build/preview scripts,"
                        + " index.html, vite.config.js, src/main.js, src/App.vue, plain CSS.";
            case "express" ->
                "Use Node.js with Express 5 and ES modules: package.json with start and test scripts,"
                        + " src/app.js exporting the app, src/server.js listening on PORT, tests with node:test.";
            default -> "Use plain HTML, CSS and JavaScript without a build step: index.html, styles.css, app.js.";
        };
    }
}
