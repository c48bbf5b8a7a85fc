package io.vectort.providers.openai;

import io.vectort.providers.ChatChunk;
import io.vectort.providers.ChatRequest;
import io.vectort.providers.ChatResponse;
import io.vectort.providers.ChatStreamListener;
import io.vectort.providers.Deployment;
import io.vectort.providers.LlmProvider;
import io.vectort.providers.StreamOutcome;
import io.vectort.providers.Usage;
import io.vectort.providers.http.Endpoints;
import io.vectort.providers.http.ErrorMessages;
import io.vectort.providers.http.SseEvent;
import io.vectort.providers.http.UpstreamClient;
import io.vectort.providers.http.UpstreamRequest;
import io.vectort.providers.http.UpstreamResponse;
import io.vectort.providers.http.WireJson;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Any server that speaks OpenAI Chat Completions at {@code {baseUrl}/chat/completions} and
 * Embeddings at {@code {baseUrl}/embeddings}. Authentication is {@code Authorization: Bearer <key>},
 * unless the deployment's headers carry Azure's {@code api-key} (or their own {@code
 * Authorization}). An {@code api-version} header is sent as Azure expects it: as a query parameter.
 */
public final class OpenAiCompatibleProvider implements LlmProvider {

    public static final String TYPE = "openai";

    private final UpstreamClient upstream = new UpstreamClient(OpenAiErrors::translate);

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ChatResponse chat(Deployment deployment, ChatRequest request) {
        JsonNode body = OpenAiRequestMapper.chatBody(deployment.model(), request, false);
        try (UpstreamResponse response =
                upstream.send(deployment.forNonStreamedCall(), post(deployment, "/chat/completions", body, false))) {
            JsonNode json = response.readJson();
            if (ErrorMessages.carriesError(json)) {
                throw OpenAiErrors.inStream(deployment, json);
            }
            return OpenAiResponseMapper.response(json);
        }
    }

    @Override
    public StreamOutcome stream(Deployment deployment, ChatRequest request, ChatStreamListener listener) {
        JsonNode body = OpenAiRequestMapper.chatBody(deployment.model(), request, true);
        try (UpstreamResponse response = upstream.send(deployment, post(deployment, "/chat/completions", body, true))) {
            String id = "";
            String model = deployment.model();
            Optional<String> finishReason = Optional.empty();
            Usage usage = Usage.NONE;
            while (true) {
                Optional<SseEvent> event = response.nextEvent();
                if (event.isEmpty()) {
                    // No [DONE]: complete only if the answer had already finished.
                    if (finishReason.isPresent()) {
                        break;
                    }
                    throw response.endedEarly();
                }
                String data = event.get().data().trim();
                if (data.equals("[DONE]")) {
                    break;
                }
                JsonNode json = WireJson.parse(deployment, data);
                if (ErrorMessages.carriesError(json)) {
                    throw OpenAiErrors.inStream(deployment, json);
                }
                id = id.isEmpty() ? json.path("id").asString("") : id;
                model = OpenAiResponseMapper.nonEmpty(json.path("model")).orElse(model);
                ChatChunk chunk = OpenAiResponseMapper.chunk(json);
                if (chunk.finishReason().isPresent()) {
                    finishReason = chunk.finishReason();
                }
                usage = chunk.usage().orElse(usage);
                if (chunk.hasOutput()
                        || chunk.finishReason().isPresent()
                        || chunk.usage().isPresent()) {
                    listener.onChunk(chunk);
                }
            }
            return new StreamOutcome(id, model, finishReason.orElse("stop"), usage);
        }
    }

    @Override
    public EmbeddingResult embed(Deployment deployment, List<String> inputs) {
        JsonNode body = OpenAiRequestMapper.embeddingsBody(deployment.model(), inputs);
        try (UpstreamResponse response =
                upstream.send(deployment.forNonStreamedCall(), post(deployment, "/embeddings", body, false))) {
            return OpenAiResponseMapper.embeddings(response.readJson());
        }
    }

    private static UpstreamRequest.Builder post(Deployment deployment, String path, JsonNode body, boolean stream) {
        Map<String, String> headers = new HashMap<>();
        Map<String, String> query = new HashMap<>();
        deployment.headers().forEach((name, value) -> {
            if (name.equalsIgnoreCase("api-version")) {
                query.put("api-version", value);
            } else {
                headers.put(name.toLowerCase(Locale.ROOT), value);
            }
        });
        UpstreamRequest.Builder builder = UpstreamRequest.post(
                        Endpoints.resolve(deployment.baseUrl(), path, query), WireJson.write(body))
                .header("content-type", "application/json")
                .header("accept", stream ? "text/event-stream" : "application/json");
        if (!headers.containsKey("api-key") && !headers.containsKey("authorization")) {
            deployment.apiKey().ifPresent(key -> builder.header("authorization", "Bearer " + key.value()));
        }
        UpstreamClient.addHeaders(builder, headers);
        return builder;
    }
}
