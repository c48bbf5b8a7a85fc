package io.vectort.providers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * LLM gateway settings, prefix {@code vectort.llm}. The simplest setups need none of this: the
 * {@code VECTORT_OPENAI_API_KEY}-style variables register deployments by themselves.
 *
 * @param deployments explicitly configured deployments
 * @param aliases model names callers may use, each an ordered list of deployment names (the first
 *     healthy one answers; the next ones are fallbacks)
 * @param tiers aliases used by automatic routing, by prompt complexity
 * @param quick the environment-variable shortcuts
 * @param retry retries of one deployment before falling back to the next
 * @param breaker the circuit breaker of each deployment
 * @param timeouts defaults for deployments that do not set their own
 * @param prices per-model price overrides, USD per million tokens
 * @param bundledEmbeddings the CPU budget of API calls to the bundled embedding model
 */
@Validated
@ConfigurationProperties("vectort.llm")
public record LlmProperties(
        @DefaultValue List<@Valid DeploymentSettings> deployments,
        @DefaultValue Map<String, List<String>> aliases,
        @DefaultValue @Valid Tiers tiers,
        @DefaultValue @Valid Quick quick,
        @DefaultValue @Valid Retry retry,
        @DefaultValue @Valid Breaker breaker,
        @DefaultValue @Valid Timeouts timeouts,
        @DefaultValue Map<String, Price> prices,
        @DefaultValue @Valid BundledEmbeddingsSettings bundledEmbeddings) {

    public record DeploymentSettings(
            @Nullable String name,
            @Nullable String provider,
            @Nullable String model,
            @Nullable URI baseUrl,
            @Nullable String apiKey,
            @DefaultValue Map<String, String> headers,
            @Nullable Duration connectTimeout,
            @Nullable Duration firstTokenTimeout,
            @Nullable Duration totalTimeout) {}

    /** Aliases for automatic routing; empty ones fall back to {@code default}. */
    public record Tiers(
            @DefaultValue("simple") String simple,
            @DefaultValue("default") String medium,
            @DefaultValue("strong") String complex) {}

    /**
     * Environment shortcuts: each key (or the Ollama URL) registers a deployment per model and the
     * aliases {@code simple}, {@code default} and {@code strong} across the configured providers.
     */
    public record Quick(
            @DefaultValue("") String openaiApiKey,
            @DefaultValue("https://api.openai.com/v1") URI openaiBaseUrl,

            @DefaultValue("gpt-4.1-mini,gpt-4.1-mini,gpt-4.1")
            String openaiModels,

            @DefaultValue("") String anthropicApiKey,
            @DefaultValue("https://api.anthropic.com") URI anthropicBaseUrl,

            @DefaultValue("claude-haiku-4-5,claude-sonnet-4-5,claude-sonnet-4-5")
            String anthropicModels,

            @DefaultValue("") String geminiApiKey,

            @DefaultValue("https://generativelanguage.googleapis.com")
            URI geminiBaseUrl,

            @DefaultValue("gemini-2.5-flash-lite,gemini-2.5-flash,gemini-2.5-pro")
            String geminiModels,

            @DefaultValue("") String ollamaBaseUrl,
            @DefaultValue("llama3.2,llama3.2,llama3.2") String ollamaModels) {}

    /**
     * @param maxAttempts attempts on one deployment (1 = no retry) before the next one is tried
     * @param initialBackoff first retry delay, doubled each time, with jitter; a Retry-After wins
     * @param maxBackoff a Retry-After longer than this moves on to the next deployment instead
     */
    public record Retry(
            @DefaultValue("2") @Min(1) int maxAttempts,
            @DefaultValue("250ms") Duration initialBackoff,
            @DefaultValue("5s") Duration maxBackoff) {}

    /**
     * @param failureRateThreshold percentage of failed calls (in the window) that opens the breaker
     * @param slidingWindowSize calls considered
     * @param minimumCalls calls needed before the rate means anything
     * @param openDuration how long an open breaker skips the deployment before probing it again
     */
    public record Breaker(
            @DefaultValue("50") @Min(1) @DecimalMax("100") float failureRateThreshold,
            @DefaultValue("20") @Min(1) int slidingWindowSize,
            @DefaultValue("5") @Min(1) int minimumCalls,
            @DefaultValue("30s") Duration openDuration) {}

    public record Timeouts(
            @DefaultValue("5s") Duration connect,
            @DefaultValue("60s") Duration firstToken,
            @DefaultValue("10m") Duration total) {}

    /**
     * @param workers threads computing bundled embeddings for the API, i.e. the cores they may hold
     * @param queueCapacity requests waiting for a worker; more are refused with 503 and Retry-After
     * @param retryAfter what such a refusal tells the client to wait
     */
    public record BundledEmbeddingsSettings(
            @DefaultValue("1") @Min(1) int workers,
            @DefaultValue("8") @Min(0) int queueCapacity,
            @DefaultValue("2s") Duration retryAfter) {}

    /** USD per million input and output tokens. */
    public record Price(BigDecimal input, BigDecimal output) {}
}
