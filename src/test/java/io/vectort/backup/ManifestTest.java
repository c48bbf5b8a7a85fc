package io.vectort.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ManifestTest {

    @Test
    void survivesItsJsonRoundTrip() {
        Manifest manifest = new Manifest(
                Manifest.FORMAT,
                "2026-12-05T03:00:00Z",
                "35",
                List.of(new Manifest.Table("users", 3, "ab")),
                Map.of("seq", 7L),
                List.of(new Manifest.Blob("users/a/b.zip", 10, "cd")),
                true);
        JsonMapper json = JsonMapper.builder().build();

        String text = json.writeValueAsString(manifest);

        assertThat(json.readValue(text, Manifest.class)).isEqualTo(manifest);
    }
}
