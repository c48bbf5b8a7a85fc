package io.vectort.generation.deploy.render;

import io.vectort.generation.deploy.DeployFailedException;
import io.vectort.generation.deploy.DeployProperties;
import io.vectort.generation.deploy.DeployRequest;
import io.vectort.generation.deploy.DeployTarget;
import io.vectort.generation.deploy.HostApi;
import io.vectort.generation.deploy.Platform;
import io.vectort.generation.deploy.ProviderDeployment;
import io.vectort.generation.deploy.ProviderStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Deploys a static site on Render. Render builds from a Git repository, not from uploaded files:
 * the service ({@code type: static_site}) points at the project's pushed repository, is found by
 * name or created (which starts its first deploy), updated when the repository changed, and
 * otherwise a deploy is triggered; the deploy is polled until live or failed.
 */
@Component
class RenderTarget implements DeployTarget {

    private final HostApi api;

    RenderTarget(DeployProperties properties) {
        this.api = new HostApi("Render", properties.render().apiUrl(), RenderWire::errorMessage);
    }

    @Override
    public Platform platform() {
        return Platform.RENDER;
    }

    @Override
    public ProviderDeployment start(DeployRequest request, Checkpoint checkpoint) {
        String repository = request.repository()
                .orElseThrow(() -> new DeployFailedException(
                        "render-needs-repository",
                        "Render builds sites from a Git repository: push the project first, then deploy with its repository.",
                        false,
                        Optional.empty()));
        RenderWire.StaticSiteDetails build = request.builds()
                ? new RenderWire.StaticSiteDetails(null, "npm install && npm run build", "dist")
                : new RenderWire.StaticSiteDetails(null, "", ".");
        Optional<RenderWire.Service> existing = find(request);
        String serviceId;
        String deployId;
        if (existing.isEmpty()) {
            RenderWire.CreatedService created = api.post(
                    "/v1/services",
                    request.token(),
                    new RenderWire.CreateService(
                            "static_site",
                            request.siteName(),
                            ownerId(request.token()),
                            repository,
                            request.branch(),
                            "no",
                            build),
                    RenderWire.CreatedService.class);
            serviceId = Objects.requireNonNull(created.service(), "Render created no service")
                    .id();
            deployId = created.deployId();
            if (deployId == null) {
                deployId = trigger(Objects.requireNonNull(serviceId), request.token());
            }
        } else {
            serviceId = existing.get().id();
            if (!repository.equals(existing.get().repo())
                    || !request.branch().equals(existing.get().branch())) {
                api.patch(
                        "/v1/services/" + encode(Objects.requireNonNull(serviceId)),
                        request.token(),
                        new RenderWire.UpdateService(repository, request.branch(), build),
                        RenderWire.Service.class);
            }
            deployId = trigger(Objects.requireNonNull(serviceId), request.token());
        }
        ProviderDeployment deployment =
                new ProviderDeployment(Objects.requireNonNull(serviceId), deployId, Optional.empty());
        checkpoint.created(deployment);
        return deployment;
    }

    @Override
    public ProviderStatus poll(ProviderDeployment deployment, String token) {
        String service = "/v1/services/" + encode(deployment.siteId());
        RenderWire.Deploy current =
                api.get(service + "/deploys/" + encode(deployment.deploymentId()), token, RenderWire.Deploy.class);
        String status = current.status() == null ? "created" : current.status();
        return switch (status) {
            case "live" ->
                ProviderStatus.ready(
                        url(api.get(service, token, RenderWire.Service.class)).orElse(""));
            case "build_failed", "update_failed", "pre_deploy_failed" ->
                ProviderStatus.failed(
                        "Render reports " + status + ": the build of the repository failed.",
                        List.of("Render's build log is on the service's page in the Render dashboard."));
            case "canceled", "deactivated" ->
                ProviderStatus.failed("Render reports the deploy " + status + ".", List.of());
            default -> ProviderStatus.building();
        };
    }

    /** The service of this project: the one an earlier deployment used, else the one of that name. */
    private Optional<RenderWire.Service> find(DeployRequest request) {
        if (request.existingSiteId().isPresent()) {
            try {
                return Optional.of(api.get(
                        "/v1/services/" + encode(request.existingSiteId().get()),
                        request.token(),
                        RenderWire.Service.class));
            } catch (DeployFailedException e) {
                if (!e.code().equals("provider-refused")) {
                    throw e;
                }
            }
        }
        RenderWire.ServiceItem[] named = api.get(
                "/v1/services?type=static_site&limit=20&name=" + encode(request.siteName()),
                request.token(),
                RenderWire.ServiceItem[].class);
        for (RenderWire.ServiceItem item : named) {
            if (item.service() != null
                    && request.siteName().equals(item.service().name())) {
                return Optional.of(item.service());
            }
        }
        return Optional.empty();
    }

    private String trigger(String serviceId, String token) {
        RenderWire.Deploy deploy = api.post(
                "/v1/services/" + encode(serviceId) + "/deploys",
                token,
                new RenderWire.TriggerDeploy("do_not_clear"),
                RenderWire.Deploy.class);
        return Objects.requireNonNull(deploy.id(), "Render started a deploy without an id");
    }

    /** The workspace the token belongs to: a new service needs one. */
    private String ownerId(String token) {
        RenderWire.OwnerItem[] owners = api.get("/v1/owners?limit=1", token, RenderWire.OwnerItem[].class);
        if (owners.length == 0 || owners[0].owner() == null || owners[0].owner().id() == null) {
            throw new DeployFailedException(
                    "provider-refused",
                    "Render shows no workspace for this API key, so no service can be created.",
                    false,
                    Optional.empty());
        }
        return owners[0].owner().id();
    }

    private static Optional<String> url(RenderWire.Service service) {
        return service.serviceDetails() == null
                ? Optional.empty()
                : Optional.ofNullable(service.serviceDetails().url());
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8);
    }
}
