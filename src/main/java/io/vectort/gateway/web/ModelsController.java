package io.vectort.gateway.web;

import io.swagger.v3.oas.annotations.Hidden;
import io.vectort.identity.KeyLimits;
import io.vectort.providers.Deployment;
import io.vectort.providers.DeploymentRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /v1/models}: aliases, deployments and their models, and automatic routing; for a key
 * limited to some models, only those of them that exist.
 */
@Hidden
@RestController
class ModelsController {

    private final DeploymentRegistry registry;
    private final long startedAt = java.time.Instant.now().getEpochSecond();

    ModelsController(DeploymentRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/v1/models")
    ObjectNode models() {
        Map<String, String> owners = new LinkedHashMap<>();
        if (!registry.isEmpty()) {
            owners.put("auto", "vectort");
        }
        registry.aliases().keySet().forEach(alias -> owners.put(alias, "vectort"));
        for (Deployment d : registry.deployments()) {
            owners.putIfAbsent(d.name(), d.provider());
            owners.putIfAbsent(d.model(), d.provider());
        }
        owners.put(EmbeddingsController.BUNDLED_MODEL, "vectort");
        KeyLimits limits = ApiKeyAuthentication.current().limits();
        owners.keySet().removeIf(model -> !limits.allows(model));
        ObjectNode root = JsonNodeFactory.instance.objectNode().put("object", "list");
        ArrayNode data = root.putArray("data");
        owners.forEach((id, owner) -> data.addObject()
                .put("id", id)
                .put("object", "model")
                .put("created", startedAt)
                .put("owned_by", owner));
        return root;
    }
}
