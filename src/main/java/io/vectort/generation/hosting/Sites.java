package io.vectort.generation.hosting;

import io.micrometer.core.instrument.MeterRegistry;
import io.vectort.generation.preview.PreviewStatus;
import io.vectort.generation.preview.PreviewTarget;
import io.vectort.generation.preview.Previews;
import io.vectort.generation.project.Project;
import io.vectort.generation.project.Projects;
import io.vectort.generation.version.VersionStore;
import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.identity.organization.Membership;
import io.vectort.identity.organization.Organizations;
import io.vectort.identity.organization.Slugs;
import io.vectort.shared.ConflictException;
import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;
import io.vectort.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes versions at {@code /sites/{organisation}/{site}/} and finds what such an address
 * serves. Ownership is checked here: a project of another organisation is not found.
 */
@Service
public class Sites {

    private final JdbcClient jdbc;
    private final Projects projects;
    private final VersionStore versions;
    private final Previews previews;
    private final Organizations organizations;
    private final AuditLog audit;
    private final MeterRegistry meters;

    Sites(
            JdbcClient jdbc,
            Projects projects,
            VersionStore versions,
            Previews previews,
            Organizations organizations,
            AuditLog audit,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.versions = versions;
        this.previews = previews;
        this.organizations = organizations;
        this.audit = audit;
        this.meters = meters;
    }

    /**
     * Publishes {@code version} of the project, replacing what its site showed; the site keeps its
     * slug unless {@code slug} names a new one. A Vite project is built first (the site answers 503
     * until then); a version with nothing to show, or whose build failed, is refused.
     */
    @Transactional
    public Site publish(Membership member, UUID projectId, int version, Optional<String> slug) {
        Project project = projects.lock(member.orgId(), projectId);
        versions.get(projectId, version).orElseThrow(() -> new NotFoundException("Version"));
        Optional<String> requested = slug.map(Slugs::validated);
        PreviewTarget target = previews.target(projectId, version);
        if (target.kind().equals("none")) {
            throw refused(
                    "site-unavailable",
                    previews.unpublishable(projectId, version).orElse(""));
        }
        PreviewStatus status = previews.prepare(target, false);
        switch (status.status()) {
            case "unavailable" ->
                throw refused("site-unavailable", status.reason().orElse(""));
            case "failed" -> throw refused("build-failed", status.reason().orElse(""));
            default -> {}
        }
        String chosen = requested.or(() -> currentSlug(projectId)).orElseGet(() -> freeSlug(member.orgId(), project));
        try {
            jdbc.sql("""
                            insert into published_sites (project_id, org_id, slug, version, kind, content_hash, published_by)
                            values (:project, :org, :slug, :version, :kind, :hash, :user)
                            on conflict (project_id) do update set slug = excluded.slug, version = excluded.version,
                                kind = excluded.kind, content_hash = excluded.content_hash,
                                published_by = excluded.published_by, published_at = now()""")
                    .param("project", projectId)
                    .param("org", member.orgId())
                    .param("slug", chosen)
                    .param("version", version)
                    .param("kind", target.kind())
                    .param("hash", target.contentHash())
                    .param("user", member.userId())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException(
                    "site-slug-taken", "Another project of this organisation is published as \"" + chosen + "\"");
        }
        audit.record(
                member.orgId(),
                Actor.of(member),
                "site.published",
                "project",
                projectId.toString(),
                Map.of("version", version, "slug", chosen));
        meters.counter("vectort_deployments_total", "platform", "vectort", "status", "published")
                .increment();
        return find(member, projectId).orElseThrow();
    }

    /** The project's site, if it is published. */
    public Optional<Site> find(Membership member, UUID projectId) {
        projects.get(member.orgId(), projectId);
        String organization = organizations.get(member).slug();
        return jdbc.sql("select * from published_sites where project_id = :project and org_id = :org")
                .param("project", projectId)
                .param("org", member.orgId())
                .query((rs, n) -> site(rs, organization))
                .optional();
    }

    /** Takes the project's site down, if it is up; its address answers 404 from now on. */
    @Transactional
    public void unpublish(Membership member, UUID projectId) {
        projects.get(member.orgId(), projectId);
        int removed = jdbc.sql("delete from published_sites where project_id = :project and org_id = :org")
                .param("project", projectId)
                .param("org", member.orgId())
                .update();
        if (removed == 0) {
            return; // already down: taking it down again changes nothing
        }
        audit.record(member.orgId(), Actor.of(member), "site.unpublished", "project", projectId.toString(), Map.of());
    }

    /** What {@code /sites/{organisation}/{site}/} serves: empty when nothing is published there. */
    public Optional<PreviewTarget> served(String organizationSlug, String siteSlug) {
        return organizations
                .idBySlug(organizationSlug)
                .flatMap(org -> jdbc.sql("""
                        select project_id, version, kind, content_hash from published_sites
                        where org_id = :org and slug = :slug""")
                        .param("org", org)
                        .param("slug", siteSlug)
                        .query((rs, n) -> new PreviewTarget(
                                rs.getObject("project_id", UUID.class),
                                rs.getInt("version"),
                                rs.getString("kind"),
                                rs.getString("content_hash")))
                        .optional());
    }

    private Site site(ResultSet rs, String organization) throws SQLException {
        String slug = rs.getString("slug");
        PreviewTarget target = new PreviewTarget(
                rs.getObject("project_id", UUID.class),
                rs.getInt("version"),
                rs.getString("kind"),
                rs.getString("content_hash"));
        return new Site(
                target.projectId(),
                slug,
                "/sites/" + organization + "/" + slug + "/",
                target.version(),
                previews.servable(target),
                Optional.ofNullable(rs.getObject("published_by", UUID.class)),
                rs.getTimestamp("published_at").toInstant());
    }

    private Optional<String> currentSlug(UUID projectId) {
        return jdbc.sql("select slug from published_sites where project_id = :project")
                .param("project", projectId)
                .query(String.class)
                .optional();
    }

    /** The project's name as a slug, numbered when another site of the organisation has it. */
    private String freeSlug(UUID orgId, Project project) {
        String base = Slugs.fromName(project.name());
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? base : base + "-" + n;
            boolean taken = jdbc.sql(
                            "select exists (select 1 from published_sites where org_id = :org and slug = :slug)")
                    .param("org", orgId)
                    .param("slug", candidate)
                    .query(Boolean.class)
                    .single();
            if (!taken) {
                return candidate;
            }
        }
    }

    private static DomainException refused(String code, String reason) {
        return new DomainException(
                ErrorCategory.CONFLICT,
                code,
                code.equals("build-failed")
                        ? "This version does not build, so it cannot be published; fix it or publish another version"
                        : "This version has no page to show: " + reason,
                Map.of("reason", reason));
    }
}
