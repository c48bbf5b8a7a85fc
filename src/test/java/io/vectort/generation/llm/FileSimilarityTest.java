package io.vectort.generation.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.providers.local.BundledEmbeddings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** With the real bundled model: a request finds the files it is about without naming them. */
class FileSimilarityTest {

    private final AtomicInteger embedded = new AtomicInteger();
    private final FileSimilarity similarity = new FileSimilarity(new BundledEmbeddings() {
        @Override
        public List<float[]> embed(List<String> inputs) {
            embedded.addAndGet(inputs.size());
            return super.embed(inputs);
        }
    });

    @Test
    void aRequestFindsTheFilesItIsAboutAndUnchangedFilesAreNotEmbeddedAgain() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(
                "src/components/StarRating.jsx",
                "// Stars to rate a recipe from one to five\nexport function StarRating({ value, onRate }) {\n"
                        + "  return [1, 2, 3, 4, 5].map((star) => <button onClick={() => onRate(star)}>★</button>);\n}\n");
        files.put(
                "src/lib/http.js",
                "// JSON over fetch with retries\nexport async function getJson(url) {\n"
                        + "  const response = await fetch(url);\n  return response.json();\n}\n");
        files.put(
                "src/components/LoginForm.jsx",
                "// Sign in with email and password\nexport function LoginForm({ onSignIn }) {\n"
                        + "  return <form><input type=\"email\" /><input type=\"password\" /></form>;\n}\n");
        files.put(
                "src/lib/dates.js",
                "// Formats dates for people\nexport const format = (d) => d.toLocaleDateString();\n");

        List<String> closest = similarity.closest(files, "Let people give each recipe a score of one to five stars", 2);

        assertThat(closest).first().isEqualTo("src/components/StarRating.jsx");
        assertThat(closest).doesNotContain("src/lib/http.js");
        int afterFirst = embedded.get();
        assertThat(afterFirst).isEqualTo(1 + files.size());

        files.put("src/lib/dates.js", "// Formats dates and times\nexport const format = (d) => d.toLocaleString();\n");
        similarity.closest(files, "Show when each recipe was added", 2);
        // The request and the one changed file; the other three vectors are reused.
        assertThat(embedded.get() - afterFirst).isEqualTo(2);
    }
}
