package io.vectort.gateway.web;

import io.vectort.gateway.OpenAiError;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes {@link OpenAiError}s as OpenAI does: {@code {"error": {...}}} with the right status. */
final class OpenAiErrorWriter {

    private final JsonMapper json;

    OpenAiErrorWriter(JsonMapper json) {
        this.json = json;
    }

    static ObjectNode body(OpenAiError error) {
        ObjectNode root = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        ObjectNode body = root.putObject("error");
        body.put("message", error.getMessage()).put("type", error.type());
        error.param().ifPresentOrElse(p -> body.put("param", p), () -> body.putNull("param"));
        error.code().ifPresentOrElse(c -> body.put("code", c), () -> body.putNull("code"));
        return root;
    }

    void write(HttpServletResponse response, OpenAiError error) throws IOException {
        response.setStatus(error.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        error.retryAfterSeconds().ifPresent(s -> response.setHeader("Retry-After", Long.toString(s)));
        json.writeValue(response.getOutputStream(), body(error));
    }
}
