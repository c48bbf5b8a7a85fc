package io.vectort.providers.fakes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a fake upstream answers to one request, in vendor-neutral terms: each fake renders it in its
 * vendor's real wire format, streamed or not depending on what the request asked for. Immutable;
 * every {@code with…} method returns a copy. Nothing happens unless asked: no usage is reported
 * without {@link #withUsage}, the text comes in one piece without {@link #inChunks}, no delays.
 *
 * <pre>{@code
 * server.enqueue(FakeReply.text("Hello there").inChunks(3).withUsage(10, 5));
 * server.enqueue(FakeReply.error(429).retryAfter(2));
 * server.enqueue(FakeReply.toolCall("get_weather", "{\"city\":\"Paris\"}"));
 * server.enqueue(FakeReply.text("slow").slowFirstByte(Duration.ofSeconds(5)));
 * server.enqueue(FakeReply.text("a b c d").inChunks(4).disconnectAfter(2));
 * }</pre>
 */
public final class FakeReply {

    /** How the answer ends, rendered in each vendor's vocabulary. */
    public enum Finish {
        STOP,
        LENGTH,
        TOOL_CALLS,
        CONTENT_FILTER
    }

    enum Kind {
        ANSWER,
        ERROR,
        PROMPT_BLOCKED,
        EMBEDDINGS
    }

    /** A tool call the fake model makes; {@code id} empty means the fake invents one. */
    public record ToolCallScript(Optional<String> id, String name, String argumentsJson) {}

    /** Usage the fake reports. */
    public record UsageScript(int inputTokens, int outputTokens) {}

    /** An error the vendor sends inside an already started stream. */
    public record StreamFailure(int afterChunks, int status, String message) {}

    private Kind kind;
    private String text = "";
    private List<ToolCallScript> toolCalls = List.of();
    private int chunks = 1;
    private Optional<UsageScript> usage = Optional.empty();
    private Optional<Finish> finish = Optional.empty();
    private int status = 200;
    private Optional<String> rawBody = Optional.empty();
    private Optional<String> message = Optional.empty();
    private Optional<String> retryAfter = Optional.empty();
    private Duration headerDelay = Duration.ZERO;
    private Duration bodyDelay = Duration.ZERO;
    private Duration chunkDelay = Duration.ZERO;
    private OptionalInt disconnectAfter = OptionalInt.empty();
    private Optional<StreamFailure> streamFailure = Optional.empty();
    private List<float[]> vectors = List.of();

    private FakeReply(Kind kind) {
        this.kind = kind;
    }

    /** A plain text answer. */
    public static FakeReply text(String text) {
        FakeReply reply = new FakeReply(Kind.ANSWER);
        reply.text = text;
        return reply;
    }

    /** An answer that only calls one tool. */
    public static FakeReply toolCall(String name, String argumentsJson) {
        return text("").withToolCall(name, argumentsJson);
    }

    /** An HTTP error with the vendor's real error body and its usual message for that status. */
    public static FakeReply error(int status) {
        FakeReply reply = new FakeReply(Kind.ERROR);
        reply.status = status;
        return reply;
    }

    /** An HTTP error with exactly this body (sent as {@code application/json}). */
    public static FakeReply error(int status, String body) {
        FakeReply reply = error(status);
        reply.rawBody = Optional.of(body);
        return reply;
    }

    /** The vendor refuses the prompt itself, its own way (an error, or a blocked answer). */
    public static FakeReply promptBlocked() {
        return new FakeReply(Kind.PROMPT_BLOCKED);
    }

    /** An embeddings answer, one vector per input. */
    public static FakeReply embeddings(float[]... vectors) {
        FakeReply reply = new FakeReply(Kind.EMBEDDINGS);
        reply.vectors = List.of(vectors);
        return reply;
    }

    /** Streams the text in this many pieces (one SSE event each); a non-streamed answer is whole. */
    public FakeReply inChunks(int count) {
        FakeReply copy = copy();
        copy.chunks = Math.max(1, count);
        return copy;
    }

    public FakeReply withUsage(int inputTokens, int outputTokens) {
        FakeReply copy = copy();
        copy.usage = Optional.of(new UsageScript(inputTokens, outputTokens));
        return copy;
    }

    public FakeReply withoutUsage() {
        FakeReply copy = copy();
        copy.usage = Optional.empty();
        return copy;
    }

    public FakeReply withToolCall(String name, String argumentsJson) {
        return withToolCall(Optional.empty(), name, argumentsJson);
    }

    public FakeReply withToolCall(String id, String name, String argumentsJson) {
        return withToolCall(Optional.of(id), name, argumentsJson);
    }

    /** Overrides how the answer ends (default: tool calls when there are any, else stop). */
    public FakeReply finishing(Finish reason) {
        FakeReply copy = copy();
        copy.finish = Optional.of(reason);
        return copy;
    }

    /** The message inside the vendor's error body (errors and mid-stream failures). */
    public FakeReply withMessage(String text) {
        FakeReply copy = copy();
        copy.message = Optional.of(text);
        return copy;
    }

    /** Sends {@code Retry-After: <seconds>} (Gemini: a {@code RetryInfo} in the body, as Google does). */
    public FakeReply retryAfter(long seconds) {
        return retryAfterHeader(Long.toString(seconds));
    }

    /** Sends this exact {@code Retry-After} value (an HTTP date, say). */
    public FakeReply retryAfterHeader(String value) {
        FakeReply copy = copy();
        copy.retryAfter = Optional.of(value);
        return copy;
    }

    /** Waits this long before sending the status line and headers. */
    public FakeReply slowFirstByte(Duration delay) {
        FakeReply copy = copy();
        copy.headerDelay = delay;
        return copy;
    }

    /** Sends status and headers at once, then waits this long before the first byte of the body. */
    public FakeReply slowBody(Duration delay) {
        FakeReply copy = copy();
        copy.bodyDelay = delay;
        return copy;
    }

    /** Waits this long before each streamed piece of the answer. */
    public FakeReply chunkDelay(Duration delay) {
        FakeReply copy = copy();
        copy.chunkDelay = delay;
        return copy;
    }

    /**
     * Drops the connection after this many pieces of the answer (and one more {@link #chunkDelay}),
     * without ending the HTTP body; a non-streamed answer is cut halfway. Note that the JDK client
     * discards bytes it had received but not yet handed out when the connection fails.
     */
    public FakeReply disconnectAfter(int pieces) {
        FakeReply copy = copy();
        copy.disconnectAfter = OptionalInt.of(pieces);
        return copy;
    }

    /** After this many pieces, sends the vendor's in-stream error event for {@code status}. */
    public FakeReply failAfter(int pieces, int status, String message) {
        FakeReply copy = copy();
        copy.streamFailure = Optional.of(new StreamFailure(pieces, status, message));
        return copy;
    }

    Kind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public List<ToolCallScript> toolCalls() {
        return toolCalls;
    }

    public Optional<UsageScript> usage() {
        return usage;
    }

    public Finish finish() {
        return finish.orElse(toolCalls.isEmpty() ? Finish.STOP : Finish.TOOL_CALLS);
    }

    public int status() {
        return status;
    }

    Optional<String> rawBody() {
        return rawBody;
    }

    /** The error message, or {@code fallback} (the vendor's usual one). */
    String message(String fallback) {
        return message.orElse(fallback);
    }

    Optional<String> retryAfter() {
        return retryAfter;
    }

    Duration headerDelay() {
        return headerDelay;
    }

    Duration bodyDelay() {
        return bodyDelay;
    }

    Duration chunkDelay() {
        return chunkDelay;
    }

    OptionalInt disconnectAfter() {
        return disconnectAfter;
    }

    Optional<StreamFailure> streamFailure() {
        return streamFailure;
    }

    List<float[]> vectors() {
        return vectors;
    }

    /** The text split into the requested number of pieces, at character boundaries. */
    List<String> textPieces() {
        List<String> pieces = new ArrayList<>();
        int[] codePoints = text.codePoints().toArray();
        int count = Math.min(chunks, Math.max(1, codePoints.length));
        for (int i = 0; i < count; i++) {
            int from = codePoints.length * i / count;
            int to = codePoints.length * (i + 1) / count;
            pieces.add(new String(codePoints, from, to - from));
        }
        return text.isEmpty() ? List.of() : pieces;
    }

    private FakeReply withToolCall(Optional<String> id, String name, String argumentsJson) {
        FakeReply copy = copy();
        List<ToolCallScript> calls = new ArrayList<>(toolCalls);
        calls.add(new ToolCallScript(id, name, argumentsJson));
        copy.toolCalls = List.copyOf(calls);
        return copy;
    }

    private FakeReply copy() {
        FakeReply copy = new FakeReply(kind);
        copy.text = text;
        copy.toolCalls = toolCalls;
        copy.chunks = chunks;
        copy.usage = usage;
        copy.finish = finish;
        copy.status = status;
        copy.rawBody = rawBody;
        copy.message = message;
        copy.retryAfter = retryAfter;
        copy.headerDelay = headerDelay;
        copy.bodyDelay = bodyDelay;
        copy.chunkDelay = chunkDelay;
        copy.disconnectAfter = disconnectAfter;
        copy.streamFailure = streamFailure;
        copy.vectors = vectors;
        return copy;
    }
}
