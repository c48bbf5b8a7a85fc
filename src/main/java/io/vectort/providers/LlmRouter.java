package io.vectort.providers;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.vectort.providers.local.BundledEmbeddingQueue;
import io.vectort.providers.local.BundledEmbeddings;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each LLM call to the right deployment: resolves the model, alias or automatic tier to an
 * ordered list of deployments, skips those whose circuit is open, retries retryable failures, and
 * falls back to the next deployment — for streams only while nothing has reached the caller. Every
 * call is measured and accounted, whatever its outcome.
 */
public final class LlmRouter {

    private static final Logger log = LoggerFactory.getLogger(LlmRouter.class);

    private final DeploymentRegistry registry;
    private final Map<String, LlmProvider> providers;
    private final DeploymentResilience resilience;
    private final ModelCatalog catalog;
    private final CallLog callLog;
    private final LlmMetrics metrics;
    private final RouteResolver resolver;
    private final BundledEmbeddingQueue bundled;
    private final LlmTracing tracing;

    LlmRouter(
            DeploymentRegistry registry,
            Map<String, LlmProvider> providers,
            DeploymentResilience resilience,
            ModelCatalog catalog,
            CallLog callLog,
            LlmMetrics metrics,
            LlmProperties.Tiers tiers,
            BundledEmbeddingQueue bundled,
            LlmTracing tracing) {
        this.bundled = bundled;
        this.tracing = tracing;
        this.registry = registry;
        this.providers = providers;
        this.resilience = resilience;
        this.catalog = catalog;
        this.callLog = callLog;
        this.metrics = metrics;
        this.resolver = new RouteResolver(registry, tiers);
    }

    /** Every configured deployment with its circuit state on this node (each node keeps its own). */
    public List<DeploymentCircuit> circuits() {
        return registry.deployments().stream()
                .map(d -> new DeploymentCircuit(
                        d.name(),
                        d.provider(),
                        d.model(),
                        resilience
                                .state(d.name())
                                .name()
                                .toLowerCase(Locale.ROOT)
                                .replace('_', '-')))
                .toList();
    }

    public boolean hasDeployments() {
        return !registry.isEmpty();
    }

    /** True when {@code model} names an alias, a deployment, a model, or {@code auto}. */
    public boolean knows(String model) {
        return resolver.knows(model);
    }

    /**
     * The most a call could cost: the priciest deployment {@code model} may route to, with {@code
     * inputTokens} in and {@code maxOutputTokens} out. What callers hold before calling.
     */
    public BigDecimal maxCostUsd(String model, List<ChatMessage> messages, long inputTokens, long maxOutputTokens) {
        if (model.equals(BundledEmbeddings.MODEL)) {
            return catalog.cost(model, new Usage(inputTokens, 0, true));
        }
        RouteDecision decision = resolver.decide(model, messages);
        Usage worst = new Usage(inputTokens, maxOutputTokens, true);
        return resolver.candidates(decision).stream()
                .map(deployment -> catalog.cost(deployment.model(), worst))
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
    }

    /**
     * The smallest context window among the deployments {@code model} may route to, when the
     * catalog knows them: no answer can be longer.
     */
    public OptionalInt contextWindow(String model, List<ChatMessage> messages) {
        return resolver.candidates(resolver.decide(model, messages)).stream()
                .map(deployment -> catalog.find(deployment.model()))
                .flatMap(Optional::stream)
                .mapToInt(ModelCatalog.ModelInfo::contextWindow)
                .filter(window -> window > 0)
                .min();
    }

    /** True when {@code model} can embed: the bundled model or a configured one. */
    public boolean knowsEmbeddingModel(String model) {
        return model.equals(BundledEmbeddings.MODEL) || (!model.equals(RouteResolver.AUTO) && resolver.knows(model));
    }

    public RoutedChat chat(ChatRequest request, CallContext context) {
        return tracing.traced("chat", request.model(), () -> routeChat(request, context));
    }

    private RoutedChat routeChat(ChatRequest request, CallContext context) {
        RouteDecision decision = resolver.decide(request.model(), request.messages());
        long start = System.nanoTime();
        Failures failures = new Failures();
        for (Deployment deployment : resolver.candidates(decision)) {
            try {
                ChatResponse response = resilience.call(
                        deployment,
                        measured(deployment, () -> provider(deployment).chat(deployment, request)));
                Usage usage =
                        response.usage().equals(Usage.NONE) ? estimate(request, response.content()) : response.usage();
                RoutedCall call =
                        succeeded(deployment, request, context, decision, usage, failures, start, Duration.ofNanos(-1));
                return new RoutedChat(response, call);
            } catch (CallNotPermittedException open) {
                failures.skipped(deployment);
            } catch (ProviderException e) {
                failures.failed(deployment, e);
                if (!e.retryable()) {
                    throw failed(request, context, decision, Usage.NONE, failures, start, e);
                }
                metrics.fallback(deployment);
            }
        }
        throw failed(request, context, decision, Usage.NONE, failures, start, failures.exhausted(decision));
    }

    public RoutedCall stream(ChatRequest request, CallContext context, ChatStreamListener listener) {
        return tracing.traced("chat", request.model(), () -> routeStream(request, context, listener));
    }

    private RoutedCall routeStream(ChatRequest request, CallContext context, ChatStreamListener listener) {
        RouteDecision decision = resolver.decide(request.model(), request.messages());
        long start = System.nanoTime();
        OutputTracker tracker = new OutputTracker(listener, start);
        Failures failures = new Failures();
        for (Deployment deployment : resolver.candidates(decision)) {
            try {
                StreamOutcome outcome = resilience.call(deployment, measured(deployment, () -> {
                    try {
                        return provider(deployment).stream(deployment, request, tracker);
                    } catch (ProviderException e) {
                        throw tracker.outputStarted() ? new OutputAlreadySentException(e) : e;
                    }
                }));
                Usage usage = outcome.usage().equals(Usage.NONE) ? estimate(request, tracker.text()) : outcome.usage();
                return succeeded(
                        deployment, request, context, decision, usage, failures, start, tracker.timeToFirstToken());
            } catch (CallNotPermittedException open) {
                failures.skipped(deployment);
            } catch (OutputAlreadySentException e) {
                failures.failed(deployment, e);
                throw failed(request, context, decision, estimate(request, tracker.text()), failures, start, e);
            } catch (ProviderException e) {
                failures.failed(deployment, e);
                if (!e.retryable()) {
                    throw failed(request, context, decision, Usage.NONE, failures, start, e);
                }
                metrics.fallback(deployment);
            } catch (RuntimeException callerGone) {
                // The caller stopped listening: the provider aborted upstream; charge what was produced.
                record(
                        request,
                        context,
                        decision,
                        Optional.of(deployment),
                        "cancelled",
                        Optional.empty(),
                        estimate(request, tracker.text()),
                        failures.count(),
                        start,
                        tracker.timeToFirstToken());
                throw callerGone;
            }
        }
        throw failed(request, context, decision, Usage.NONE, failures, start, failures.exhausted(decision));
    }

    /**
     * Embeddings from the bundled model ({@value BundledEmbeddings#MODEL}) or a configured
     * deployment that offers them, with the same retries, breakers, fallbacks and accounting as chat.
     */
    public RoutedEmbeddings embed(String model, List<String> inputs, CallContext context) {
        return tracing.traced("embeddings", model, () -> routeEmbeddings(model, inputs, context));
    }

    private RoutedEmbeddings routeEmbeddings(String model, List<String> inputs, CallContext context) {
        ChatRequest accountingView = ChatRequest.of(model, List.of());
        RouteDecision decision = new RouteDecision(model, model, List.of(model), "embeddings " + model);
        long start = System.nanoTime();
        if (model.equals(BundledEmbeddings.MODEL)) {
            List<float[]> vectors = bundled.embed(inputs);
            Usage usage = BundledEmbeddings.usage(inputs);
            record(
                    accountingView,
                    context,
                    decision,
                    Optional.empty(),
                    "ok",
                    Optional.empty(),
                    usage,
                    0,
                    start,
                    Duration.ofNanos(-1));
            return new RoutedEmbeddings(vectors, model, usage);
        }
        RouteDecision resolved = resolver.decide(model, List.of());
        Failures failures = new Failures();
        for (Deployment deployment : resolver.candidates(resolved)) {
            try {
                LlmProvider.EmbeddingResult result = resilience.call(
                        deployment,
                        measured(deployment, () -> provider(deployment).embed(deployment, inputs)));
                record(
                        accountingView,
                        context,
                        resolved,
                        Optional.of(deployment),
                        "ok",
                        Optional.empty(),
                        result.usage(),
                        failures.count(),
                        start,
                        Duration.ofNanos(-1));
                return new RoutedEmbeddings(result.vectors(), model, result.usage());
            } catch (CallNotPermittedException open) {
                failures.skipped(deployment);
            } catch (ProviderException e) {
                failures.failed(deployment, e);
                if (!e.retryable()) {
                    throw failed(accountingView, context, resolved, Usage.NONE, failures, start, e);
                }
            }
        }
        throw failed(accountingView, context, resolved, Usage.NONE, failures, start, failures.exhausted(resolved));
    }

    /** Embedding vectors in input order. */
    public record RoutedEmbeddings(List<float[]> vectors, String model, Usage usage) {}

    private <T> Supplier<T> measured(Deployment deployment, Supplier<T> call) {
        return () -> {
            try {
                T result = call.get();
                metrics.attempt(deployment, "ok");
                return result;
            } catch (ProviderException e) {
                metrics.attempt(deployment, e.kind().name().toLowerCase(java.util.Locale.ROOT));
                throw e;
            }
        };
    }

    private RoutedCall succeeded(
            Deployment deployment,
            ChatRequest request,
            CallContext context,
            RouteDecision decision,
            Usage usage,
            Failures failures,
            long start,
            Duration firstToken) {
        Duration latency = Duration.ofNanos(System.nanoTime() - start);
        BigDecimal cost = record(
                request,
                context,
                decision,
                Optional.of(deployment),
                "ok",
                Optional.empty(),
                usage,
                failures.count(),
                start,
                firstToken);
        metrics.completed(deployment, usage, cost, latency, firstToken);
        return new RoutedCall(
                deployment,
                deployment.model(),
                usage,
                cost,
                failures.count(),
                decision,
                latency,
                firstToken.isNegative() ? Optional.empty() : Optional.of(firstToken));
    }

    private ProviderException failed(
            ChatRequest request,
            CallContext context,
            RouteDecision decision,
            Usage usage,
            Failures failures,
            long start,
            ProviderException error) {
        record(
                request,
                context,
                decision,
                failures.last(),
                "error",
                Optional.of(error.kind()),
                usage,
                failures.count(),
                start,
                Duration.ofNanos(-1));
        log.info(
                "LLM call for {} failed after {} attempt(s): {}",
                decision.requested(),
                failures.count(),
                error.getMessage());
        return error;
    }

    private BigDecimal record(
            ChatRequest request,
            CallContext context,
            RouteDecision decision,
            Optional<Deployment> deployment,
            String status,
            Optional<ErrorKind> error,
            Usage usage,
            int fallbacks,
            long start,
            Duration firstToken) {
        // Without a deployment only the bundled model has usage: priced like any model (free unless
        // vectort.llm.prices.vectort-minilm is set), so it draws on API credits like the others.
        BigDecimal cost = catalog.cost(deployment.map(Deployment::model).orElse(request.model()), usage);
        context.cost().add(cost);
        tracing.outcome(deployment, status, error, usage, cost, fallbacks);
        callLog.record(new CallRecord(
                io.vectort.shared.Ids.newId(),
                Instant.now(),
                context,
                request.model(),
                deployment,
                status,
                error,
                usage,
                cost,
                Duration.ofNanos(System.nanoTime() - start).toMillis(),
                firstToken.isNegative() ? OptionalLong.empty() : OptionalLong.of(firstToken.toMillis()),
                fallbacks,
                decision.reason()));
        return cost;
    }

    private LlmProvider provider(Deployment deployment) {
        LlmProvider provider = providers.get(deployment.provider());
        if (provider == null) {
            throw new ProviderException(
                    ErrorKind.BAD_REQUEST,
                    OptionalInt.empty(),
                    Optional.empty(),
                    "No provider implementation for type " + deployment.provider());
        }
        return provider;
    }

    private static Usage estimate(ChatRequest request, String output) {
        return new Usage(TokenCounter.countPrompt(request.messages()), TokenCounter.count(output), true);
    }

    /** A non-streamed answer with how it was routed. */
    public record RoutedChat(ChatResponse response, RoutedCall call) {}

    /** The failures of one routed call, for the final error and the accounting. */
    private static final class Failures {
        private int count;
        private Optional<Deployment> last = Optional.empty();
        private final StringBuilder summary = new StringBuilder();
        private Optional<ProviderException> lastError = Optional.empty();

        void failed(Deployment deployment, ProviderException e) {
            count++;
            last = Optional.of(deployment);
            lastError = Optional.of(e);
            summary.append(summary.isEmpty() ? "" : "; ")
                    .append(deployment.name())
                    .append(": ")
                    .append(e.getMessage());
        }

        void skipped(Deployment deployment) {
            count++;
            summary.append(summary.isEmpty() ? "" : "; ")
                    .append(deployment.name())
                    .append(": circuit open");
        }

        int count() {
            return count;
        }

        Optional<Deployment> last() {
            return last;
        }

        ProviderException exhausted(RouteDecision decision) {
            ErrorKind kind = lastError.map(ProviderException::kind).orElse(ErrorKind.SERVER_ERROR);
            Optional<Duration> retryAfter = lastError.flatMap(ProviderException::retryAfter);
            return new ProviderException(
                    kind,
                    OptionalInt.empty(),
                    retryAfter,
                    "No deployment of \"" + decision.requested() + "\" could answer (" + summary + ")");
        }
    }
}
