package io.vectort.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an error in the format its path promises, for errors raised outside the controllers (the
 * servlet container, the firewall, filters): OpenAI's error JSON under {@code /v1}, RFC 9457
 * {@code application/problem+json} everywhere else. Clients of either API then parse every error
 * they can receive, whoever raised it.
 */
public final class ErrorResponses {

    private final JsonMapper json;

    public ErrorResponses(JsonMapper json) {
        this.json = json;
    }

    /** {@code /v1} is the OpenAI-compatible API; its clients expect OpenAI's error shape. */
    public static boolean isGateway(String path) {
        return path.equals("/v1") || path.startsWith("/v1/");
    }

    public void write(HttpServletResponse response, String path, HttpStatus status, String code, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(contentType(path));
        byte[] body = body(path, status, code, detail);
        response.setContentLength(body.length);
        OutputStream out;
        try {
            out = response.getOutputStream();
        } catch (IllegalStateException writerAlreadyUsed) {
            // Whoever failed took the writer; the body is ASCII-safe JSON either way.
            response.getWriter().write(new String(body, StandardCharsets.UTF_8));
            response.getWriter().flush();
            return;
        }
        out.write(body);
        out.flush();
    }

    static String contentType(String path) {
        return isGateway(path) ? MediaType.APPLICATION_JSON_VALUE : MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    }

    byte[] body(String path, HttpStatus status, String code, String detail) {
        if (isGateway(path)) {
            return json.writeValueAsBytes(openAiError(status, code, detail));
        }
        return json.writeValueAsBytes(Problems.of(status, code, detail));
    }

    private static ObjectNode openAiError(HttpStatus status, String code, String message) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", message);
        error.put("type", status.is5xxServerError() ? "api_error" : "invalid_request_error");
        error.putNull("param");
        error.put("code", code.replace('-', '_'));
        return root;
    }
}
