package io.vectort.generation.deploy.vercel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class VercelWireTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsTheMessageOfVercelsErrorBody() {
        assertThat(VercelWire.errorMessage(
                        JSON.readTree("{\"error\":{\"code\":\"forbidden\",\"message\":\"Not authorized\"}}")))
                .contains("Not authorized");
        assertThat(VercelWire.errorMessage(JSON.readTree("{\"message\":\"not Vercel's shape\"}")))
                .isEmpty();
    }

    @Test
    void readsADeploymentAndItsLogLines() {
        VercelWire.Deployment deployment = JSON.readValue("""
                {"id":"dpl_1","url":"site-abc.vercel.app","readyState":"READY","name":"site",
                 "alias":["site.vercel.app"],"createdAt":1,"unknownField":{"x":1}}""", VercelWire.Deployment.class);
        assertThat(deployment.readyState()).isEqualTo("READY");
        assertThat(deployment.alias()).containsExactly("site.vercel.app");
        assertThat(new VercelWire.Event("stdout", "built", null).line()).contains("built");
        assertThat(new VercelWire.Event("stdout", null, Map.of("text", "from payload")).line())
                .contains("from payload");
        assertThat(new VercelWire.Event("delimiter", null, Map.of()).line()).isEmpty();
    }

    @Test
    void asksVercelToServeTheFilesAsTheyAre() {
        String body = JSON.writeValueAsString(new VercelWire.CreateDeployment(
                "site",
                java.util.List.of(new VercelWire.FileRef("index.html", "abc", 3)),
                new java.util.HashMap<>(java.util.Collections.singletonMap("framework", null)),
                "production"));
        assertThat(body)
                .contains("\"files\":[{\"file\":\"index.html\",\"sha\":\"abc\",\"size\":3}]")
                .contains("\"projectSettings\":{\"framework\":null}")
                .contains("\"target\":\"production\"");
    }
}
