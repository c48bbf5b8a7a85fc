package io.vectort.gateway.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an OpenAI-style event stream ({@code data: {...}} lines, then {@code data: [DONE]}). The
 * response is committed with the first event, so a failure before any output can still be answered
 * with a normal error status. A write that fails (the client left) is thrown unchecked, which makes
 * the provider abort the upstream call.
 */
final class SseWriter {

    private static final byte[] DATA = "data: ".getBytes(StandardCharsets.UTF_8);
    private static final byte[] END = "\n\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DONE = "data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8);

    private final HttpServletResponse response;
    private final JsonMapper json;
    private boolean started;

    SseWriter(HttpServletResponse response, JsonMapper json) {
        this.response = response;
        this.json = json;
    }

    boolean started() {
        return started;
    }

    void event(ObjectNode data) {
        try {
            ServletOutputStream out = start();
            out.write(DATA);
            out.write(json.writeValueAsBytes(data));
            out.write(END);
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException("the client closed the stream", e);
        }
    }

    void done() {
        try {
            start().write(DONE);
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException("the client closed the stream", e);
        }
    }

    private ServletOutputStream start() throws IOException {
        if (!started) {
            started = true;
            response.setStatus(200);
            response.setContentType("text/event-stream");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-cache");
            response.setHeader("X-Accel-Buffering", "no");
        }
        return response.getOutputStream();
    }
}
