package io.vectort.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Organisations with something in them, for tests of what deleting them does: members, a project
 * whose version was exported (so its blobs exist), a Stripe subscription. {@code org} null means
 * the user's personal organisation.
 */
public final class TeamFixtures {

    /** Where the filesystem blob store of the test nodes lives. */
    public static final Path BLOBS = TestDirs.BLOBS;

    private final Api api;
    private final JdbcClient jdbc;

    public TeamFixtures(Api api, JdbcClient jdbc) {
        this.api = api;
        this.jdbc = jdbc;
    }

    public UUID team(Api.Session owner, String name) {
        Api.Response created = api.post("/api/v1/orgs", owner.token(), Map.of("name", name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    /** Adds a member directly (invitations are not what these tests are about). */
    public void join(UUID org, Api.Session user, String role) {
        jdbc.sql("insert into memberships (org_id, user_id, role) values (:org, :user, :role)")
                .param("org", org)
                .param("user", user.userId())
                .param("role", role)
                .update();
    }

    /** A project with one version, exported to the blob store; returns the project's id. */
    public String exportedProject(Api.Session user, @Nullable UUID org, String name) {
        String[] header = header(org);
        String project = api.send("POST", "/api/v1/projects", user.token(), Map.of("name", name), header)
                .json()
                .get("id")
                .asString();
        Api.Response submitted = api.send(
                "POST",
                "/api/v1/projects/" + project + "/generate",
                user.token(),
                Generations.request("First", "test-chunky"),
                header);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String generation = submitted.json().get("id").asString();
        Instant deadline = Instant.now().plusSeconds(60);
        String status;
        do {
            pause();
            status = api.send("GET", "/api/v1/generations/" + generation, user.token(), null, header)
                    .json()
                    .get("status")
                    .asString();
        } while (!status.equals("succeeded") && Instant.now().isBefore(deadline));
        assertThat(status).isEqualTo("succeeded");
        Api.Response exported =
                api.send("POST", "/api/v1/projects/" + project + "/export/zip", user.token(), null, header);
        assertThat(exported.status()).as(exported.body()).isEqualTo(200);
        assertThat(BLOBS.resolve(projectPrefix(org == null ? user.userId() : org, project)))
                .isDirectory();
        return project;
    }

    /** Gives the organisation's billing account a Stripe subscription; returns its id. */
    public String subscribe(Api.Session user, @Nullable UUID org) {
        assertThat(api.send("GET", "/api/v1/billing/balance", user.token(), null, header(org))
                        .status())
                .isEqualTo(200);
        String subscription = "sub_test_" + UUID.randomUUID().toString().replace("-", "");
        int updated = jdbc.sql("update billing_accounts set stripe_subscription_id = :s where org_id = :org")
                .param("s", subscription)
                .param("org", org == null ? user.userId() : org)
                .update();
        assertThat(updated).isEqualTo(1);
        return subscription;
    }

    /** The blob prefix that holds everything a project exported. */
    public static String projectPrefix(UUID org, String project) {
        return "users/" + org + "/projects/" + project + "/";
    }

    /** True when the project's blobs are gone, or queued in the deletion outbox. */
    public boolean blobsDeletedOrQueued(UUID org, String project) {
        String prefix = projectPrefix(org, project);
        long queued = jdbc.sql("select count(*) from blob_deletions where prefix = :p")
                .param("p", prefix)
                .query(Long.class)
                .single();
        return queued > 0 || !Files.exists(BLOBS.resolve(prefix));
    }

    private static String[] header(@Nullable UUID org) {
        return org == null ? new String[0] : new String[] {"Vectort-Organization", org.toString()};
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
