package io.vectort.support;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * A fake Render API for static sites: {@code GET /v1/owners}, {@code GET /v1/services?name=}
 * (lists as {@code [{service, cursor}]}), {@code POST /v1/services} (answers the service and the
 * deploy its creation started), {@code PATCH /v1/services/{id}}, {@code POST
 * /v1/services/{id}/deploys} and {@code GET /v1/services/{id}/deploys/{deployId}} (build_in_progress,
 * then live or build_failed). Errors use Render's body {@code {"id", "message"}}.
 */
public final class FakeRender extends FakeHost {

    public static final FakeRender HOST = new FakeRender();

    private final Map<String, Map<String, Object>> services = new ConcurrentHashMap<>();
    private final Map<String, Outcome> deployOutcomes = new ConcurrentHashMap<>();

    private FakeRender() {}

    /** The services one token created ({@code POST /v1/services} bodies). */
    public List<JsonNode> servicesCreatedBy(String token) {
        return requestsOf(token).stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/v1/services"))
                .map(FakeHost::json)
                .toList();
    }

    @Override
    protected Object error(int status, String code, String message) {
        return Map.of("id", code, "message", message);
    }

    @Override
    protected void handle(HttpExchange exchange, Request request, Outcome outcome) throws IOException {
        String method = request.method();
        String path = request.path();
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        if (method.equals("GET") && bare.equals("/v1/owners")) {
            reply(
                    exchange,
                    200,
                    List.of(Map.of(
                            "owner",
                            Map.of("id", "own_" + request.token().substring(4, 12), "name", "Test", "type", "user"),
                            "cursor",
                            "c1")));
        } else if (method.equals("GET") && bare.equals("/v1/services")) {
            String name = query(path, "name");
            reply(
                    exchange,
                    200,
                    services.values().stream()
                            .filter(s ->
                                    s.get("name").equals(name) && s.get("token").equals(request.token()))
                            .map(s -> Map.of("service", publicView(s), "cursor", "c1"))
                            .toList());
        } else if (method.equals("POST") && bare.equals("/v1/services")) {
            if (refused(exchange, request, outcome)) {
                return;
            }
            JsonNode body = json(request);
            if (!body.path("type").asString().equals("static_site")
                    || body.path("repo").asString().isEmpty()) {
                reply(exchange, 400, error(400, "invalid", "type static_site and repo are required"));
                return;
            }
            String id = "srv-" + shortId();
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("id", id);
            service.put("name", body.path("name").asString());
            service.put("type", "static_site");
            service.put("repo", body.path("repo").asString());
            service.put("branch", body.path("branch").asString());
            service.put("ownerId", body.path("ownerId").asString());
            service.put("token", request.token());
            service.put(
                    "serviceDetails",
                    Map.of(
                            "url", "https://" + body.path("name").asString() + ".onrender.com",
                            "buildCommand",
                                    body.path("serviceDetails")
                                            .path("buildCommand")
                                            .asString(),
                            "publishPath",
                                    body.path("serviceDetails")
                                            .path("publishPath")
                                            .asString()));
            services.put(id, service);
            String deployId = newDeploy(outcome);
            reply(exchange, 201, Map.of("service", publicView(service), "deployId", deployId));
        } else if (bare.matches("/v1/services/[^/]+")) {
            Map<String, Object> service = services.get(bare.substring("/v1/services/".length()));
            if (service == null) {
                reply(exchange, 404, error(404, "not-found", "service not found"));
                return;
            }
            if (method.equals("PATCH")) {
                JsonNode body = json(request);
                service.put("repo", body.path("repo").asString());
                service.put("branch", body.path("branch").asString());
            }
            reply(exchange, 200, publicView(service));
        } else if (method.equals("POST") && bare.matches("/v1/services/[^/]+/deploys")) {
            if (!services.containsKey(bare.split("/")[3])) {
                reply(exchange, 404, error(404, "not-found", "service not found"));
                return;
            }
            if (refused(exchange, request, outcome)) {
                return;
            }
            reply(exchange, 201, Map.of("id", newDeploy(outcome), "status", "created"));
        } else if (method.equals("GET") && bare.matches("/v1/services/[^/]+/deploys/[^/]+")) {
            String deployId = bare.split("/")[5];
            Outcome deployOutcome = deployOutcomes.get(deployId);
            if (deployOutcome == null) {
                reply(exchange, 404, error(404, "not-found", "deploy not found"));
                return;
            }
            int looks = poll(deployId);
            String status = looks < 2 || deployOutcome == Outcome.NEVER_READY
                    ? "build_in_progress"
                    : deployOutcome == Outcome.BUILD_ERROR ? "build_failed" : "live";
            reply(exchange, 200, Map.of("id", deployId, "status", status, "trigger", "api"));
        } else {
            reply(exchange, 404, error(404, "not-found", "not found"));
        }
    }

    private String newDeploy(Outcome outcome) {
        String id = "dep-" + shortId();
        deployOutcomes.put(id, outcome);
        return id;
    }

    private static Map<String, Object> publicView(Map<String, Object> service) {
        Map<String, Object> view = new LinkedHashMap<>(service);
        view.remove("token");
        return view;
    }

    private static String query(String path, String name) {
        if (!path.contains("?")) {
            return "";
        }
        for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }
}
