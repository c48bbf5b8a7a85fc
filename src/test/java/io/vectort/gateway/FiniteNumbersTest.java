package io.vectort.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FiniteNumbersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"1e309", "-1e309", "1.5E400"})
    void rejectsNumbersBeyondADoubleAtTheTop(String number) {
        OpenAiError error = rejected("{\"model\":\"m\",\"temperature\":" + number + "}");

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.type()).isEqualTo("invalid_request_error");
        assertThat(error.param()).hasValue("temperature");
    }

    @Test
    void rejectsAHugeIntegerWrittenOut() {
        String huge = "1" + "0".repeat(400);

        assertThat(rejected("{\"seed\":" + huge + "}").param()).hasValue("seed");
    }

    @Test
    void namesThePathOfANestedNumberInAnUnknownField() {
        OpenAiError error =
                rejected("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"x\":{\"scores\":[1, 2, 1e999]}}]}");

        assertThat(error.param()).hasValue("messages[1].x.scores[2]");
        assertThat(error.getMessage()).contains("messages[1].x.scores[2]").contains("finite");
    }

    @Test
    void acceptsLargeTinyAndNegativeFiniteNumbers() {
        assertThatCode(() -> FiniteNumbers.require(
                        read("{\"a\":1.7976931348623157e308,\"b\":-1e308,\"c\":1e-400,\"d\":12345678901234567890}")))
                .doesNotThrowAnyException();
    }

    private static OpenAiError rejected(String json) {
        return catchThrowableOfType(OpenAiError.class, () -> FiniteNumbers.require(read(json)));
    }

    private static JsonNode read(String json) {
        return JSON.readTree(json);
    }
}
