package io.vectort.generation.llm;

import io.vectort.generation.catalog.AppType;
import io.vectort.generation.catalog.BuilderCatalog;
import io.vectort.generation.catalog.Framework;
import io.vectort.generation.generator.CodeGenerationException;
import io.vectort.generation.generator.CodeGenerator;
import io.vectort.generation.generator.CodeRequest;
import io.vectort.generation.generator.CodeStream;
import io.vectort.generation.generator.GenerationReport;
import io.vectort.generation.generator.GeneratorIdentity;
import io.vectort.generation.generator.HistoryDigest;
import io.vectort.providers.CallContext;
import io.vectort.providers.ChatMessage;
import io.vectort.providers.ChatRequest;
import io.vectort.providers.LlmRouter;
import io.vectort.providers.ProviderException;
import io.vectort.providers.RoutedCall;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Generates through the LLM gateway. It is the default generator as soon as one AI provider is
 * configured; without one it reports itself unavailable and the offline starter answers.
 */
@Component
public class LlmCodeGenerator implements CodeGenerator {

    /** How many files closest in meaning a follow-up considers after those the request names. */
    static final int SIMILAR_FILES = 8;

    private static final Logger log = LoggerFactory.getLogger(LlmCodeGenerator.class);

    public static final GeneratorIdentity IDENTITY = new GeneratorIdentity("llm", GeneratorIdentity.AI, "AI model");

    private final LlmRouter router;
    private final BuilderCatalog catalog;
    private final LlmGeneratorProperties settings;
    private final FileSimilarity similarity;
    private final HistoryCondenser condenser;

    LlmCodeGenerator(
            LlmRouter router,
            BuilderCatalog catalog,
            LlmGeneratorProperties properties,
            FileSimilarity similarity,
            HistoryCondenser condenser) {
        this.similarity = similarity;
        this.router = router;
        this.catalog = catalog;
        this.settings = properties;
        this.condenser = condenser;
    }

    @Override
    public GeneratorIdentity identity() {
        return IDENTITY;
    }

    @Override
    public boolean available() {
        return router.hasDeployments();
    }

    @Override
    public boolean supportsModel(String model) {
        return available() && router.knows(model);
    }

    /**
     * One call's worst case (system prompt, request and context in, the output limit out), plus, for
     * a follow-up, the call that may condense the project's history first.
     */
    @Override
    public BigDecimal estimateMaxCostUsd(Optional<String> model, String description, int contextCharacters) {
        String chosen = model.orElse(settings.model());
        long inputTokens = 2_000 + (description.length() + Math.min(contextCharacters, settings.contextChars())) / 3;
        BigDecimal generation = router.maxCostUsd(
                chosen, List.of(ChatMessage.user(description)), inputTokens, settings.maxOutputTokens());
        return contextCharacters == 0 ? generation : generation.add(condenser.maxCostUsd(chosen));
    }

    @Override
    public Optional<String> cacheVersion() {
        return Optional.of(BuilderPrompts.TEMPLATE_VERSION);
    }

    @Override
    public GenerationReport generate(CodeRequest request, CodeStream stream) {

        Framework framework = catalog.framework(request.framework())
                .orElseThrow(() -> new CodeGenerationException("unsupported_framework", request.framework(), false));
        AppType type = catalog.appType(request.appType())
                .orElseThrow(() -> new CodeGenerationException("unsupported_app_type", request.appType(), false));
        String model = request.model().orElse(settings.model());
        CallContext context = new CallContext("builder", request.requestedBy(), Optional.empty());
        Totals totals = new Totals();
        Optional<HistoryCondenser.Condensed> condensed = condenser.condenseIfDue(request, model, context);
        condensed.ifPresent(c -> totals.add(c.call()));
        Optional<HistoryDigest> newDigest = condensed.flatMap(HistoryCondenser.Condensed::digest);
        CodeRequest told = newDigest.map(request::withHistoryDigest).orElse(request);
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(ChatMessage.system(BuilderPrompts.system(framework)));
        messages.add(ChatMessage.user(BuilderPrompts.userTurn(
                told, framework, type, settings.historyChars(), settings.contextChars(), similarFiles(request))));
        LineGate gate = new LineGate(stream);
        for (int call = 0; call <= settings.maxContinuations(); call++) {
            List<ChatMessage> conversation = new ArrayList<>(messages);
            if (call > 0) {
                conversation.add(ChatMessage.assistant(gate.forwardedText()));
                conversation.add(ChatMessage.user(BuilderPrompts.continuation()));
            }
            String[] finish = {"stop"};
            try {
                RoutedCall routed = router.stream(
                        ChatRequest.of(model, conversation).withMaxTokens(settings.maxOutputTokens()),
                        context,
                        chunk -> {
                            if (stream.cancelled()) {
                                throw new GenerationCancelled();
                            }
                            gate.accept(chunk.contentDelta());
                            chunk.finishReason().ifPresent(reason -> finish[0] = reason);
                        });
                totals.add(routed);
            } catch (GenerationCancelled cancelled) {
                return totals.report(newDigest);
            } catch (ProviderException e) {
                throw new CodeGenerationException(
                        "provider_" + e.kind().name().toLowerCase(Locale.ROOT), e.getMessage(), e.retryable(), e);
            }
            if (!finish[0].equals("length")) {
                break;
            }
            gate.discardPartialLine();
        }
        gate.flush();
        return totals.report(newDigest);
    }

    /**
     * The files of the project closest in meaning to a follow-up request. Ranking is a help, not a
     * need: if the embedding model cannot answer, the follow-up goes without it.
     */
    private List<String> similarFiles(CodeRequest request) {
        if (request.currentFiles().isEmpty()) {
            return List.of();
        }
        try {
            return similarity.closest(request.currentFiles(), request.description(), SIMILAR_FILES);
        } catch (RuntimeException e) {
            log.warn("Could not rank the project's files by similarity; the follow-up goes without: {}", e.toString());
            return List.of();
        }
    }

    /** Thrown from the stream listener to abort the upstream call when the generation is cancelled. */
    private static final class GenerationCancelled extends RuntimeException {
        GenerationCancelled() {
            super(null, null, false, false);
        }
    }

    /** Usage and cost summed over the call and its continuations. */
    private static final class Totals {
        private String provider = "none";
        private String model = "none";
        private long input;
        private long output;
        private boolean estimated;
        private BigDecimal cost = BigDecimal.ZERO;

        void add(RoutedCall call) {
            provider = call.deployment().name();
            model = call.model();
            input += call.usage().inputTokens();
            output += call.usage().outputTokens();
            estimated |= call.usage().estimated();
            cost = cost.add(call.costUsd());
        }

        GenerationReport report(Optional<HistoryDigest> digest) {
            return new GenerationReport(provider, model, input, output, estimated, cost, digest);
        }
    }
}
