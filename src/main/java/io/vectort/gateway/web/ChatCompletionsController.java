package io.vectort.gateway.web;

import io.swagger.v3.oas.annotations.Hidden;
import io.vectort.cache.CacheKey;
import io.vectort.gateway.ChatParameters;
import io.vectort.gateway.FiniteNumbers;
import io.vectort.gateway.OpenAiError;
import io.vectort.gateway.OpenAiRequests;
import io.vectort.gateway.OpenAiResponses;
import io.vectort.gateway.ProviderErrors;
import io.vectort.identity.ApiKeyOwner;
import io.vectort.providers.CallContext;
import io.vectort.providers.ChatRequest;
import io.vectort.providers.LlmRouter;
import io.vectort.providers.ProviderException;
import io.vectort.providers.RoutedCall;
import io.vectort.shared.Ids;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /v1/chat/completions}, streamed or not, routed and accounted. */
@Hidden
@RestController
class ChatCompletionsController {

    private final LlmRouter router;
    private final CallAccounting accounting;
    private final JsonMapper json;
    private final CachedCompletions cache;

    ChatCompletionsController(LlmRouter router, CallAccounting accounting, JsonMapper json, CachedCompletions cache) {
        this.router = router;
        this.accounting = accounting;
        this.json = json;
        this.cache = cache;
    }

    @PostMapping(value = "/v1/chat/completions", consumes = MediaType.APPLICATION_JSON_VALUE)
    void complete(@RequestBody ObjectNode body, HttpServletRequest http, HttpServletResponse response)
            throws IOException {
        ApiKeyOwner caller = ApiKeyAuthentication.current();
        FiniteNumbers.require(body);
        ChatRequest request = OpenAiRequests.toNeutral(body);
        requireAllowed(caller, request.model());
        if (!router.knows(request.model())) {
            throw new OpenAiError(
                    404,
                    "invalid_request_error",
                    Optional.of("model"),
                    Optional.of("model_not_found"),
                    "The model `" + request.model() + "` does not exist or you do not have access to it.");
        }
        router.contextWindow(request.model(), request.messages())
                .ifPresent(window -> ChatParameters.requireMaxTokensWithin(body, window));
        OpenAiResponses format =
                new OpenAiResponses("chatcmpl-" + Ids.newId(), Instant.now().getEpochSecond(), request.model());
        long inputCharacters =
                request.messages().stream().mapToLong(m -> m.content().length()).sum();
        long maxOutput = request.maxTokens().orElse(CallAccounting.DEFAULT_MAX_OUTPUT);
        boolean streaming = OpenAiRequests.streaming(body);
        Optional<CacheKey> key = cache.key(caller.orgId(), body);
        if (key.isPresent() && !CachedCompletions.bypassed(http)) {
            Optional<CachedCompletions.Answer> hit = cache.find(key.get());
            if (hit.isPresent()) {
                accounting.admit(caller);
                cache.replay(hit.get(), format, streaming, OpenAiRequests.includeUsage(body), response);
                return;
            }
        }
        LlmRouter.RoutedChat routed =
                accounting.run(caller, request.model(), request.messages(), inputCharacters, maxOutput, context -> {
                    if (streaming) {
                        stream(request, context, format, OpenAiRequests.includeUsage(body), response)
                                .ifPresent(answer -> key.ifPresent(k -> cache.store(k, answer)));
                        return null;
                    }
                    return router.chat(request, context);
                });
        if (routed != null) {
            key.ifPresent(k -> cache.store(k, routed.response()));
            headers(response, routed.call());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            json.writeValue(
                    response.getOutputStream(),
                    format.completion(routed.response(), routed.call().usage()));
        }
    }

    /** Before the model's existence: a key limited to some models learns nothing about others. */
    static void requireAllowed(ApiKeyOwner caller, String model) {
        if (!caller.limits().allows(model)) {
            throw OpenAiError.modelNotAllowed(
                    model, caller.limits().allowedModels().orElseThrow());
        }
    }

    /** Streams the answer; returns it when it is plain text worth caching. */
    private Optional<CachedCompletions.Answer> stream(
            ChatRequest request,
            CallContext context,
            OpenAiResponses format,
            boolean includeUsage,
            HttpServletResponse response) {
        SseWriter sse = new SseWriter(response, json);
        String[] finishReason = {"stop"};
        StringBuilder text = new StringBuilder();
        boolean[] toolCalls = {false};
        try {
            RoutedCall call = router.stream(request, context, chunk -> {
                if (!sse.started()) {
                    sse.event(format.roleChunk());
                }
                if (chunk.hasOutput()) {
                    sse.event(format.chunk(chunk));
                }
                text.append(chunk.contentDelta());
                toolCalls[0] |= !chunk.toolCallDeltas().isEmpty();
                chunk.finishReason().ifPresent(reason -> finishReason[0] = reason);
            });
            sse.event(format.finalChunk(finishReason[0]));
            if (includeUsage) {
                sse.event(format.usageChunk(call.usage()));
            }
            sse.done();
            if (toolCalls[0]) {
                return Optional.empty();
            }
            return Optional.of(new CachedCompletions.Answer(
                    text.toString(),
                    finishReason[0],
                    call.usage().inputTokens(),
                    call.usage().outputTokens()));
        } catch (ProviderException e) {
            if (!sse.started()) {
                throw e; // nothing was sent: answer with a normal error status
            }
            sse.event(OpenAiErrorWriter.body(ProviderErrors.toOpenAi(e)));
            sse.done();
        } catch (UncheckedIOException clientGone) {
            // The client disconnected; the router already stopped the upstream call and accounted it.
        }
        return Optional.empty();
    }

    private static void headers(HttpServletResponse response, RoutedCall call) {
        response.setHeader("x-vectort-deployment", call.deployment().name());
        response.setHeader(
                "x-vectort-cost-usd", call.costUsd().stripTrailingZeros().toPlainString());
        response.setHeader("x-vectort-fallbacks", Integer.toString(call.fallbacks()));
        response.setHeader("x-vectort-route", call.decision().reason());
    }
}
