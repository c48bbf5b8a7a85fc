package io.vectort.gateway;

import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The value rules of a chat-completions body outside {@code messages}, with OpenAI's ranges, so a
 * request the vendor would refuse is refused here before it costs quota, credits or an upstream
 * round trip. Absent and {@code null} fields are fine: the model's defaults apply.
 */
public final class ChatParameters {

    /** OpenAI accepts at most four stop sequences. */
    public static final int MAX_STOP_SEQUENCES = 4;

    private ChatParameters() {}

    public static void check(ObjectNode body) {
        choices(body.get("n"));
        range(body, "temperature", 0, 2);
        range(body, "top_p", 0, 1);
        range(body, "presence_penalty", -2, 2);
        range(body, "frequency_penalty", -2, 2);
        positiveInteger(body, "max_tokens");
        positiveInteger(body, "max_completion_tokens");
        stop(body.get("stop"));
        type(body, "stream", JsonNode::isBoolean, "a boolean");
        type(body, "stream_options", JsonNode::isObject, "an object");
        type(body, "tools", JsonNode::isArray, "an array");
    }

    /** The output limit asked for: {@code max_completion_tokens}, else the older {@code max_tokens}. */
    public static Optional<String> maxTokensField(ObjectNode body) {
        if (present(body.get("max_completion_tokens"))) {
            return Optional.of("max_completion_tokens");
        }
        return present(body.get("max_tokens")) ? Optional.of("max_tokens") : Optional.empty();
    }

    /** A model whose context window is known cannot write more tokens than it holds. */
    public static void requireMaxTokensWithin(ObjectNode body, int modelLimit) {
        maxTokensField(body).ifPresent(field -> {
            long asked = body.get(field).asLong();
            if (asked > modelLimit) {
                throw OpenAiError.invalid(
                        field,
                        field + " is too large: " + asked + ". This model supports at most " + modelLimit + " tokens.");
            }
        });
    }

    /**
     * The answer carries a single choice: several would be generated (and paid for) upstream but
     * never returned, so {@code n > 1} is refused rather than silently dropped.
     */
    private static void choices(JsonNode n) {
        if (!present(n)) {
            return;
        }
        if (!n.isIntegralNumber()
                || n.numberValue().doubleValue() < 1
                || n.numberValue().doubleValue() > 128) {
            throw OpenAiError.invalid("n", "Invalid value for 'n': expected an integer from 1 to 128.");
        }
        if (n.asInt() != 1) {
            throw new OpenAiError(
                    400,
                    "invalid_request_error",
                    Optional.of("n"),
                    Optional.of("unsupported_value"),
                    "Unsupported value for 'n': this gateway returns one choice per request; send n=1 or"
                            + " leave it out, and make several requests for several answers.");
        }
    }

    private static void range(ObjectNode body, String field, double min, double max) {
        JsonNode value = body.get(field);
        if (!present(value)) {
            return;
        }
        if (!value.isNumber()) {
            throw OpenAiError.invalid(field, "Invalid type for '" + field + "': expected a number.");
        }
        double number = value.numberValue().doubleValue();
        if (number < min || number > max) {
            throw OpenAiError.invalid(
                    field,
                    "Invalid value for '" + field + "': " + value + " is not between " + plain(min) + " and "
                            + plain(max) + ".");
        }
    }

    private static void positiveInteger(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (!present(value)) {
            return;
        }
        if (!value.isIntegralNumber()) {
            throw OpenAiError.invalid(field, "Invalid type for '" + field + "': expected an integer.");
        }
        if (!value.canConvertToInt() || value.asInt() < 1) {
            throw OpenAiError.invalid(
                    field,
                    "Invalid value for '" + field + "': expected an integer from 1 to " + Integer.MAX_VALUE + ".");
        }
    }

    private static void stop(JsonNode stop) {
        if (!present(stop) || stop.isString()) {
            return;
        }
        if (!stop.isArray()) {
            throw OpenAiError.invalid("stop", "Invalid type for 'stop': expected a string or an array of strings.");
        }
        if (stop.size() > MAX_STOP_SEQUENCES) {
            throw OpenAiError.invalid(
                    "stop", "Invalid value for 'stop': at most " + MAX_STOP_SEQUENCES + " stop sequences are allowed.");
        }
        for (int i = 0; i < stop.size(); i++) {
            if (!stop.get(i).isString()) {
                throw OpenAiError.invalid("stop[" + i + "]", "Invalid type for 'stop[" + i + "]': expected a string.");
            }
        }
    }

    private static void type(ObjectNode body, String field, java.util.function.Predicate<JsonNode> ok, String what) {
        JsonNode value = body.get(field);
        if (present(value) && !ok.test(value)) {
            throw OpenAiError.invalid(field, "Invalid type for '" + field + "': expected " + what + ".");
        }
    }

    private static boolean present(JsonNode value) {
        return value != null && !value.isNull();
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
