package io.vectort.generation.deploy.netlify;

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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Deploys to Netlify with its file digest API: the site is created when the project has none
 * there yet, a deploy lists every file's SHA-1, Netlify answers which ones it lacks ({@code
 * required}) and only those are uploaded; the deploy is then polled until {@code ready} or {@code
 * error}.
 */
@Component
class NetlifyTarget implements DeployTarget {

    private final HostApi api;

    NetlifyTarget(DeployProperties properties) {
        this.api = new HostApi("Netlify", properties.netlify().apiUrl(), NetlifyWire::errorMessage);
    }

    @Override
    public Platform platform() {
        return Platform.NETLIFY;
    }

    @Override
    public ProviderDeployment start(DeployRequest request, Checkpoint checkpoint) {
        Map<String, String> digest = new LinkedHashMap<>();
        request.files().forEach((path, content) -> digest.put("/" + path, Sha1.hex(content)));
        NetlifyWire.Deploy deploy = createDeploy(request, digest);
        String siteId = deploy.siteId() == null ? request.existingSiteId().orElse("") : deploy.siteId();
        if (deploy.id() == null) {
            throw new IllegalStateException("Netlify created a deploy without an id");
        }
        ProviderDeployment created = new ProviderDeployment(siteId, deploy.id(), url(deploy));
        checkpoint.created(created);
        Set<String> required = new HashSet<>(deploy.required() == null ? List.of() : deploy.required());
        for (Map.Entry<String, byte[]> file : request.files().entrySet()) {
            // Netlify asks for each missing digest once, whatever the number of paths that share it.
            if (required.remove(Sha1.hex(file.getValue()))) {
                api.upload(
                        "PUT",
                        "/api/v1/deploys/" + encode(deploy.id()) + "/files/" + encodePath(file.getKey()),
                        request.token(),
                        file.getValue(),
                        Map.class);
            }
        }
        return created;
    }

    private NetlifyWire.Deploy createDeploy(DeployRequest request, Map<String, String> digest) {
        if (request.existingSiteId().isPresent()) {
            try {
                return api.post(
                        "/api/v1/sites/" + encode(request.existingSiteId().get()) + "/deploys",
                        request.token(),
                        new NetlifyWire.CreateDeploy(digest),
                        NetlifyWire.Deploy.class);
            } catch (DeployFailedException e) {
                // The site was deleted on Netlify, or belongs to another account: make a new one.
                if (!e.code().equals("provider-refused")) {
                    throw e;
                }
            }
        }
        NetlifyWire.Site site = api.post(
                "/api/v1/sites",
                request.token(),
                new NetlifyWire.CreateSite(request.siteName()),
                NetlifyWire.Site.class);
        if (site.id() == null) {
            throw new IllegalStateException("Netlify created a site without an id");
        }
        return api.post(
                "/api/v1/sites/" + encode(site.id()) + "/deploys",
                request.token(),
                new NetlifyWire.CreateDeploy(digest),
                NetlifyWire.Deploy.class);
    }

    @Override
    public ProviderStatus poll(ProviderDeployment deployment, String token) {
        NetlifyWire.Deploy current =
                api.get("/api/v1/deploys/" + encode(deployment.deploymentId()), token, NetlifyWire.Deploy.class);
        String state = current.state() == null ? "new" : current.state();
        return switch (state) {
            case "ready" ->
                ProviderStatus.ready(url(current).or(deployment::url).orElse(""));
            case "error" ->
                ProviderStatus.failed(
                        current.errorMessage() == null ? "The deploy failed on Netlify." : current.errorMessage(),
                        current.errorMessage() == null ? List.of() : List.of(current.errorMessage()));
            default -> ProviderStatus.building();
        };
    }

    /** The site's address (stable across deploys), else this deploy's own. */
    private static Optional<String> url(NetlifyWire.Deploy deploy) {
        return Optional.ofNullable(nonBlank(deploy.sslUrl()))
                .or(() -> Optional.ofNullable(nonBlank(deploy.deploySslUrl())));
    }

    private static @Nullable String nonBlank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String encodePath(String path) {
        StringBuilder encoded = new StringBuilder();
        for (String segment : path.split("/")) {
            if (!encoded.isEmpty()) {
                encoded.append('/');
            }
            encoded.append(encode(segment));
        }
        return encoded.toString();
    }
}
