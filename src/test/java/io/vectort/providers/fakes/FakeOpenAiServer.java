package io.vectort.providers.fakes;

import io.vectort.providers.http.WireJson;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fake OpenAI: {@code POST /v1/chat/completions} (streamed when the body says {@code "stream":
 * true}, with the usage chunk only when {@code stream_options.include_usage} asks for it) and {@code
 * POST /v1/embeddings}. {@link #baseUrl()} ends in {@code /v1}, like OpenAI's.
 *
 * <pre>{@code
 * try (var openai = new FakeOpenAiServer()) {
 *     openai.enqueue(FakeReply.text("Hello").inChunks(3).withUsage(10, 5));
 *     var deployment = new Deployment("openai-main", "openai", "gpt-4o-mini", openai.baseUrl(), ...);
 *     ...
 *     assertThat(openai.lastRequest().header("authorization")).hasValue("Bearer sk-test");
 * }
 * }</pre>
 */
public final class FakeOpenAiServer extends FakeUpstreamServer {

    private static final long CREATED = 1_731_000_000L;

    @Override
    public URI baseUrl() {
        return origin().resolve("/v1");
    }

    @Override
    protected Answer answer(RecordedRequest request, FakeReply reply) {
        String model = request.json().path("model").asString("gpt-4o-mini");
        return switch (reply.kind()) {
            case ERROR ->
                error(
                        reply,
                        reply.status(),
                        defaultMessage(reply.status(), model),
                        errorType(reply.status()),
                        errorCode(reply.status()));
            case PROMPT_BLOCKED ->
                error(
                        reply,
                        400,
                        "Your request was rejected as a result of our safety system. Your prompt may contain text"
                                + " that is not allowed by our safety system.",
                        "invalid_request_error",
                        "content_policy_violation");
            case EMBEDDINGS -> new WholeAnswer(200, Map.of(), embeddings(reply, model));
            case ANSWER ->
                request.path().endsWith("/chat/completions")
                        ? chat(request, reply, model)
                        : error(reply, 404, "Invalid URL (POST " + request.path() + ")", "invalid_request_error", null);
        };
    }

    @Override
    protected Answer unscripted(RecordedRequest request) {
        return error(
                FakeReply.error(500),
                500,
                "FakeOpenAiServer: no reply enqueued for " + request.path(),
                "server_error",
                null);
    }

    private Answer chat(RecordedRequest request, FakeReply reply, String model) {
        JsonNode body = request.json();
        if (!body.path("stream").asBoolean(false)) {
            return new WholeAnswer(200, Map.of(), completion(reply, model));
        }
        boolean includeUsage = body.path("stream_options").path("include_usage").asBoolean(false);
        List<String> pieces = new ArrayList<>();
        reply.textPieces()
                .forEach(piece -> pieces.add(data(chunk(model, includeUsage, d -> d.put("content", piece), null))));
        for (int i = 0; i < reply.toolCalls().size(); i++) {
            FakeReply.ToolCallScript call = reply.toolCalls().get(i);
            int index = i;
            String args = call.argumentsJson();
            pieces.add(data(chunk(
                    model,
                    includeUsage,
                    d -> toolDelta(d, index)
                            .put("id", id(call, index))
                            .put("type", "function")
                            .putObject("function")
                            .put("name", call.name())
                            .put("arguments", ""),
                    null)));
            for (String half : List.of(args.substring(0, args.length() / 2), args.substring(args.length() / 2))) {
                pieces.add(data(chunk(
                        model,
                        includeUsage,
                        d -> toolDelta(d, index).putObject("function").put("arguments", half),
                        null)));
            }
        }
        List<String> tail = new ArrayList<>();
        tail.add(data(chunk(model, includeUsage, d -> {}, finishReason(reply.finish()))));
        if (includeUsage) {
            reply.usage().ifPresent(usage -> {
                ObjectNode last = base(model);
                last.putArray("choices");
                usage(last.putObject("usage"), usage);
                tail.add(data(WireJson.write(last)));
            });
        }
        tail.add(data("[DONE]"));
        String first = data(chunk(
                model,
                includeUsage,
                d -> d.put("role", "assistant").put("content", "").putNull("refusal"),
                null));
        return new StreamedAnswer(
                List.of(first),
                pieces,
                tail,
                (status, message) -> data(errorBody(message, errorType(status), Integer.toString(status))));
    }

    private static String completion(FakeReply reply, String model) {
        ObjectNode root = base(model).put("object", "chat.completion");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        ObjectNode message = choice.putObject("message").put("role", "assistant");
        if (reply.text().isEmpty() && !reply.toolCalls().isEmpty()) {
            message.putNull("content");
        } else {
            message.put("content", reply.text());
        }
        if (!reply.toolCalls().isEmpty()) {
            ArrayNode calls = message.putArray("tool_calls");
            for (int i = 0; i < reply.toolCalls().size(); i++) {
                FakeReply.ToolCallScript call = reply.toolCalls().get(i);
                ObjectNode node = calls.addObject().put("id", id(call, i)).put("type", "function");
                node.putObject("function").put("name", call.name()).put("arguments", call.argumentsJson());
            }
        }
        message.putNull("refusal");
        choice.putNull("logprobs");
        choice.put("finish_reason", finishReason(reply.finish()));
        reply.usage().ifPresent(usage -> usage(root.putObject("usage"), usage));
        root.put("system_fingerprint", "fp_fake");
        return WireJson.write(root);
    }

    private static String chunk(
            String model, boolean includeUsage, java.util.function.Consumer<ObjectNode> delta, String finish) {
        ObjectNode root = base(model).put("object", "chat.completion.chunk").put("system_fingerprint", "fp_fake");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        delta.accept(choice.putObject("delta"));
        choice.putNull("logprobs");
        if (finish == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finish);
        }
        if (includeUsage) {
            root.putNull("usage");
        }
        return WireJson.write(root);
    }

    private static ObjectNode toolDelta(ObjectNode delta, int index) {
        return delta.putArray("tool_calls").addObject().put("index", index);
    }

    private static ObjectNode base(String model) {
        return WireJson.MAPPER
                .createObjectNode()
                .put("id", "chatcmpl-fake123")
                .put("object", "chat.completion")
                .put("created", CREATED)
                .put("model", model);
    }

    private static void usage(ObjectNode node, FakeReply.UsageScript usage) {
        node.put("prompt_tokens", usage.inputTokens())
                .put("completion_tokens", usage.outputTokens())
                .put("total_tokens", usage.inputTokens() + usage.outputTokens());
        node.putObject("prompt_tokens_details").put("cached_tokens", 0);
        node.putObject("completion_tokens_details").put("reasoning_tokens", 0);
    }

    private static String embeddings(FakeReply reply, String model) {
        ObjectNode root = WireJson.MAPPER.createObjectNode().put("object", "list");
        ArrayNode data = root.putArray("data");
        for (int i = 0; i < reply.vectors().size(); i++) {
            ArrayNode values =
                    data.addObject().put("object", "embedding").put("index", i).putArray("embedding");
            for (float value : reply.vectors().get(i)) {
                values.add(value);
            }
        }
        root.put("model", model);
        int tokens = reply.usage()
                .map(FakeReply.UsageScript::inputTokens)
                .orElse(reply.vectors().size());
        root.putObject("usage").put("prompt_tokens", tokens).put("total_tokens", tokens);
        return WireJson.write(root);
    }

    private static Answer error(FakeReply reply, int status, String fallbackMessage, String type, String code) {
        Map<String, String> headers = new HashMap<>();
        reply.retryAfter().ifPresent(value -> headers.put("retry-after", value));
        String body = reply.rawBody().orElseGet(() -> errorBody(reply.message(fallbackMessage), type, code));
        return new WholeAnswer(status, headers, body);
    }

    private static String errorBody(String message, String type, String code) {
        ObjectNode root = WireJson.MAPPER.createObjectNode();
        ObjectNode error = root.putObject("error")
                .put("message", message)
                .put("type", type)
                .putNull("param");
        if (code == null) {
            error.putNull("code");
        } else {
            error.put("code", code);
        }
        return WireJson.write(root);
    }

    private static String defaultMessage(int status, String model) {
        return switch (status) {
            case 401 ->
                "Incorrect API key provided: sk-proj-****abcd. You can find your API key at"
                        + " https://platform.openai.com/account/api-keys.";
            case 404 -> "The model `" + model + "` does not exist or you do not have access to it.";
            case 429 ->
                "Rate limit reached for " + model + " in organization org-fake on requests per min (RPM):"
                        + " Limit 500, Used 500, Requested 1. Please try again in 120ms.";
            case 400 -> "Invalid value for 'messages': expected an array.";
            default ->
                status >= 500
                        ? "The server had an error while processing your request. Sorry about that!"
                        : "Request failed with status " + status;
        };
    }

    private static String errorType(int status) {
        return switch (status) {
            case 429 -> "requests";
            case 401, 403 -> "invalid_request_error";
            default -> status >= 500 ? "server_error" : "invalid_request_error";
        };
    }

    private static String errorCode(int status) {
        return switch (status) {
            case 401 -> "invalid_api_key";
            case 404 -> "model_not_found";
            case 429 -> "rate_limit_exceeded";
            default -> null;
        };
    }

    private static String finishReason(FakeReply.Finish finish) {
        return switch (finish) {
            case STOP -> "stop";
            case LENGTH -> "length";
            case TOOL_CALLS -> "tool_calls";
            case CONTENT_FILTER -> "content_filter";
        };
    }

    private static String id(FakeReply.ToolCallScript call, int index) {
        return call.id().orElse("call_fake" + index);
    }
}
