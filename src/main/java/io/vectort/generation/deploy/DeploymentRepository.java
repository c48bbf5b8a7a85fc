package io.vectort.generation.deploy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code deployments} table. Every read by the API is scoped to the owning organisation. */
@Repository
class DeploymentRepository {

    private final JdbcClient jdbc;

    DeploymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewDeployment(
            UUID id,
            UUID orgId,
            UUID projectId,
            int version,
            Platform platform,
            String kind,
            String siteName,
            Optional<String> repository,
            String branch,
            Optional<String> sealedToken,
            Optional<UUID> sourceId,
            UUID createdBy,
            String createdByEmail) {}

    Deployment insert(NewDeployment d) {
        return jdbc.sql("""
                        insert into deployments (id, org_id, project_id, version, platform, kind, status, site_name,
                            repository, branch, sealed_token, source_id, created_by, created_by_email)
                        values (:id, :org, :project, :version, :platform, :kind, 'queued', :site, :repository, :branch,
                            :token, :source, :by, :email)
                        returning *""")
                .param("id", d.id())
                .param("org", d.orgId())
                .param("project", d.projectId())
                .param("version", d.version())
                .param("platform", d.platform().wireName())
                .param("kind", d.kind())
                .param("site", d.siteName())
                .param("repository", d.repository().orElse(null))
                .param("branch", d.branch())
                .param("token", d.sealedToken().orElse(null))
                .param("source", d.sourceId().orElse(null))
                .param("by", d.createdBy())
                .param("email", d.createdByEmail())
                .query(DeploymentRepository::map)
                .single();
    }

    Optional<Deployment> find(UUID orgId, UUID projectId, UUID id) {
        return jdbc.sql("select * from deployments where id = :id and project_id = :project and org_id = :org")
                .param("id", id)
                .param("project", projectId)
                .param("org", orgId)
                .query(DeploymentRepository::map)
                .optional();
    }

    Optional<Deployment> find(UUID id) {
        return jdbc.sql("select * from deployments where id = :id")
                .param("id", id)
                .query(DeploymentRepository::map)
                .optional();
    }

    /** Locks the row until the transaction ends: one status change at a time. */
    Optional<Deployment> lock(UUID id) {
        return jdbc.sql("select * from deployments where id = :id for update")
                .param("id", id)
                .query(DeploymentRepository::map)
                .optional();
    }

    List<Deployment> list(UUID orgId, UUID projectId, int limit) {
        return jdbc.sql("""
                        select * from deployments where project_id = :project and org_id = :org
                        order by created_at desc, id desc limit :limit""")
                .param("project", projectId)
                .param("org", orgId)
                .param("limit", limit)
                .query(DeploymentRepository::map)
                .list();
    }

    List<UUID> idsOfProject(UUID projectId) {
        return jdbc.sql("select id from deployments where project_id = :project")
                .param("project", projectId)
                .query(UUID.class)
                .list();
    }

    /** The host's site an earlier deployment of the project used there, so that it is reused. */
    Optional<String> lastSiteId(UUID projectId, Platform platform, String siteName) {
        return jdbc.sql("""
                        select provider_site_id from deployments
                        where project_id = :project and platform = :platform and site_name = :site
                          and provider_site_id is not null
                        order by created_at desc limit 1""")
                .param("project", projectId)
                .param("platform", platform.wireName())
                .param("site", siteName)
                .query(String.class)
                .optional();
    }

    Optional<String> sealedToken(UUID id) {
        return jdbc.sql("select sealed_token from deployments where id = :id")
                .param("id", id)
                .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
                .optional()
                .flatMap(token -> token);
    }

    void status(UUID id, String status, int step) {
        jdbc.sql("update deployments set status = :status, step = :step, updated_at = now() where id = :id")
                .param("status", status)
                .param("step", step)
                .param("id", id)
                .update();
    }

    void provider(UUID id, ProviderDeployment provider) {
        jdbc.sql("""
                        update deployments set provider_site_id = :site, provider_deployment_id = :deployment,
                            url = coalesce(:url, url), status = 'deploying', updated_at = now()
                        where id = :id""")
                .param("site", provider.siteId())
                .param("deployment", provider.deploymentId())
                .param("url", provider.url().orElse(null))
                .param("id", id)
                .update();
    }

    /** Ends a deployment; the token it was given is forgotten with it. */
    void finish(
            UUID id,
            String status,
            @Nullable String url,
            @Nullable String errorCode,
            @Nullable String errorMessage,
            String log) {
        jdbc.sql("""
                        update deployments set status = :status, url = coalesce(:url, url), error_code = :code,
                            error_message = :message, log = :log, sealed_token = null, finished_at = now(),
                            updated_at = now()
                        where id = :id""")
                .param("status", status)
                .param("url", url)
                .param("code", errorCode)
                .param("message", errorMessage)
                .param("log", log)
                .param("id", id)
                .update();
    }

    private static Deployment map(ResultSet rs, int row) throws SQLException {
        return new Deployment(
                rs.getObject("id", UUID.class),
                rs.getObject("org_id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getInt("version"),
                Platform.parse(rs.getString("platform")).orElseThrow(),
                rs.getString("kind"),
                rs.getString("status"),
                rs.getString("site_name"),
                Optional.ofNullable(rs.getString("repository")),
                rs.getString("branch"),
                Optional.ofNullable(rs.getString("provider_site_id")),
                Optional.ofNullable(rs.getString("provider_deployment_id")),
                Optional.ofNullable(rs.getString("url")),
                Optional.ofNullable(rs.getString("error_code")),
                Optional.ofNullable(rs.getString("error_message")),
                rs.getString("log"),
                rs.getInt("step"),
                Optional.ofNullable(rs.getObject("source_id", UUID.class)),
                Optional.ofNullable(rs.getString("created_by_email")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                Optional.ofNullable(rs.getTimestamp("finished_at")).map(java.sql.Timestamp::toInstant));
    }
}
