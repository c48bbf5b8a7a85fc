package io.vectort.providers.anthropic;

import io.vectort.providers.ChatRequest;
import io.vectort.providers.ChatResponse;
import io.vectort.providers.ChatStreamListener;
import io.vectort.providers.Deployment;
import io.vectort.providers.LlmProvider;
import io.vectort.providers.StreamOutcome;
import io.vectort.providers.http.Endpoints;
import io.vectort.providers.http.SseEvent;
import io.vectort.providers.http.UpstreamClient;
import io.vectort.providers.http.UpstreamRequest;
import io.vectort.providers.http.UpstreamResponse;
import io.vectort.providers.http.WireJson;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Anthropic's Messages API at {@code {baseUrl}/v1/messages}, with {@code x-api-key} and {@code
 * anthropic-version: 2023-06-01} (a deployment header may override the version or add {@code
 * anthropic-beta}). Anthropic offers no embeddings.
 */
public final class AnthropicProvider implements LlmProvider {

    public static final String TYPE = "anthropic";
    static final String API_VERSION = "2023-06-01";

    private final UpstreamClient upstream = new UpstreamClient(AnthropicErrors::translate);

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ChatResponse chat(Deployment deployment, ChatRequest request) {
        JsonNode body = AnthropicRequestMapper.body(deployment.model(), request, false);
        try (UpstreamResponse response =
                upstream.send(deployment.forNonStreamedCall(), post(deployment, body, false))) {
            JsonNode json = response.readJson();
            if (json.path("type").asString("").equals("error")) {
                throw AnthropicErrors.inStream(deployment, json);
            }
            return AnthropicResponseMapper.response(json);
        }
    }

    @Override
    public StreamOutcome stream(Deployment deployment, ChatRequest request, ChatStreamListener listener) {
        JsonNode body = AnthropicRequestMapper.body(deployment.model(), request, true);
        try (UpstreamResponse response = upstream.send(deployment, post(deployment, body, true))) {
            AnthropicStream stream = new AnthropicStream(deployment.model());
            while (!stream.stopped()) {
                Optional<SseEvent> event = response.nextEvent();
                if (event.isEmpty()) {
                    if (stream.finished()) {
                        break;
                    }
                    throw response.endedEarly();
                }
                JsonNode json = WireJson.parse(deployment, event.get().data());
                if (event.get().event().equals("error")
                        || json.path("type").asString("").equals("error")) {
                    throw AnthropicErrors.inStream(deployment, json);
                }
                stream.onEvent(json).ifPresent(listener::onChunk);
            }
            return stream.outcome();
        }
    }

    private static UpstreamRequest.Builder post(Deployment deployment, JsonNode body, boolean stream) {
        // https://api.anthropic.com is documented; tolerate a base URL that already names /v1.
        String path =
                deployment.baseUrl().getPath().replaceAll("/+$", "").endsWith("/v1") ? "/messages" : "/v1/messages";
        UpstreamRequest.Builder builder = UpstreamRequest.post(
                        Endpoints.resolve(deployment.baseUrl(), path, Map.of()), WireJson.write(body))
                .header("content-type", "application/json")
                .header("accept", stream ? "text/event-stream" : "application/json")
                .header("anthropic-version", API_VERSION);
        deployment.apiKey().ifPresent(key -> builder.header("x-api-key", key.value()));
        UpstreamClient.addHeaders(builder, deployment.headers());
        return builder;
    }
}
