package io.vectort.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class EmbeddingRequestTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsOpenAisFourInputShapes() {
        assertThat(read("\"input\": \"hello world\"").inputs()).containsExactly("hello world");
        assertThat(read("\"input\": [\"a\", \"b\"]").inputs()).containsExactly("a", "b");
        // cl100k_base: 15339 = "hello", 1917 = " world"
        assertThat(read("\"input\": [15339, 1917]").inputs()).containsExactly("hello world");
        EmbeddingRequest arrays = read("\"input\": [[15339], [1917]]");
        assertThat(arrays.inputs()).containsExactly("hello", " world");
        assertThat(arrays.tokens()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"input\": \"\"                   | input",
                "\"input\": \"   \"                | input",
                "\"input\": \"\\u200b\\u2060\"     | input",
                "\"input\": [\"ok\", \"\\ufeff \"] | input[1]",
                "\"input\": []                     | input",
                "\"input\": {}                     | input",
                "\"input\": null                   | input",
                "\"input\": [\"ok\", 5]            | input[1]",
                "\"input\": [[1, 2], []]           | input[1]",
                "\"input\": [1, -2]                | input",
                "\"input\": [1, 100256]            | input",
                "\"input\": [[1], [\"a\"]]         | input[1]",
                "\"input\": \"x\", \"dimensions\": 0       | dimensions",
                "\"input\": \"x\", \"dimensions\": \"384\" | dimensions",
                "\"input\": \"x\", \"encoding_format\": \"int8\" | encoding_format",
            })
    void refusesEmptyOrMalformedInput(String fields, String param) {
        OpenAiError error = catchThrowableOfType(OpenAiError.class, () -> read(fields));

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.param()).hasValue(param);
    }

    @Test
    void refusesAMissingModel() {
        OpenAiError error = catchThrowableOfType(
                OpenAiError.class, () -> EmbeddingRequest.from((ObjectNode) JSON.readTree("{\"input\": \"x\"}")));

        assertThat(error.param()).hasValue("model");
    }

    @Test
    void holdsOpenAisCountLimits() {
        String tooMany = String.join(",", Collections.nCopies(EmbeddingInputs.MAX_INPUTS + 1, "\"a\""));
        assertThat(refused("\"input\": [" + tooMany + "]").getMessage())
                .contains("2049")
                .contains("2048");

        String longTokens = String.join(",", Collections.nCopies(EmbeddingInputs.MAX_TOKENS_PER_INPUT + 1, "15339"));
        OpenAiError tooLong = refused("\"input\": [\"ok\", [" + longTokens + "]]");
        assertThat(tooLong.param()).hasValue("input[1]");
        assertThat(tooLong.getMessage()).contains("8193").contains("8192");

        // " hello" is one token: 40 inputs of 8,000 are 320,000 tokens, past the 300,000 total
        String eightThousand = " hello".repeat(8000);
        String forty = String.join(",", Collections.nCopies(40, "\"" + eightThousand + "\""));
        OpenAiError tooMuch = refused("\"input\": [" + forty + "]");
        assertThat(tooMuch.param()).hasValue("input");
        assertThat(tooMuch.getMessage()).contains("300000").contains("input[37]");
    }

    @Test
    void refusesDimensionsBeyondTheModels() {
        EmbeddingRequest request = read("\"input\": \"x\", \"dimensions\": 385");

        OpenAiError error = catchThrowableOfType(OpenAiError.class, () -> request.requireDimensionsWithin(384));

        assertThat(error.param()).hasValue("dimensions");
        assertThat(error.getMessage()).contains("384");
    }

    @Test
    void shortensVectorsToUnitLength() {
        float[] shortened = EmbeddingVectors.shortened(new float[] {3, 4, 12}, 2);

        assertThat(shortened).containsExactly(0.6f, 0.8f);
        assertThat(EmbeddingVectors.shortened(new float[] {1, 0}, 5)).containsExactly(1f, 0f);
    }

    private static EmbeddingRequest read(String fields) {
        return EmbeddingRequest.from((ObjectNode) JSON.readTree("{\"model\": \"m\", " + fields + "}"));
    }

    private static OpenAiError refused(String fields) {
        return catchThrowableOfType(OpenAiError.class, () -> read(fields));
    }
}
