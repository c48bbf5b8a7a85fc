package io.vectort.support;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * A fake Netlify API with the file digest flow: {@code POST /api/v1/sites}, {@code POST
 * /api/v1/sites/{site}/deploys} answering in {@code required} the SHA-1 of the files the site does
 * not have yet, {@code PUT /api/v1/deploys/{id}/files/{path}} (refuses a file that was not
 * required or whose content does not match), and {@code GET /api/v1/deploys/{id}} (uploading
 * while files are missing, then processing, then ready or error). Errors use Netlify's body
 * {@code {"code", "message"}}.
 */
public final class FakeNetlify extends FakeHost {

    public static final FakeNetlify HOST = new FakeNetlify();

    private final Map<String, Map<String, Object>> sites = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> siteFiles = new ConcurrentHashMap<>();
    private final Map<String, Deploy> deploys = new ConcurrentHashMap<>();

    private FakeNetlify() {}

    private record Deploy(String id, String siteId, Map<String, String> files, Set<String> required, Outcome outcome) {}

    /** The paths uploaded with {@code PUT /api/v1/deploys/{id}/files/...} by one token. */
    public List<String> uploadsOf(String token) {
        return requestsOf(token).stream()
                .filter(r -> r.method().equals("PUT"))
                .map(r -> URLDecoder.decode(
                        r.path().replaceFirst("^/api/v1/deploys/[^/]+/files", ""), StandardCharsets.UTF_8))
                .toList();
    }

    /** How many sites one token created. */
    public long sitesCreatedBy(String token) {
        return requestsOf(token).stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/api/v1/sites"))
                .count();
    }

    @Override
    protected Object error(int status, String code, String message) {
        return Map.of("code", status, "message", message);
    }

    @Override
    protected void handle(HttpExchange exchange, Request request, Outcome outcome) throws IOException {
        String method = request.method();
        String path = request.path();
        if (method.equals("POST") && path.equals("/api/v1/sites")) {
            String name = json(request).path("name").asString();
            String id = "site-" + shortId();
            Map<String, Object> site = new LinkedHashMap<>();
            site.put("id", id);
            site.put("name", name);
            site.put("url", "http://" + name + ".netlify.app");
            site.put("ssl_url", "https://" + name + ".netlify.app");
            sites.put(id, site);
            siteFiles.put(id, ConcurrentHashMap.newKeySet());
            reply(exchange, 201, site);
        } else if (method.equals("POST") && path.matches("/api/v1/sites/[^/]+/deploys")) {
            String siteId = path.split("/")[4];
            if (!sites.containsKey(siteId)) {
                reply(exchange, 404, error(404, "not_found", "Not Found"));
                return;
            }
            if (refused(exchange, request, outcome)) {
                return;
            }
            createDeploy(exchange, request, outcome, siteId);
        } else if (method.equals("PUT") && path.matches("/api/v1/deploys/[^/]+/files/.+")) {
            String id = path.split("/")[4];
            String file = "/" + URLDecoder.decode(path.substring(path.indexOf("/files/") + 7), StandardCharsets.UTF_8);
            Deploy deploy = deploys.get(id);
            String sha = sha1(request.body());
            if (deploy == null
                    || !sha.equals(deploy.files().get(file))
                    || !deploy.required().contains(sha)) {
                reply(
                        exchange,
                        422,
                        error(422, "unprocessable", "File " + file + " was not required or does not match"));
                return;
            }
            deploy.required().remove(sha);
            siteFiles.get(deploy.siteId()).add(sha);
            reply(exchange, 200, Map.of("id", file, "path", file, "sha", sha, "mime_type", "application/octet-stream"));
        } else if (method.equals("GET") && path.startsWith("/api/v1/deploys/")) {
            Deploy deploy = deploys.get(path.substring("/api/v1/deploys/".length()));
            if (deploy == null) {
                reply(exchange, 404, error(404, "not_found", "Not Found"));
                return;
            }
            reply(exchange, 200, view(deploy, state(deploy)));
        } else {
            reply(exchange, 404, error(404, "not_found", "Not Found"));
        }
    }

    private void createDeploy(HttpExchange exchange, Request request, Outcome outcome, String siteId)
            throws IOException {
        JsonNode files = json(request).path("files");
        Map<String, String> digest = new LinkedHashMap<>();
        Set<String> required = ConcurrentHashMap.newKeySet();
        for (Map.Entry<String, JsonNode> file : files.properties()) {
            String sha = file.getValue().asString();
            digest.put(file.getKey(), sha);
            if (!siteFiles.get(siteId).contains(sha)) {
                required.add(sha);
            }
        }
        Deploy deploy = new Deploy("dep" + shortId(), siteId, digest, required, outcome);
        deploys.put(deploy.id(), deploy);
        reply(exchange, 200, view(deploy, required.isEmpty() ? "prepared" : "uploading"));
    }

    private String state(Deploy deploy) {
        if (!deploy.required().isEmpty()) {
            return "uploading";
        }
        int looks = poll(deploy.id());
        if (looks < 2 || deploy.outcome() == Outcome.NEVER_READY) {
            return "processing";
        }
        return deploy.outcome() == Outcome.BUILD_ERROR ? "error" : "ready";
    }

    private Map<String, Object> view(Deploy deploy, String state) {
        String name = (String) sites.get(deploy.siteId()).get("name");
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", deploy.id());
        view.put("site_id", deploy.siteId());
        view.put("state", state);
        view.put("required", new ArrayList<>(deploy.required()));
        view.put("ssl_url", "https://" + name + ".netlify.app");
        view.put("deploy_ssl_url", "https://" + deploy.id() + "--" + name + ".netlify.app");
        if (state.equals("error")) {
            view.put("error_message", "Build script returned non-zero exit code: 2");
        }
        return view;
    }
}
