package io.vectort.generation.deploy.render;

import io.vectort.generation.deploy.HostApi;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Render's REST shapes, as far as Vectort uses them. Lists come as {@code [{cursor, <item>}]}. */
final class RenderWire {

    private RenderWire() {}

    record Owner(
            @Nullable String id,
            @Nullable String name,
            @Nullable String type) {}

    record OwnerItem(@Nullable Owner owner, @Nullable String cursor) {}

    record StaticSiteDetails(
            @Nullable String url,
            @Nullable String buildCommand,
            @Nullable String publishPath) {}

    record Service(
            @Nullable String id,
            @Nullable String name,
            @Nullable String type,
            @Nullable String repo,
            @Nullable String branch,
            @Nullable String dashboardUrl,
            @Nullable StaticSiteDetails serviceDetails) {}

    record ServiceItem(@Nullable Service service, @Nullable String cursor) {}

    /** The body of {@code POST /v1/services} for a static site. */
    record CreateService(
            String type,
            String name,
            String ownerId,
            String repo,
            String branch,
            String autoDeploy,
            StaticSiteDetails serviceDetails) {}

    /** The body of {@code PATCH /v1/services/{id}} when the repository or the build changed. */
    record UpdateService(String repo, String branch, StaticSiteDetails serviceDetails) {}

    /** {@code POST /v1/services} answers the service and the deploy its creation started. */
    record CreatedService(
            @Nullable Service service, @Nullable String deployId) {}

    record TriggerDeploy(String clearCache) {}

    /**
     * A deploy; {@code status} is one of created, build_in_progress, update_in_progress, live,
     * deactivated, build_failed, update_failed, canceled, pre_deploy_in_progress, pre_deploy_failed.
     */
    record Deploy(@Nullable String id, @Nullable String status) {}

    /** Render's error body: {@code {"id": "...", "message": "..."}}. */
    static Optional<String> errorMessage(JsonNode body) {
        return HostApi.text(body.path("message"));
    }
}
