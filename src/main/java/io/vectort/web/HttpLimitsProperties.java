package io.vectort.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Request size limits, prefix {@code vectort.http}.
 *
 * @param maxBodySize the largest request body any endpoint outside {@code /v1} accepts (sign-in
 *     included); larger bodies are answered 413 before anything reads them
 * @param maxGatewayBodySize the largest request body of the OpenAI-compatible API under {@code /v1},
 *     whose prompts carry whole conversations and files
 */
@ConfigurationProperties("vectort.http")
public record HttpLimitsProperties(
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("32MB") DataSize maxGatewayBodySize) {

    public HttpLimitsProperties {
        if (maxBodySize.toBytes() < 1024 || maxGatewayBodySize.toBytes() < 1024) {
            throw new IllegalArgumentException("vectort.http.max-body-size (VECTORT_HTTP_MAX_BODY_SIZE) and"
                    + " vectort.http.max-gateway-body-size (VECTORT_HTTP_MAX_GATEWAY_BODY_SIZE) must be at least 1KB");
        }
        if (maxBodySize.toBytes() > Integer.MAX_VALUE - 8 || maxGatewayBodySize.toBytes() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("vectort.http body size limits must be below 2GB");
        }
    }

    long limitFor(String path) {
        return ErrorResponses.isGateway(path) ? maxGatewayBodySize.toBytes() : maxBodySize.toBytes();
    }
}
