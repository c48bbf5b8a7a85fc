package io.vectort.assistant.web;

import io.vectort.assistant.agent.tools.Step;
import io.vectort.assistant.conversations.ExchangeListener;
import io.vectort.assistant.conversations.Message;
import io.vectort.assistant.web.ConversationViews.MessageView;
import io.vectort.assistant.web.ConversationViews.StepView;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams an exchange as server-sent events: {@code message} (the user's, stored), {@code delta}
 * (the next piece of the reply), {@code step} (a tool that ran), {@code reply} (the stored reply).
 * The response starts with the first event, so a refusal before it (400, 404, 409) is still an
 * ordinary problem response. A client that goes away stops the writing, never the turn.
 */
final class ExchangeStream implements ExchangeListener {

    private final HttpServletResponse response;
    private final JsonMapper json;
    private boolean started;
    private boolean gone;

    ExchangeStream(HttpServletResponse response, JsonMapper json) {
        this.response = response;
        this.json = json;
    }

    @Override
    public void sent(Message message) {
        event("message", MessageView.from(message));
    }

    @Override
    public void delta(String text) {
        event("delta", Map.of("text", text));
    }

    @Override
    public void step(Step step) {
        event("step", StepView.from(step));
    }

    void reply(Message reply) {
        event("reply", MessageView.from(reply));
    }

    private void event(String name, Object data) {
        if (gone) {
            return;
        }
        try {
            OutputStream out = start();
            out.write(("event: " + name + "\ndata: ").getBytes(StandardCharsets.UTF_8));
            out.write(json.writeValueAsBytes(data));
            out.write("\n\n".getBytes(StandardCharsets.UTF_8));
            response.flushBuffer();
        } catch (IOException e) {
            gone = true;
        }
    }

    private OutputStream start() throws IOException {
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
