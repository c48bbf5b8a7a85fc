package io.vectort.providers.fakes;

import io.vectort.providers.http.WireJson;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fake Anthropic: {@code POST /v1/messages}, streamed as Anthropic's named events ({@code
 * message_start}, {@code content_block_*}, {@code ping}, {@code message_delta}, {@code message_stop})
 * when the body says {@code "stream": true}. Errors use Anthropic's body ({@code {"type":"error",
 * "error":{"type":"overloaded_error",...}}}) and status ({@code 529} for overloaded). A blocked prompt
 * is Anthropic's refusal: a 200 answer with {@code stop_reason: "refusal"}.
 */
public final class FakeAnthropicServer extends FakeUpstreamServer {

    @Override
    public URI baseUrl() {
        return origin();
    }

    @Override
    protected Answer answer(RecordedRequest request, FakeReply reply) {
        String model = request.json().path("model").asString("claude-sonnet-4-20250514");
        return switch (reply.kind()) {
            case ERROR -> error(reply, reply.status());
            case EMBEDDINGS -> error(reply.withMessage("Not found"), 404);
            case PROMPT_BLOCKED ->
                respond(request, FakeReply.text("").finishing(FakeReply.Finish.CONTENT_FILTER), model);
            case ANSWER ->
                request.path().equals("/v1/messages")
                        ? respond(request, reply, model)
                        : error(reply.withMessage("Not found"), 404);
        };
    }

    @Override
    protected Answer unscripted(RecordedRequest request) {
        return error(
                FakeReply.error(500).withMessage("FakeAnthropicServer: no reply enqueued for " + request.path()), 500);
    }

    private Answer respond(RecordedRequest request, FakeReply reply, String model) {
        if (!request.json().path("stream").asBoolean(false)) {
            return new WholeAnswer(200, Map.of(), message(reply, model));
        }
        List<String> head = new ArrayList<>();
        ObjectNode start = WireJson.MAPPER.createObjectNode().put("type", "message_start");
        ObjectNode message = messageBase(start.putObject("message"), model);
        message.putArray("content");
        message.putNull("stop_reason").putNull("stop_sequence");
        reply.usage().ifPresent(usage -> usageNode(message, usage.inputTokens(), 1));
        head.add(event("message_start", WireJson.write(start)));
        List<String> pieces = new ArrayList<>();
        int block = 0;
        if (!reply.text().isEmpty()) {
            head.add(
                    event(
                            "content_block_start",
                            "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"));
            head.add(event("ping", "{\"type\": \"ping\"}"));
            for (String piece : reply.textPieces()) {
                pieces.add(delta(0, "text_delta", "text", piece));
            }
            pieces.add(event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}"));
            block++;
        }
        for (int i = 0; i < reply.toolCalls().size(); i++, block++) {
            FakeReply.ToolCallScript call = reply.toolCalls().get(i);
            ObjectNode blockStart = WireJson.MAPPER
                    .createObjectNode()
                    .put("type", "content_block_start")
                    .put("index", block);
            blockStart
                    .putObject("content_block")
                    .put("type", "tool_use")
                    .put("id", id(call, i))
                    .put("name", call.name())
                    .putObject("input");
            pieces.add(event("content_block_start", WireJson.write(blockStart)));
            String args = call.argumentsJson();
            for (String half : List.of(args.substring(0, args.length() / 2), args.substring(args.length() / 2))) {
                pieces.add(delta(block, "input_json_delta", "partial_json", half));
            }
            pieces.add(event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":" + block + "}"));
        }
        ObjectNode messageDelta = WireJson.MAPPER.createObjectNode().put("type", "message_delta");
        messageDelta
                .putObject("delta")
                .put("stop_reason", stopReason(reply.finish()))
                .putNull("stop_sequence");
        reply.usage().ifPresent(usage -> messageDelta.putObject("usage").put("output_tokens", usage.outputTokens()));
        List<String> tail = List.of(
                event("message_delta", WireJson.write(messageDelta)),
                event("message_stop", "{\"type\":\"message_stop\"}"));
        return new StreamedAnswer(head, pieces, tail, (status, text) -> event("error", errorBody(status, text)));
    }

    private static String message(FakeReply reply, String model) {
        ObjectNode root = messageBase(WireJson.MAPPER.createObjectNode(), model);
        ArrayNode content = root.putArray("content");
        if (!reply.text().isEmpty()) {
            content.addObject().put("type", "text").put("text", reply.text());
        }
        for (int i = 0; i < reply.toolCalls().size(); i++) {
            FakeReply.ToolCallScript call = reply.toolCalls().get(i);
            content.addObject()
                    .put("type", "tool_use")
                    .put("id", id(call, i))
                    .put("name", call.name())
                    .set("input", WireJson.MAPPER.readTree(call.argumentsJson()));
        }
        root.put("stop_reason", stopReason(reply.finish())).putNull("stop_sequence");
        reply.usage().ifPresent(usage -> usageNode(root, usage.inputTokens(), usage.outputTokens()));
        return WireJson.write(root);
    }

    private static ObjectNode messageBase(ObjectNode node, String model) {
        return node.put("id", "msg_01FakeXk3yJ2wXhFv7n1Qb")
                .put("type", "message")
                .put("role", "assistant")
                .put("model", model);
    }

    private static void usageNode(ObjectNode parent, int input, int output) {
        parent.putObject("usage")
                .put("input_tokens", input)
                .put("cache_creation_input_tokens", 0)
                .put("cache_read_input_tokens", 0)
                .put("output_tokens", output)
                .put("service_tier", "standard");
    }

    private static String delta(int index, String type, String field, String value) {
        ObjectNode node = WireJson.MAPPER
                .createObjectNode()
                .put("type", "content_block_delta")
                .put("index", index);
        node.putObject("delta").put("type", type).put(field, value);
        return event("content_block_delta", WireJson.write(node));
    }

    private static Answer error(FakeReply reply, int status) {
        Map<String, String> headers = new HashMap<>();
        reply.retryAfter().ifPresent(value -> headers.put("retry-after", value));
        headers.put("request-id", "req_011FakeRequest");
        String body = reply.rawBody().orElseGet(() -> errorBody(status, reply.message(defaultMessage(status))));
        return new WholeAnswer(status, headers, body);
    }

    static String errorBody(int status, String message) {
        ObjectNode root = WireJson.MAPPER.createObjectNode().put("type", "error");
        root.putObject("error").put("type", errorType(status)).put("message", message);
        root.put("request_id", "req_011FakeRequest");
        return WireJson.write(root);
    }

    private static String errorType(int status) {
        return switch (status) {
            case 400 -> "invalid_request_error";
            case 401 -> "authentication_error";
            case 402 -> "billing_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 413 -> "request_too_large";
            case 429 -> "rate_limit_error";
            case 504 -> "timeout_error";
            case 529 -> "overloaded_error";
            default -> "api_error";
        };
    }

    private static String defaultMessage(int status) {
        return switch (status) {
            case 401 -> "invalid x-api-key";
            case 404 -> "model: claude-unknown";
            case 429 -> "Number of request tokens has exceeded your per-minute rate limit";
            case 529 -> "Overloaded";
            default -> status >= 500 ? "Internal server error" : "Invalid request";
        };
    }

    private static String stopReason(FakeReply.Finish finish) {
        return switch (finish) {
            case STOP -> "end_turn";
            case LENGTH -> "max_tokens";
            case TOOL_CALLS -> "tool_use";
            case CONTENT_FILTER -> "refusal";
        };
    }

    private static String id(FakeReply.ToolCallScript call, int index) {
        return call.id().orElse("toolu_01Fake" + index);
    }
}
