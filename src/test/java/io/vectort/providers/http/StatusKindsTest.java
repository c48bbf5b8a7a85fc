package io.vectort.providers.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.providers.ErrorKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusKindsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "400, BAD_REQUEST",
        "401, AUTHENTICATION",
        "402, AUTHENTICATION",
        "403, AUTHENTICATION",
        "404, NOT_FOUND",
        "408, TIMEOUT",
        "409, BAD_REQUEST",
        "413, BAD_REQUEST",
        "422, BAD_REQUEST",
        "429, RATE_LIMITED",
        "500, SERVER_ERROR",
        "502, SERVER_ERROR",
        "503, SERVER_ERROR",
        "504, SERVER_ERROR",
        "529, RATE_LIMITED",
        "599, SERVER_ERROR"
    })
    void classifiesStatuses(int status, ErrorKind kind) {
        assertThat(StatusKinds.forStatus(status)).isEqualTo(kind);
    }
}
