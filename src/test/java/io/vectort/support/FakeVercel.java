package io.vectort.support;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * A fake Vercel REST API: {@code POST /v2/files} (the body's SHA-1 must match {@code
 * x-vercel-digest}), {@code POST /v13/deployments} (refuses files it was not sent, with Vercel's
 * {@code missing_files} error), {@code GET /v13/deployments/{id}} (BUILDING, then READY or ERROR)
 * and {@code GET /v3/deployments/{id}/events} (the build log). Errors use Vercel's body {@code
 * {"error": {"code", "message"}}}; a bad token gets 403, as on Vercel.
 */
public final class FakeVercel extends FakeHost {

    public static final FakeVercel HOST = new FakeVercel();

    private final Set<String> uploaded = ConcurrentHashMap.newKeySet();
    private final Map<String, Map<String, Object>> deployments = new ConcurrentHashMap<>();
    private final Map<String, Outcome> deploymentOutcomes = new ConcurrentHashMap<>();

    private FakeVercel() {}

    /** The digests uploaded with {@code POST /v2/files} by one token, one entry per upload. */
    public List<String> uploadsOf(String token) {
        return requestsOf(token).stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/v2/files"))
                .map(r -> r.headers().get("X-vercel-digest").getFirst())
                .toList();
    }

    /** The bodies of {@code POST /v13/deployments} sent with one token. */
    public List<JsonNode> deploymentsOf(String token) {
        return requestsOf(token).stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/v13/deployments"))
                .map(FakeHost::json)
                .toList();
    }

    @Override
    protected int unauthorizedStatus() {
        return 403;
    }

    @Override
    protected Object error(int status, String code, String message) {
        return Map.of("error", Map.of("code", code, "message", message));
    }

    @Override
    protected void handle(HttpExchange exchange, Request request, Outcome outcome) throws IOException {
        String method = request.method();
        String path = request.path();
        if (method.equals("POST") && path.equals("/v2/files")) {
            String digest = exchange.getRequestHeaders().getFirst("x-vercel-digest");
            if (digest == null || !digest.equals(sha1(request.body()))) {
                reply(exchange, 400, error(400, "invalid_sha", "The file's SHA does not match x-vercel-digest"));
                return;
            }
            uploaded.add(request.token() + ":" + digest);
            reply(exchange, 200, Map.of("urls", List.of()));
        } else if (method.equals("POST") && path.equals("/v13/deployments")) {
            create(exchange, request, outcome);
        } else if (method.equals("GET") && path.startsWith("/v13/deployments/")) {
            Map<String, Object> deployment = deployments.get(path.substring("/v13/deployments/".length()));
            if (deployment == null) {
                reply(exchange, 404, error(404, "not_found", "Deployment not found"));
                return;
            }
            if (deploymentOutcomes.get(deployment.get("id")) == Outcome.POLL_RATE_LIMITED_ONCE
                    && failsNow(request, Outcome.SERVER_ERROR_ONCE)) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                reply(exchange, 429, error(429, "rate_limited", "Rate limit exceeded"));
                return;
            }
            reply(exchange, 200, advance(deployment));
        } else if (method.equals("GET") && path.startsWith("/v3/deployments/")) {
            reply(
                    exchange,
                    200,
                    List.of(
                            Map.of("type", "command", "created", 1, "text", "Running build"),
                            Map.of("type", "stderr", "created", 2, "text", "Error: Cannot find module 'react-dom'")));
        } else {
            reply(exchange, 404, error(404, "not_found", "The requested path was not found"));
        }
    }

    private void create(HttpExchange exchange, Request request, Outcome outcome) throws IOException {
        if (refused(exchange, request, outcome)) {
            return;
        }
        JsonNode body = json(request);
        List<String> missing = new ArrayList<>();
        for (JsonNode file : body.path("files")) {
            if (!uploaded.contains(request.token() + ":" + file.path("sha").asString())) {
                missing.add(file.path("sha").asString());
            }
        }
        if (!missing.isEmpty()) {
            reply(
                    exchange,
                    400,
                    Map.of("error", Map.of("code", "missing_files", "message", "Missing files", "missing", missing)));
            return;
        }
        String id = "dpl_" + shortId();
        String name = body.path("name").asString();
        Map<String, Object> deployment = new LinkedHashMap<>();
        deployment.put("id", id);
        deployment.put("name", name);
        deployment.put("url", name + "-" + id.substring(4, 10) + ".vercel.app");
        deployment.put("readyState", "QUEUED");
        deployment.put("target", body.path("target").asString());
        deployments.put(id, deployment);
        deploymentOutcomes.put(id, outcome);
        reply(exchange, 200, deployment);
    }

    private Map<String, Object> advance(Map<String, Object> deployment) {
        String id = (String) deployment.get("id");
        int looks = poll(id);
        Outcome outcome = deploymentOutcomes.get(id);
        if (looks < 2 || outcome == Outcome.NEVER_READY) {
            deployment.put("readyState", "BUILDING");
        } else if (outcome == Outcome.BUILD_ERROR) {
            deployment.put("readyState", "ERROR");
            deployment.put("errorCode", "BUILD_FAILED");
            deployment.put("errorMessage", "Command \"npm run build\" exited with 1");
        } else {
            deployment.put("readyState", "READY");
            deployment.put("alias", List.of(deployment.get("name") + ".vercel.app"));
        }
        return deployment;
    }
}
