package io.vectort.generation.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.generation.project.Projects;
import io.vectort.generation.version.VersionStore;
import io.vectort.support.Api;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Projects with exactly the versions a push test needs, and pushes followed to their end. */
final class PushFixtures {

    private final Api api;
    private final Projects projects;
    private final VersionStore versions;
    private final TransactionTemplate transactions;

    PushFixtures(Api api, Projects projects, VersionStore versions, TransactionTemplate transactions) {
        this.api = api;
        this.projects = projects;
        this.versions = versions;
        this.transactions = transactions;
    }

    /** A project of the user's personal organisation. */
    UUID project(Api.Session user, String name) {
        Api.Response created = api.post("/api/v1/projects", user.token(), Map.of("name", name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    /** Stores version {@code number} with exactly {@code files}, as a generation would. */
    void version(UUID orgId, UUID projectId, int number, String summary, Map<String, String> files) {
        transactions.executeWithoutResult(tx -> {
            projects.lock(orgId, projectId);
            versions.create(
                    projectId,
                    number,
                    Optional.empty(),
                    number > 1 ? Optional.of(number - 1) : Optional.empty(),
                    summary,
                    files);
            projects.setCurrentVersion(projectId, number);
        });
    }

    Api.Response push(Api.Session user, UUID projectId, int version, Map<String, ?> body) {
        return api.post("/api/v1/projects/" + projectId + "/versions/" + version + "/push", user.token(), body);
    }

    /** Starts a push (202 expected) and waits until it has ended; answers the push as the API shows it. */
    JsonNode pushAndWait(Api.Session user, UUID projectId, int version, Map<String, ?> body) {
        Api.Response accepted = push(user, projectId, version, body);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        return await(user, projectId, accepted.json().get("id").asString());
    }

    JsonNode await(Api.Session user, UUID projectId, String pushId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode push;
        do {
            push = api.get("/api/v1/projects/" + projectId + "/pushes/" + pushId, user.token())
                    .json();
            if (Set.of("pushed", "failed").contains(push.get("status").asString())) {
                return push;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("push " + pushId + " has not ended: " + push);
    }
}
