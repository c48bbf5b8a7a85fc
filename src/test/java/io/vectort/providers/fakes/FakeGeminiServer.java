package io.vectort.providers.fakes;

import io.vectort.providers.http.WireJson;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fake Gemini: {@code POST /v1beta/models/{model}:generateContent}, {@code
 * :streamGenerateContent?alt=sse} (each event a whole {@code GenerateContentResponse} with cumulative
 * {@code usageMetadata}, the stream simply ending after the last) and {@code :batchEmbedContents}.
 * Errors use Google's {@code google.rpc.Status} body; {@link FakeReply#retryAfter} becomes a {@code
 * RetryInfo} detail, as Google sends it. A blocked prompt is a 200 with {@code
 * promptFeedback.blockReason}.
 */
public final class FakeGeminiServer extends FakeUpstreamServer {

    @Override
    public URI baseUrl() {
        return origin();
    }

    @Override
    protected Answer answer(RecordedRequest request, FakeReply reply) {
        String path = request.path();
        String model = path.contains("/models/") && path.contains(":")
                ? path.substring(path.indexOf("/models/") + "/models/".length(), path.lastIndexOf(':'))
                : "gemini-2.5-flash";
        boolean stream = path.endsWith(":streamGenerateContent");
        return switch (reply.kind()) {
            case ERROR -> error(reply, reply.status());
            case EMBEDDINGS -> new WholeAnswer(200, Map.of(), embeddings(reply));
            case PROMPT_BLOCKED -> {
                String blocked = blocked(model);
                yield stream
                        ? new StreamedAnswer(List.of(), List.of(data(blocked)), List.of(), this::failure)
                        : new WholeAnswer(200, Map.of(), blocked);
            }
            case ANSWER -> {
                if (stream) {
                    yield streamed(reply, model);
                }
                yield path.endsWith(":generateContent")
                        ? new WholeAnswer(
                                200,
                                Map.of(),
                                WireJson.write(response(
                                        model,
                                        reply.text(),
                                        reply.toolCalls(),
                                        true,
                                        reply,
                                        reply.usage()
                                                .map(FakeReply.UsageScript::outputTokens)
                                                .orElse(0))))
                        : error(reply.withMessage("Method not found."), 404);
            }
        };
    }

    @Override
    protected Answer unscripted(RecordedRequest request) {
        return error(
                FakeReply.error(500).withMessage("FakeGeminiServer: no reply enqueued for " + request.path()), 500);
    }

    private Answer streamed(FakeReply reply, String model) {
        List<String> pieces = new ArrayList<>();
        List<String> texts = reply.textPieces();
        int total = reply.usage().map(FakeReply.UsageScript::outputTokens).orElse(0);
        int events = texts.size() + (reply.toolCalls().isEmpty() ? 0 : 1);
        for (int i = 0; i < texts.size(); i++) {
            pieces.add(data(WireJson.write(
                    response(model, texts.get(i), List.of(), false, reply, total * (i + 1) / Math.max(1, events)))));
        }
        if (!reply.toolCalls().isEmpty()) {
            pieces.add(data(WireJson.write(response(model, "", reply.toolCalls(), false, reply, total))));
        }
        String last = WireJson.write(response(model, "", List.of(), true, reply, total));
        return new StreamedAnswer(List.of(), pieces, List.of(data(last)), this::failure);
    }

    private static ObjectNode response(
            String model,
            String text,
            List<FakeReply.ToolCallScript> calls,
            boolean finish,
            FakeReply reply,
            int outputTokens) {
        ObjectNode root = WireJson.MAPPER.createObjectNode();
        ObjectNode candidate = root.putArray("candidates").addObject();
        ObjectNode content = candidate.putObject("content");
        ArrayNode parts = content.putArray("parts");
        if (!text.isEmpty() || calls.isEmpty()) {
            parts.addObject().put("text", text);
        }
        for (FakeReply.ToolCallScript call : calls) {
            parts.addObject()
                    .putObject("functionCall")
                    .put("name", call.name())
                    .set("args", WireJson.MAPPER.readTree(call.argumentsJson()));
        }
        content.put("role", "model");
        if (finish) {
            candidate.put("finishReason", finishReason(reply.finish()));
        }
        candidate.put("index", 0);
        reply.usage()
                .ifPresent(usage -> root.putObject("usageMetadata")
                        .put("promptTokenCount", usage.inputTokens())
                        .put("candidatesTokenCount", outputTokens)
                        .put("totalTokenCount", usage.inputTokens() + outputTokens));
        root.put("modelVersion", model).put("responseId", "Fk3aaJ-fakeResponse");
        return root;
    }

    private static String blocked(String model) {
        ObjectNode root = WireJson.MAPPER.createObjectNode();
        ObjectNode feedback = root.putObject("promptFeedback").put("blockReason", "SAFETY");
        feedback.putArray("safetyRatings")
                .addObject()
                .put("category", "HARM_CATEGORY_DANGEROUS_CONTENT")
                .put("probability", "HIGH");
        root.putObject("usageMetadata").put("promptTokenCount", 9).put("totalTokenCount", 9);
        root.put("modelVersion", model).put("responseId", "Fk3aaJ-fakeBlocked");
        return WireJson.write(root);
    }

    private static String embeddings(FakeReply reply) {
        ObjectNode root = WireJson.MAPPER.createObjectNode();
        ArrayNode embeddings = root.putArray("embeddings");
        for (float[] vector : reply.vectors()) {
            ArrayNode values = embeddings.addObject().putArray("values");
            for (float value : vector) {
                values.add(value);
            }
        }
        return WireJson.write(root);
    }

    private String failure(int status, String message) {
        return data(errorBody(status, message, null));
    }

    private static Answer error(FakeReply reply, int status) {
        String body = reply.rawBody()
                .orElseGet(() -> errorBody(
                        status,
                        reply.message(defaultMessage(status)),
                        reply.retryAfter().orElse(null)));
        return new WholeAnswer(status, Map.of(), body);
    }

    private static String errorBody(int status, String message, String retrySeconds) {
        ObjectNode root = WireJson.MAPPER.createObjectNode();
        ObjectNode error = root.putObject("error")
                .put("code", status)
                .put("message", message)
                .put("status", statusName(status));
        if (retrySeconds != null) {
            ArrayNode details = error.putArray("details");
            details.addObject()
                    .put("@type", "type.googleapis.com/google.rpc.QuotaFailure")
                    .putArray("violations");
            details.addObject()
                    .put("@type", "type.googleapis.com/google.rpc.RetryInfo")
                    .put("retryDelay", retrySeconds + "s");
        }
        return WireJson.write(root);
    }

    private static String statusName(int status) {
        return switch (status) {
            case 400 -> "INVALID_ARGUMENT";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "PERMISSION_DENIED";
            case 404 -> "NOT_FOUND";
            case 429 -> "RESOURCE_EXHAUSTED";
            case 503 -> "UNAVAILABLE";
            case 504 -> "DEADLINE_EXCEEDED";
            default -> status >= 500 ? "INTERNAL" : "FAILED_PRECONDITION";
        };
    }

    private static String defaultMessage(int status) {
        return switch (status) {
            case 401 -> "Request had invalid authentication credentials.";
            case 403 -> "Method doesn't allow unregistered callers (callers without established identity).";
            case 404 -> "models/unknown is not found for API version v1beta, or is not supported for generateContent.";
            case 429 -> "You exceeded your current quota, please check your plan and billing details.";
            case 503 -> "The model is overloaded. Please try again later.";
            default -> status >= 500 ? "An internal error has occurred." : "Invalid JSON payload received.";
        };
    }

    private static String finishReason(FakeReply.Finish finish) {
        return switch (finish) {
            case STOP, TOOL_CALLS -> "STOP";
            case LENGTH -> "MAX_TOKENS";
            case CONTENT_FILTER -> "SAFETY";
        };
    }
}
