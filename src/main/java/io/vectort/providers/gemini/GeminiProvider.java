package io.vectort.providers.gemini;

import io.vectort.providers.ChatRequest;
import io.vectort.providers.ChatResponse;
import io.vectort.providers.ChatStreamListener;
import io.vectort.providers.Deployment;
import io.vectort.providers.ErrorKind;
import io.vectort.providers.LlmProvider;
import io.vectort.providers.ProviderException;
import io.vectort.providers.StreamOutcome;
import io.vectort.providers.http.Endpoints;
import io.vectort.providers.http.ErrorMessages;
import io.vectort.providers.http.SseEvent;
import io.vectort.providers.http.UpstreamClient;
import io.vectort.providers.http.UpstreamRequest;
import io.vectort.providers.http.UpstreamResponse;
import io.vectort.providers.http.WireJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;

/**
 * Gemini at {@code {baseUrl}/v1beta/models/{model}:generateContent}, {@code
 * :streamGenerateContent?alt=sse} and {@code :batchEmbedContents}, with the key in {@code
 * x-goog-api-key} (never in the URL, where it would end up in logs).
 */
public final class GeminiProvider implements LlmProvider {

    public static final String TYPE = "gemini";

    private final UpstreamClient upstream = new UpstreamClient(GeminiErrors::translate);

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ChatResponse chat(Deployment deployment, ChatRequest request) {
        JsonNode body = body(deployment, request);
        try (UpstreamResponse response =
                upstream.send(deployment.forNonStreamedCall(), post(deployment, "generateContent", Map.of(), body))) {
            JsonNode json = checked(deployment, response.readJson());
            return GeminiResponseMapper.response(json, deployment.model());
        }
    }

    @Override
    public StreamOutcome stream(Deployment deployment, ChatRequest request, ChatStreamListener listener) {
        JsonNode body = body(deployment, request);
        try (UpstreamResponse response =
                upstream.send(deployment, post(deployment, "streamGenerateContent", Map.of("alt", "sse"), body))) {
            GeminiStream stream = new GeminiStream(deployment.model());
            while (true) {
                Optional<SseEvent> event = response.nextEvent();
                if (event.isEmpty()) {
                    if (stream.finished()) {
                        return stream.outcome();
                    }
                    throw response.endedEarly();
                }
                JsonNode json = checked(
                        deployment, WireJson.parse(deployment, event.get().data()));
                stream.onEvent(json).ifPresent(listener::onChunk);
            }
        }
    }

    @Override
    public EmbeddingResult embed(Deployment deployment, List<String> inputs) {
        JsonNode body = GeminiRequestMapper.embeddingsBody(model(deployment), inputs);
        try (UpstreamResponse response = upstream.send(
                deployment.forNonStreamedCall(), post(deployment, "batchEmbedContents", Map.of(), body))) {
            return GeminiResponseMapper.embeddings(response.readJson(), deployment.model());
        }
    }

    private static JsonNode checked(Deployment deployment, JsonNode json) {
        if (ErrorMessages.carriesError(json)) {
            throw GeminiErrors.inStream(deployment, json);
        }
        Optional<String> blocked = GeminiResponseMapper.blockReason(json);
        if (blocked.isPresent()) {
            throw GeminiErrors.blocked(deployment, blocked.get());
        }
        return json;
    }

    private static JsonNode body(Deployment deployment, ChatRequest request) {
        try {
            return GeminiRequestMapper.body(request);
        } catch (IllegalArgumentException e) {
            throw new ProviderException(
                    ErrorKind.BAD_REQUEST,
                    OptionalInt.empty(),
                    Optional.empty(),
                    ErrorMessages.forCaller(deployment, e.getMessage()));
        }
    }

    private static UpstreamRequest.Builder post(
            Deployment deployment, String method, Map<String, String> query, JsonNode body) {
        String base = deployment.baseUrl().getPath().replaceAll("/+$", "");
        // https://generativelanguage.googleapis.com is documented; tolerate a base that names the version.
        String version = base.endsWith("/v1beta") || base.endsWith("/v1") ? "" : "/v1beta";
        String path = version + "/models/" + model(deployment) + ":" + method;
        UpstreamRequest.Builder builder = UpstreamRequest.post(
                        Endpoints.resolve(deployment.baseUrl(), path, query), WireJson.write(body))
                .header("content-type", "application/json");
        deployment.apiKey().ifPresent(key -> builder.header("x-goog-api-key", key.value()));
        UpstreamClient.addHeaders(builder, deployment.headers());
        return builder;
    }

    /** Google names models {@code models/gemini-2.0-flash}; configurations often drop the prefix. */
    private static String model(Deployment deployment) {
        String model = deployment.model();
        return model.startsWith("models/") ? model.substring("models/".length()) : model;
    }
}
