package io.vectort.generation.deploy.vercel;

import io.vectort.generation.deploy.HostApi;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Vercel's REST shapes, as far as Vectort uses them. */
final class VercelWire {

    private VercelWire() {}

    /** One entry of {@code files} in {@code POST /v13/deployments}. */
    record FileRef(String file, String sha, long size) {}

    /**
     * The body of {@code POST /v13/deployments}. {@code framework: null} makes Vercel serve the
     * files as they are: Vectort uploads output that is already built.
     */
    record CreateDeployment(
            String name, List<FileRef> files, Map<String, @Nullable Object> projectSettings, String target) {}

    /** A deployment, from {@code POST /v13/deployments} and {@code GET /v13/deployments/{id}}. */
    record Deployment(
            @Nullable String id,
            @Nullable String url,
            @Nullable String readyState,
            @Nullable String name,
            @Nullable String errorCode,
            @Nullable String errorMessage,
            @Nullable List<String> alias) {}

    /** One event of {@code GET /v3/deployments/{id}/events}: a build log line. */
    record Event(
            @Nullable String type,
            @Nullable String text,
            @Nullable Map<String, Object> payload) {

        Optional<String> line() {
            if (text != null) {
                return Optional.of(text);
            }
            return payload != null && payload.get("text") instanceof String t ? Optional.of(t) : Optional.empty();
        }
    }

    /** Vercel's error body: {@code {"error": {"code": "...", "message": "..."}}}. */
    static Optional<String> errorMessage(JsonNode body) {
        return HostApi.text(body.path("error").path("message"));
    }
}
