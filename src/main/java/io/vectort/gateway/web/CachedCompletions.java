package io.vectort.gateway.web;

import io.vectort.cache.CacheKey;
import io.vectort.cache.CacheKeys;
import io.vectort.cache.CacheType;
import io.vectort.cache.CachedResponse;
import io.vectort.cache.ResponseCache;
import io.vectort.gateway.OpenAiResponses;
import io.vectort.providers.ChatChunk;
import io.vectort.providers.ChatResponse;
import io.vectort.providers.Usage;
import io.vectort.shared.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The response cache of {@code /v1/chat/completions}: the key is the canonical JSON of the messages
 * and sampling parameters (transport options such as {@code stream} left out, so a streamed and a
 * plain call share answers), scoped to the caller's organisation. A hit is answered at once, in the
 * form asked for, and costs nothing.
 */
@Component
class CachedCompletions {

    /** Fields that change how an answer is delivered or attributed, not what it says. */
    private static final Set<String> TRANSPORT = Set.of("stream", "stream_options", "user", "metadata", "store");

    /** Replayed streams send text in pieces of this size: clients see a real stream, quickly. */
    private static final int REPLAY_PIECE = 512;

    private final ResponseCache cache;
    private final JsonMapper json;

    CachedCompletions(ResponseCache cache, JsonMapper json) {
        this.cache = cache;
        this.json = json;
    }

    /** A completion worth keeping: plain text that ended normally. */
    record Answer(String content, String finishReason, long promptTokens, long completionTokens) {}

    /**
     * The cache key of a request, unless it must not be cached: tool use and several choices are
     * not, and a caller may bypass the cache with {@code Cache-Control: no-cache} or {@code
     * x-vectort-cache: bypass} (answers are then stored afresh).
     */
    Optional<CacheKey> key(UUID scope, ObjectNode body) {
        if (body.has("tools") || body.has("functions") || body.path("n").asInt(1) > 1) {
            return Optional.empty();
        }
        ObjectNode semantic = body.deepCopy();
        TRANSPORT.forEach(semantic::remove);
        return Optional.of(new CacheKey(scope, CacheType.CHAT, CacheKeys.sha256(CacheKeys.canonicalJson(semantic))));
    }

    static boolean bypassed(HttpServletRequest request) {
        String control = Optional.ofNullable(request.getHeader("Cache-Control")).orElse("");
        String vectort =
                Optional.ofNullable(request.getHeader("x-vectort-cache")).orElse("");
        return control.contains("no-cache") || control.contains("no-store") || vectort.equalsIgnoreCase("bypass");
    }

    Optional<Answer> find(CacheKey key) {
        return cache.get(key).map(hit -> json.readValue(hit.response().body(), Answer.class));
    }

    void store(CacheKey key, Answer answer) {
        if (!answer.finishReason().equals("stop") && !answer.finishReason().equals("length")) {
            return; // a filtered or tool-calling answer is not a reusable one
        }
        cache.putInBackground(key, new CachedResponse(json.writeValueAsString(answer), Instant.now()));
    }

    void store(CacheKey key, ChatResponse response) {
        if (response.toolCalls().isEmpty()) {
            store(
                    key,
                    new Answer(
                            response.content(),
                            response.finishReason(),
                            response.usage().inputTokens(),
                            response.usage().outputTokens()));
        }
    }

    /** Writes a hit as the caller asked for it: a completion object or an event stream. */
    void replay(
            Answer answer,
            OpenAiResponses format,
            boolean streaming,
            boolean includeUsage,
            HttpServletResponse response)
            throws IOException {
        response.setHeader("x-vectort-cache", "hit");
        response.setHeader("x-vectort-cost-usd", "0");
        Usage usage = new Usage(answer.promptTokens(), answer.completionTokens(), false);
        if (!streaming) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            ChatResponse whole =
                    new ChatResponse("cache", "cache", answer.content(), List.of(), answer.finishReason(), usage);
            json.writeValue(response.getOutputStream(), format.completion(whole, usage));
            return;
        }
        SseWriter sse = new SseWriter(response, json);
        sse.event(format.roleChunk());
        String content = answer.content();
        for (int start = 0; start < content.length(); ) {
            int end = Text.pieceEnd(content, start, REPLAY_PIECE);
            sse.event(format.chunk(ChatChunk.text(content.substring(start, end))));
            start = end;
        }
        sse.event(format.finalChunk(answer.finishReason()));
        if (includeUsage) {
            sse.event(format.usageChunk(usage));
        }
        sse.done();
    }
}
