package io.vectort.generation.push;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of {@code project_pushes}. A push's token is erased in the same statement that ends it. */
@Component
class PushStore {

    /** What the job needs beyond the view: the sealed token and what it already resolved. */
    record Work(
            Push push,
            String authorEmail,
            @Nullable String sealedToken,
            @Nullable String createRepositoryJson,
            @Nullable String resolvedUrl,
            @Nullable String baseBranch) {}

    private final JdbcClient jdbc;

    PushStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            UUID id,
            UUID orgId,
            UUID projectId,
            int version,
            UUID userId,
            String authorEmail,
            StartPush request,
            @Nullable String sealedToken,
            @Nullable String createRepositoryJson) {
        jdbc.sql("""
                        insert into project_pushes (id, org_id, project_id, version, user_id, author_email, remote_url,
                            github_repository, create_repository, branch, pull_request, token_sealed, status)
                        values (:id, :org, :project, :version, :user, :email, :remote, :github,
                            cast(:create as jsonb), :branch, :pr, :token, 'queued')""")
                .param("id", id)
                .param("org", orgId)
                .param("project", projectId)
                .param("version", version)
                .param("user", userId)
                .param("email", authorEmail)
                .param("remote", request.remoteUrl().orElse(null))
                .param("github", request.githubRepository().orElse(null))
                .param("create", createRepositoryJson)
                .param("branch", request.branch().orElse(null))
                .param("pr", request.pullRequest())
                .param("token", sealedToken)
                .update();
    }

    Optional<Push> find(UUID orgId, UUID projectId, UUID id) {
        return jdbc.sql("select * from project_pushes where id = :id and org_id = :org and project_id = :project")
                .param("id", id)
                .param("org", orgId)
                .param("project", projectId)
                .query(PushStore::push)
                .optional();
    }

    List<Push> list(UUID orgId, UUID projectId, int limit) {
        return jdbc.sql("""
                        select * from project_pushes where org_id = :org and project_id = :project
                        order by created_at desc, id limit :limit""")
                .param("org", orgId)
                .param("project", projectId)
                .param("limit", limit)
                .query(PushStore::push)
                .list();
    }

    List<UUID> idsByProject(UUID projectId) {
        return jdbc.sql("select id from project_pushes where project_id = :project")
                .param("project", projectId)
                .query(UUID.class)
                .list();
    }

    Optional<Work> work(UUID id) {
        return jdbc.sql("select *, create_repository::text as create_json from project_pushes where id = :id")
                .param("id", id)
                .query((row, n) -> new Work(
                        push(row, n),
                        row.getString("author_email"),
                        row.getString("token_sealed"),
                        row.getString("create_json"),
                        row.getString("resolved_url"),
                        row.getString("base_branch")))
                .optional();
    }

    void markRunning(UUID id) {
        jdbc.sql("update project_pushes set status = 'running' where id = :id and status in ('queued', 'running')")
                .param("id", id)
                .update();
    }

    void resolved(UUID id, String url, String baseBranch, String repository) {
        jdbc.sql("""
                        update project_pushes set resolved_url = :url, base_branch = :base, github_repository = :repo
                        where id = :id""")
                .param("id", id)
                .param("url", url)
                .param("base", baseBranch)
                .param("repo", repository)
                .update();
    }

    /** Ends a push as pushed; a pull request that could not be opened is kept as its error. */
    boolean pushed(
            UUID id,
            String branch,
            String commitSha,
            @Nullable String pullRequestUrl,
            @Nullable String warningCode,
            @Nullable String warning) {
        return jdbc.sql("""
                                update project_pushes set status = 'pushed', pushed_branch = :branch, commit_sha = :sha,
                                    pull_request_url = :pr, error_code = :code, error_message = :message,
                                    token_sealed = null, finished_at = :now
                                where id = :id and status in ('queued', 'running')""")
                        .param("id", id)
                        .param("branch", branch)
                        .param("sha", commitSha)
                        .param("pr", pullRequestUrl)
                        .param("code", warningCode)
                        .param("message", warning)
                        .param("now", Timestamp.from(Instant.now()))
                        .update()
                > 0;
    }

    boolean failed(UUID id, String code, String message) {
        return jdbc.sql("""
                                update project_pushes set status = 'failed', error_code = :code, error_message = :message,
                                    token_sealed = null, finished_at = :now
                                where id = :id and status in ('queued', 'running')""")
                        .param("id", id)
                        .param("code", code)
                        .param("message", message)
                        .param("now", Timestamp.from(Instant.now()))
                        .update()
                > 0;
    }

    private static Push push(ResultSet row, int n) throws SQLException {
        Timestamp finished = row.getTimestamp("finished_at");
        return new Push(
                row.getObject("id", UUID.class),
                row.getObject("org_id", UUID.class),
                row.getObject("project_id", UUID.class),
                row.getInt("version"),
                Optional.ofNullable(row.getString("remote_url")),
                Optional.ofNullable(row.getString("github_repository")),
                Optional.ofNullable(row.getString("branch")),
                row.getBoolean("pull_request"),
                PushStatus.parse(row.getString("status")),
                Optional.ofNullable(row.getString("pushed_branch")),
                Optional.ofNullable(row.getString("commit_sha")),
                Optional.ofNullable(row.getString("pull_request_url")),
                Optional.ofNullable(row.getString("error_code")),
                Optional.ofNullable(row.getString("error_message")),
                row.getTimestamp("created_at").toInstant(),
                Optional.ofNullable(finished).map(Timestamp::toInstant));
    }
}
