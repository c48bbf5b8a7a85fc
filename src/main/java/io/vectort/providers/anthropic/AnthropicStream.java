package io.vectort.providers.anthropic;

import io.vectort.providers.ChatChunk;
import io.vectort.providers.StreamOutcome;
import io.vectort.providers.Usage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads one Anthropic event stream, event by event, into neutral chunks. Stateful (one per stream)
 * but free of I/O. Anthropic numbers content blocks (text and tool use together); neutral tool calls
 * are numbered among tool calls only, so block indexes are mapped as they start.
 */
final class AnthropicStream {

    private final Map<Integer, ToolBlock> toolBlocks = new HashMap<>();
    private String id = "";
    private String model;
    private Optional<String> finishReason = Optional.empty();
    private long inputTokens;
    private long outputTokens;
    private boolean usageSeen;
    private boolean stopped;

    private static final class ToolBlock {
        final int index;
        boolean hasArguments;

        ToolBlock(int index) {
            this.index = index;
        }
    }

    AnthropicStream(String requestedModel) {
        this.model = requestedModel;
    }

    /** The chunk an event carries for the listener, if any. Error events are the caller's to handle. */
    Optional<ChatChunk> onEvent(JsonNode event) {
        return switch (event.path("type").asString("")) {
            case "message_start" -> {
                JsonNode message = event.path("message");
                id = message.path("id").asString(id);
                model = message.path("model").asString(model);
                readUsage(message.path("usage"));
                yield Optional.empty();
            }
            case "content_block_start" -> blockStart(event.path("index").asInt(0), event.path("content_block"));
            case "content_block_delta" -> blockDelta(event.path("index").asInt(0), event.path("delta"));
            case "content_block_stop" -> blockStop(event.path("index").asInt(0));
            case "message_delta" -> {
                finishReason = Optional.of(AnthropicResponseMapper.finishReason(
                        event.path("delta").path("stop_reason").asString("")));
                readUsage(event.path("usage"));
                yield Optional.of(new ChatChunk("", List.of(), finishReason, usage()));
            }
            case "message_stop" -> {
                stopped = true;
                yield Optional.empty();
            }
            default -> Optional.empty(); // ping, and event types added after this was written
        };
    }

    /** True once {@code message_stop} arrived. */
    boolean stopped() {
        return stopped;
    }

    /** True when the answer ended, even if {@code message_stop} never came. */
    boolean finished() {
        return stopped || finishReason.isPresent();
    }

    StreamOutcome outcome() {
        return new StreamOutcome(id, model, finishReason.orElse("stop"), usage().orElse(Usage.NONE));
    }

    private Optional<ChatChunk> blockStart(int block, JsonNode content) {
        switch (content.path("type").asString("")) {
            case "tool_use" -> {
                ToolBlock tool = new ToolBlock(toolBlocks.size());
                toolBlocks.put(block, tool);
                return Optional.of(toolDelta(
                        tool.index,
                        Optional.of(content.path("id").asString("")),
                        Optional.of(content.path("name").asString("")),
                        ""));
            }
            case "text" -> {
                String text = content.path("text").asString("");
                return text.isEmpty() ? Optional.empty() : Optional.of(ChatChunk.text(text));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private Optional<ChatChunk> blockDelta(int block, JsonNode delta) {
        switch (delta.path("type").asString("")) {
            case "text_delta" -> {
                String text = delta.path("text").asString("");
                return text.isEmpty() ? Optional.empty() : Optional.of(ChatChunk.text(text));
            }
            case "input_json_delta" -> {
                ToolBlock tool = toolBlocks.get(block);
                String json = delta.path("partial_json").asString("");
                if (tool == null || json.isEmpty()) {
                    return Optional.empty();
                }
                tool.hasArguments = true;
                return Optional.of(toolDelta(tool.index, Optional.empty(), Optional.empty(), json));
            }
            default -> {
                return Optional.empty(); // thinking_delta, signature_delta
            }
        }
    }

    /** A tool called without arguments streams none; neutral callers expect a JSON object. */
    private Optional<ChatChunk> blockStop(int block) {
        ToolBlock tool = toolBlocks.get(block);
        if (tool == null || tool.hasArguments) {
            return Optional.empty();
        }
        tool.hasArguments = true;
        return Optional.of(toolDelta(tool.index, Optional.empty(), Optional.empty(), "{}"));
    }

    private void readUsage(JsonNode usage) {
        if (!usage.isObject()) {
            return;
        }
        usageSeen = true;
        // message_delta repeats the input counts (cumulative) in newer API versions; keep the latest.
        if (usage.has("input_tokens")) {
            inputTokens = AnthropicResponseMapper.inputTokens(usage);
        }
        outputTokens = usage.path("output_tokens").asLong(outputTokens);
    }

    private Optional<Usage> usage() {
        return usageSeen ? Optional.of(new Usage(inputTokens, outputTokens, false)) : Optional.empty();
    }

    private static ChatChunk toolDelta(int index, Optional<String> id, Optional<String> name, String arguments) {
        return new ChatChunk(
                "",
                List.of(new ChatChunk.ToolCallDelta(index, id, name, arguments)),
                Optional.empty(),
                Optional.empty());
    }
}
