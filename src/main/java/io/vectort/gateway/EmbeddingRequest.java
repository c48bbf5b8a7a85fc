package io.vectort.gateway;

import java.util.List;
import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A checked {@code /v1/embeddings} body.
 *
 * @param tokens the input's token count, for the credit hold and the limits
 * @param dimensions the vector length asked for; longer vectors are shortened as OpenAI does
 */
public record EmbeddingRequest(String model, List<String> inputs, long tokens, OptionalInt dimensions, boolean base64) {

    public static EmbeddingRequest from(ObjectNode body) {
        JsonNode model = body.get("model");
        if (model == null || !model.isString() || model.asString().isBlank()) {
            throw OpenAiError.invalid("model", "you must provide a model parameter (a string)");
        }
        EmbeddingInputs.Texts inputs = EmbeddingInputs.read(body.get("input"));
        return new EmbeddingRequest(
                model.asString(), inputs.texts(), inputs.tokens(), dimensions(body.get("dimensions")), base64(body));
    }

    /** A model whose vector length is known cannot produce longer vectors. */
    public void requireDimensionsWithin(int modelDimensions) {
        if (dimensions.isPresent() && dimensions.getAsInt() > modelDimensions) {
            throw OpenAiError.invalid(
                    "dimensions",
                    "dimensions is too large: " + dimensions.getAsInt() + ". The model `" + model + "` produces "
                            + modelDimensions + " dimensions.");
        }
    }

    private static OptionalInt dimensions(JsonNode value) {
        if (value == null || value.isNull()) {
            return OptionalInt.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 1) {
            throw OpenAiError.invalid("dimensions", "Invalid value for 'dimensions': expected a positive integer.");
        }
        return OptionalInt.of(value.asInt());
    }

    private static boolean base64(ObjectNode body) {
        JsonNode format = body.get("encoding_format");
        if (format == null || format.isNull()) {
            return false;
        }
        if (!format.isString()
                || !(format.asString().equals("float") || format.asString().equals("base64"))) {
            throw OpenAiError.invalid("encoding_format", "encoding_format must be \"float\" or \"base64\"");
        }
        return format.asString().equals("base64");
    }
}
