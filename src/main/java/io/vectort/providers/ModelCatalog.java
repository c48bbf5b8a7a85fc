package io.vectort.providers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prices and context windows of known models, from the versioned data file {@code
 * llm/model-catalog.json}, with configuration overriding prices. Costs are computed from real usage.
 */
public final class ModelCatalog {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final String version;
    private final Map<String, ModelInfo> models;

    ModelCatalog(String version, Map<String, ModelInfo> models) {
        this.version = version;
        this.models = Map.copyOf(models);
    }

    /** @param input USD per million input tokens; {@code output} likewise */
    public record ModelInfo(String model, BigDecimal input, BigDecimal output, int contextWindow) {}

    static ModelCatalog load(Map<String, LlmProperties.Price> overrides) {
        try (InputStream in = new ClassPathResource("llm/model-catalog.json").getInputStream()) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            Map<String, ModelInfo> models = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : root.get("models").properties()) {
                JsonNode m = entry.getValue();
                models.put(
                        entry.getKey(),
                        new ModelInfo(
                                entry.getKey(),
                                m.get("input").decimalValue(),
                                m.get("output").decimalValue(),
                                m.get("context").asInt()));
            }
            overrides.forEach((model, price) -> models.put(
                    model,
                    new ModelInfo(
                            model,
                            price.input(),
                            price.output(),
                            Optional.ofNullable(models.get(model))
                                    .map(ModelInfo::contextWindow)
                                    .orElse(0))));
            return new ModelCatalog(root.get("version").asString(), models);
        } catch (IOException e) {
            throw new UncheckedIOException("the model catalog llm/model-catalog.json is missing or unreadable", e);
        }
    }

    public String version() {
        return version;
    }

    /**
     * The entry for {@code model}: exact, or the longest known prefix (vendors answer with dated
     * names such as {@code gpt-4.1-mini-2025-04-14}).
     */
    public Optional<ModelInfo> find(String model) {
        ModelInfo exact = models.get(model);
        if (exact != null) {
            return Optional.of(exact);
        }
        return models.values().stream()
                .filter(info -> model.startsWith(info.model()))
                .max(Comparator.comparingInt(info -> info.model().length()));
    }

    /** USD for this usage of {@code model}; zero for unknown models (see {@link #find}). */
    public BigDecimal cost(String model, Usage usage) {
        return find(model)
                .map(info -> info.input()
                        .multiply(BigDecimal.valueOf(usage.inputTokens()))
                        .add(info.output().multiply(BigDecimal.valueOf(usage.outputTokens())))
                        .divide(MILLION, 10, RoundingMode.HALF_UP))
                .orElse(BigDecimal.ZERO);
    }
}
