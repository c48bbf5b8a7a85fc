package io.vectort.gateway.web;

import io.swagger.v3.oas.annotations.Hidden;
import io.vectort.gateway.OpenAiError;
import io.vectort.identity.ApiKeys.ApiKeyOwner;
import io.vectort.providers.LlmRouter;
import io.vectort.providers.local.BundledEmbeddings;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /v1/embeddings}: the bundled offline model, or a configured provider's. */
@Hidden
@RestController
class EmbeddingsController {

    static final String BUNDLED_MODEL = BundledEmbeddings.MODEL;
    private static final int MAX_INPUTS = 2048;

    private final LlmRouter router;
    private final CallAccounting accounting;

    EmbeddingsController(LlmRouter router, CallAccounting accounting) {
        this.router = router;
        this.accounting = accounting;
    }

    @PostMapping(value = "/v1/embeddings", consumes = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode embed(@RequestBody ObjectNode body) {
        ApiKeyOwner caller = ApiKeyAuthentication.current();
        String model = body.path("model").asString("");
        if (model.isBlank()) {
            throw OpenAiError.invalid("model", "you must provide a model parameter (e.g. " + BUNDLED_MODEL + ")");
        }
        if (!router.knowsEmbeddingModel(model)) {
            throw new OpenAiError(
                    404,
                    "invalid_request_error",
                    Optional.of("model"),
                    Optional.of("model_not_found"),
                    "The model `" + model + "` does not exist or does not offer embeddings.");
        }
        List<String> inputs = inputs(body.get("input"));
        boolean base64 = body.path("encoding_format").asString("float").equals("base64");
        long characters = inputs.stream().mapToLong(String::length).sum();
        LlmRouter.RoutedEmbeddings result = accounting.run(
                caller, model, List.of(), characters, 0, context -> router.embed(model, inputs, context));
        ObjectNode root = JsonNodeFactory.instance.objectNode().put("object", "list");
        ArrayNode data = root.putArray("data");
        for (int i = 0; i < result.vectors().size(); i++) {
            ObjectNode item = data.addObject().put("object", "embedding").put("index", i);
            float[] vector = result.vectors().get(i);
            if (base64) {
                item.put("embedding", base64(vector));
            } else {
                ArrayNode values = item.putArray("embedding");
                for (float v : vector) {
                    values.add(v);
                }
            }
        }
        root.put("model", model);
        root.putObject("usage")
                .put("prompt_tokens", result.usage().inputTokens())
                .put("total_tokens", result.usage().inputTokens());
        return root;
    }

    private static List<String> inputs(JsonNode input) {
        List<String> texts = new ArrayList<>();
        if (input != null && input.isString()) {
            texts.add(input.asString());
        } else if (input != null && input.isArray()) {
            for (JsonNode item : input) {
                if (!item.isString()) {
                    throw OpenAiError.invalid("input", "input must be a string or an array of strings");
                }
                texts.add(item.asString());
            }
        }
        if (texts.isEmpty() || texts.size() > MAX_INPUTS || texts.stream().anyMatch(String::isEmpty)) {
            throw OpenAiError.invalid(
                    "input", "input must be a non-empty string or 1 to " + MAX_INPUTS + " non-empty strings");
        }
        return texts;
    }

    /** OpenAI's base64 format: little-endian float32s. */
    private static String base64(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : vector) {
            buffer.putFloat(v);
        }
        return Base64.getEncoder().encodeToString(buffer.array());
    }
}
