package io.vectort.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ChatParametersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"n\": 0                        | n",
                "\"n\": 129                      | n",
                "\"n\": 1.5                      | n",
                "\"temperature\": 2.01           | temperature",
                "\"temperature\": -0.1           | temperature",
                "\"temperature\": \"hot\"        | temperature",
                "\"top_p\": 1.1                  | top_p",
                "\"presence_penalty\": -2.5      | presence_penalty",
                "\"frequency_penalty\": 3        | frequency_penalty",
                "\"max_tokens\": 0               | max_tokens",
                "\"max_tokens\": 10.5            | max_tokens",
                "\"max_tokens\": 3000000000      | max_tokens",
                "\"max_completion_tokens\": -1   | max_completion_tokens",
                "\"stop\": 7                     | stop",
                "\"stop\": [\"a\",\"b\",\"c\",\"d\",\"e\"] | stop",
                "\"stop\": [\"a\", 1]            | stop[1]",
                "\"stream\": \"yes\"             | stream",
                "\"stream_options\": true        | stream_options",
                "\"tools\": {}                   | tools",
            })
    void refusesValuesOutsideOpenAisRules(String field, String param) {
        OpenAiError error = catchThrowableOfType(OpenAiError.class, () -> ChatParameters.check(body(field)));

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.param()).hasValue(param);
    }

    @Test
    void refusesSeveralChoicesAsUnsupportedRatherThanDroppingThem() {
        OpenAiError error = catchThrowableOfType(OpenAiError.class, () -> ChatParameters.check(body("\"n\": 2")));

        assertThat(error.code()).hasValue("unsupported_value");
        assertThat(error.getMessage()).contains("n=1");
    }

    @Test
    void acceptsTheBoundsNullsAndTheDefaults() {
        assertThatCode(() -> ChatParameters.check(body(
                        "\"n\": 1, \"temperature\": 2, \"top_p\": 0, \"presence_penalty\": -2, \"frequency_penalty\": 2,"
                                + " \"max_tokens\": 1, \"stop\": [\"a\",\"b\",\"c\",\"d\"], \"stream\": false,"
                                + " \"seed\": null, \"temperature\": null")))
                .doesNotThrowAnyException();
        assertThatCode(() -> ChatParameters.check(body("\"stop\": \"END\""))).doesNotThrowAnyException();
    }

    @Test
    void holdsMaxTokensToTheModelsLimitNamingTheFieldUsed() {
        ObjectNode body = body("\"max_completion_tokens\": 200001");

        OpenAiError error =
                catchThrowableOfType(OpenAiError.class, () -> ChatParameters.requireMaxTokensWithin(body, 200_000));

        assertThat(error.param()).hasValue("max_completion_tokens");
        assertThat(error.getMessage()).contains("200000");
        assertThatCode(() -> ChatParameters.requireMaxTokensWithin(body("\"max_tokens\": 200000"), 200_000))
                .doesNotThrowAnyException();
    }

    private static ObjectNode body(String fields) {
        return (ObjectNode) JSON.readTree("{\"model\": \"m\", " + fields + "}");
    }
}
