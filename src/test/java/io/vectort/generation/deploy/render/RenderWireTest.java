package io.vectort.generation.deploy.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RenderWireTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsServiceListsWithTheirCursors() {
        RenderWire.ServiceItem[] items = JSON.readValue("""
                [{"service":{"id":"srv-1","name":"site","type":"static_site","repo":"https://github.com/a/b",
                  "branch":"main","serviceDetails":{"url":"https://site.onrender.com","publishPath":"dist"}},
                  "cursor":"c1"}]""", RenderWire.ServiceItem[].class);
        assertThat(items).hasSize(1);
        assertThat(items[0].service().serviceDetails().url()).isEqualTo("https://site.onrender.com");
    }

    @Test
    void readsTheMessageOfRendersErrorBody() {
        assertThat(RenderWire.errorMessage(JSON.readTree("{\"id\":\"unauthorized\",\"message\":\"unauthorized\"}")))
                .contains("unauthorized");
    }
}
