package io.vectort.providers;

import io.vectort.providers.http.SseEvent;
import io.vectort.providers.http.SseReader;
import io.vectort.providers.http.WireJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;

/** Vendor payload fixtures under {@code src/test/resources/providers/}, and a shared conversation. */
public final class Fixtures {

    private Fixtures() {}

    /** {@code name} relative to {@code providers/}, e.g. {@code openai/chat-response.json}. */
    public static String text(String name) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("providers/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture providers/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String name) {
        return WireJson.MAPPER.readTree(text(name));
    }

    /** The events of an SSE fixture, read with the production reader. */
    public static List<SseEvent> events(String name) {
        SseReader reader = new SseReader(new ByteArrayInputStream(text(name).getBytes(StandardCharsets.UTF_8)));
        List<SseEvent> events = new ArrayList<>();
        try {
            for (Optional<SseEvent> next = reader.next(); next.isPresent(); next = reader.next()) {
                events.add(next.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return events;
    }

    public static HttpHeaders headers(String... namesAndValues) {
        Map<String, List<String>> map = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return HttpHeaders.of(map, (name, value) -> true);
    }

    /**
     * A conversation that exercises every mapping: a system prompt, a question, an assistant turn
     * that only calls a tool, the tool's answer, tools, a named tool choice and every sampling field.
     */
    public static ChatRequest weatherConversation() {
        JsonNode schema = WireJson.MAPPER.readTree(
                "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}");
        ChatMessage callsTool = new ChatMessage(
                "assistant",
                "",
                List.of(new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}")),
                Optional.empty(),
                Optional.empty());
        ChatMessage toolAnswer =
                new ChatMessage("tool", "{\"temp\":21}", List.of(), Optional.of("call_1"), Optional.empty());
        return new ChatRequest(
                "alias",
                List.of(ChatMessage.system("Be brief."), ChatMessage.user("Weather in Paris?"), callsTool, toolAnswer),
                OptionalDouble.of(0.2),
                OptionalDouble.of(0.9),
                OptionalInt.of(256),
                List.of("END"),
                List.of(new ToolDefinition("get_weather", "Current weather", schema)),
                Optional.of("get_weather"),
                Optional.empty());
    }

    public static Deployment deployment(String provider, String key) {
        return new Deployment(
                "fixture-deployment",
                provider,
                "model",
                java.net.URI.create("http://127.0.0.1:1"),
                Optional.of(new Deployment.Secret(key)),
                Map.of(),
                java.time.Duration.ofSeconds(1),
                java.time.Duration.ofSeconds(1),
                java.time.Duration.ofSeconds(1));
    }
}
