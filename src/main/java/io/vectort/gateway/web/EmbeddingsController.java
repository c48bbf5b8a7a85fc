package io.vectort.gateway.web;

import io.swagger.v3.oas.annotations.Hidden;
import io.vectort.gateway.EmbeddingRequest;
import io.vectort.gateway.EmbeddingVectors;
import io.vectort.gateway.FiniteNumbers;
import io.vectort.gateway.OpenAiError;
import io.vectort.identity.ApiKeyOwner;
import io.vectort.providers.LlmRouter;
import io.vectort.providers.local.BundledEmbeddings;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1/embeddings}: the bundled offline model, or a configured provider's. The body is
 * checked whole before the call is admitted, so a refused request costs no quota and no credits.
 */
@Hidden
@RestController
class EmbeddingsController {

    static final String BUNDLED_MODEL = BundledEmbeddings.MODEL;

    private final LlmRouter router;
    private final CallAccounting accounting;

    EmbeddingsController(LlmRouter router, CallAccounting accounting) {
        this.router = router;
        this.accounting = accounting;
    }

    @PostMapping(value = "/v1/embeddings", consumes = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode embed(@RequestBody ObjectNode body) {
        ApiKeyOwner caller = ApiKeyAuthentication.current();
        FiniteNumbers.require(body);
        EmbeddingRequest request = EmbeddingRequest.from(body);
        String model = request.model();
        ChatCompletionsController.requireAllowed(caller, model);
        if (!router.knowsEmbeddingModel(model)) {
            throw new OpenAiError(
                    404,
                    "invalid_request_error",
                    Optional.of("model"),
                    Optional.of("model_not_found"),
                    "The model `" + model + "` does not exist or does not offer embeddings.");
        }
        if (model.equals(BUNDLED_MODEL)) {
            request.requireDimensionsWithin(BundledEmbeddings.DIMENSIONS);
        }
        LlmRouter.RoutedEmbeddings result = accounting.runWithTokens(
                caller,
                model,
                List.of(),
                request.tokens(),
                0,
                context -> router.embed(model, request.inputs(), context));
        return answer(request, result);
    }

    private static ObjectNode answer(EmbeddingRequest request, LlmRouter.RoutedEmbeddings result) {
        ObjectNode root = JsonNodeFactory.instance.objectNode().put("object", "list");
        ArrayNode data = root.putArray("data");
        for (int i = 0; i < result.vectors().size(); i++) {
            ObjectNode item = data.addObject().put("object", "embedding").put("index", i);
            float[] vector = result.vectors().get(i);
            if (request.dimensions().isPresent()) {
                vector = EmbeddingVectors.shortened(vector, request.dimensions().getAsInt());
            }
            if (request.base64()) {
                item.put("embedding", base64(vector));
            } else {
                ArrayNode values = item.putArray("embedding");
                for (float v : vector) {
                    values.add(v);
                }
            }
        }
        root.put("model", request.model());
        root.putObject("usage")
                .put("prompt_tokens", result.usage().inputTokens())
                .put("total_tokens", result.usage().inputTokens());
        return root;
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
