package io.vectort.generation.deploy.vercel;

import io.vectort.generation.deploy.DeployFailedException;
import io.vectort.generation.deploy.DeployProperties;
import io.vectort.generation.deploy.DeployRequest;
import io.vectort.generation.deploy.DeployTarget;
import io.vectort.generation.deploy.HostApi;
import io.vectort.generation.deploy.Platform;
import io.vectort.generation.deploy.ProviderDeployment;
import io.vectort.generation.deploy.ProviderStatus;
import io.vectort.generation.deploy.Sha1;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Deploys to Vercel: every distinct file is uploaded once, named by its SHA-1 ({@code POST
 * /v2/files}), then one deployment lists them ({@code POST /v13/deployments}) and is polled
 * ({@code GET /v13/deployments/{id}}) until its {@code readyState} is READY, ERROR or CANCELED.
 * Vercel creates the project named in the deployment if the account has none of that name.
 */
@Component
class VercelTarget implements DeployTarget {

    private final HostApi api;

    VercelTarget(DeployProperties properties) {
        this.api = new HostApi("Vercel", properties.vercel().apiUrl(), VercelWire::errorMessage);
    }

    @Override
    public Platform platform() {
        return Platform.VERCEL;
    }

    @Override
    public ProviderDeployment start(DeployRequest request, Checkpoint checkpoint) {
        List<VercelWire.FileRef> refs = new ArrayList<>();
        Set<String> uploaded = new HashSet<>();
        for (Map.Entry<String, byte[]> file : request.files().entrySet()) {
            String sha = Sha1.hex(file.getValue());
            if (uploaded.add(sha)) {
                // Vercel keeps files by digest: a file it already has is accepted again at no cost.
                api.upload("POST", "/v2/files", request.token(), file.getValue(), Map.class, "x-vercel-digest", sha);
            }
            refs.add(new VercelWire.FileRef(file.getKey(), sha, file.getValue().length));
        }
        Map<String, @Nullable Object> settings = new HashMap<>();
        settings.put("framework", null);
        VercelWire.Deployment created = api.post(
                "/v13/deployments",
                request.token(),
                new VercelWire.CreateDeployment(request.siteName(), refs, settings, "production"),
                VercelWire.Deployment.class);
        if (created.id() == null) {
            throw new IllegalStateException("Vercel created a deployment without an id");
        }
        ProviderDeployment deployment = new ProviderDeployment(
                created.name() == null ? request.siteName() : created.name(), created.id(), https(created.url()));
        checkpoint.created(deployment);
        return deployment;
    }

    @Override
    public ProviderStatus poll(ProviderDeployment deployment, String token) {
        VercelWire.Deployment current =
                api.get("/v13/deployments/" + encode(deployment.deploymentId()), token, VercelWire.Deployment.class);
        String state = current.readyState() == null ? "QUEUED" : current.readyState();
        return switch (state) {
            case "READY" ->
                ProviderStatus.ready(publicUrl(current)
                        .or(deployment::url)
                        .orElse("https://" + deployment.siteId() + ".vercel.app"));
            case "ERROR" ->
                ProviderStatus.failed(
                        current.errorMessage() == null ? "The build failed on Vercel." : current.errorMessage(),
                        log(deployment, token));
            case "CANCELED" -> ProviderStatus.failed("The deployment was canceled on Vercel.", List.of());
            default -> ProviderStatus.building();
        };
    }

    /** The production alias when Vercel gives one (the stable URL), else the deployment's own. */
    private static Optional<String> publicUrl(VercelWire.Deployment deployment) {
        if (deployment.alias() != null && !deployment.alias().isEmpty()) {
            return https(deployment.alias().getFirst());
        }
        return https(deployment.url());
    }

    /** The build log; a failure to read it must not hide the build's own failure. */
    private List<String> log(ProviderDeployment deployment, String token) {
        VercelWire.Event[] events;
        try {
            events = api.get(
                    "/v3/deployments/" + encode(deployment.deploymentId()) + "/events?builds=1",
                    token,
                    VercelWire.Event[].class);
        } catch (DeployFailedException e) {
            return List.of("(the build log could not be read: " + e.getMessage() + ")");
        }
        List<String> lines = new ArrayList<>();
        for (VercelWire.Event event : events) {
            event.line().ifPresent(lines::add);
        }
        return lines;
    }

    /** Vercel answers host names without a scheme. */
    private static Optional<String> https(@Nullable String host) {
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(host.startsWith("http") ? host : "https://" + host);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8);
    }
}
