package io.vectort.providers.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointsTest {

    @Test
    void appendsToTheBasePathWithOneSlash() {
        assertThat(Endpoints.resolve(URI.create("https://api.openai.com/v1"), "/chat/completions", Map.of()))
                .isEqualTo(URI.create("https://api.openai.com/v1/chat/completions"));
        assertThat(Endpoints.resolve(URI.create("http://localhost:11434/v1/"), "chat/completions", Map.of()))
                .isEqualTo(URI.create("http://localhost:11434/v1/chat/completions"));
        assertThat(Endpoints.resolve(URI.create("https://api.anthropic.com"), "/v1/messages", Map.of()))
                .isEqualTo(URI.create("https://api.anthropic.com/v1/messages"));
    }

    @Test
    void keepsTheBaseQueryAndAddsEncodedParameters() {
        URI base = URI.create("https://x.openai.azure.com/openai/deployments/gpt-4o?api-version=2024-10-21");

        assertThat(Endpoints.resolve(base, "/chat/completions", Map.of("alt", "a b")))
                .isEqualTo(
                        URI.create(
                                "https://x.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21&alt=a+b"));
    }
}
