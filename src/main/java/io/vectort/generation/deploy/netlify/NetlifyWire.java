package io.vectort.generation.deploy.netlify;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.vectort.generation.deploy.HostApi;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Netlify's REST shapes, as far as Vectort uses them. */
final class NetlifyWire {

    private NetlifyWire() {}

    /** The body of {@code POST /api/v1/sites}. */
    record CreateSite(String name) {}

    record Site(
            @Nullable String id,
            @Nullable String name,
            @JsonProperty("ssl_url") @Nullable String sslUrl,
            @Nullable String url) {}

    /** The body of {@code POST /api/v1/sites/{site}/deploys}: every file's path and SHA-1. */
    record CreateDeploy(Map<String, String> files) {}

    /**
     * A deploy. {@code required} lists the SHA-1 of the files Netlify does not have yet: only those
     * are uploaded.
     */
    record Deploy(
            @Nullable String id,
            @JsonProperty("site_id") @Nullable String siteId,
            @Nullable String state,
            @Nullable List<String> required,
            @JsonProperty("ssl_url") @Nullable String sslUrl,
            @JsonProperty("deploy_ssl_url") @Nullable String deploySslUrl,
            @JsonProperty("error_message") @Nullable String errorMessage) {}

    /** Netlify's error body: {@code {"code": 401, "message": "..."}}. */
    static Optional<String> errorMessage(JsonNode body) {
        return HostApi.text(body.path("message"));
    }
}
