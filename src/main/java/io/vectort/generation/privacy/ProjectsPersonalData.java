package io.vectort.generation.privacy;

import io.vectort.generation.version.VersionInfo;
import io.vectort.generation.version.VersionStore;
import io.vectort.generation.version.ZipExport;
import io.vectort.identity.privacy.ExportRows;
import io.vectort.identity.privacy.ExportSink;
import io.vectort.identity.privacy.PersonalDataContributor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Builder's part of an export. The personal organisation (whose id is the user's) is theirs
 * alone, so it goes in full: per project, {@code projects/<name>-<id>/project.json} (with its
 * versions), {@code generations.json} and every version as {@code v<N>.zip}, the same ZIP the
 * project export makes. Team organisations belong to their teams: only the generations the user
 * asked for there, as metadata ({@code team-generations.json}), not the team's code.
 */
@Component
@Order(10)
class ProjectsPersonalData implements PersonalDataContributor {

    private static final String GENERATION_COLUMNS = """
            g.id, g.project_id, g.description, g.framework, g.app_type, g.model, g.status, g.base_version,
            g.result_version, g.summary, g.error_code, g.error_message, g.generator_label, g.provider,
            g.provider_model, g.input_tokens, g.output_tokens, g.cost_usd, g.created_at, g.started_at,
            g.finished_at, g.app_type_source, g.app_type_evidence, g.framework_source, g.framework_evidence,
            g.history_digest""";

    private final JdbcClient jdbc;
    private final VersionStore versions;

    ProjectsPersonalData(JdbcClient jdbc, VersionStore versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    @Override
    public String name() {
        return "projects";
    }

    @Override
    public void write(UUID userId, ExportSink sink) {
        List<Map<String, Object>> projects =
                ExportRows.of(jdbc.sql("""
                        select id, name, description, current_version, created_at, updated_at
                        from projects where org_id = :org order by created_at, id""").param("org", userId).query().listOfRows());
        for (Map<String, Object> project : projects) {
            writeProject(project, sink);
        }
        sink.json(
                "team-generations.json",
                ExportRows.of(jdbc.sql("select o.id as organization_id, o.name as organization_name, "
                                + GENERATION_COLUMNS
                                + " from generations g join organizations o on o.id = g.org_id"
                                + " where g.requested_by = :user and g.org_id <> :user order by g.created_at, g.id")
                        .param("user", userId)
                        .query()
                        .listOfRows()));
    }

    private void writeProject(Map<String, Object> project, ExportSink sink) {
        UUID id = (UUID) project.get("id");
        String name = (String) project.get("name");
        String folder = "projects/" + ZipExport.slug(name) + "-" + id + "/";
        List<VersionInfo> history = versions.list(id).reversed();
        Map<String, Object> described = new LinkedHashMap<>(project);
        described.put("versions", history);
        sink.json(folder + "project.json", described);
        sink.json(
                folder + "generations.json",
                ExportRows.of(jdbc.sql("select " + GENERATION_COLUMNS
                                + " from generations g where g.project_id = :project order by g.created_at, g.id")
                        .param("project", id)
                        .query()
                        .listOfRows()));
        for (VersionInfo version : history) {
            sink.file(folder + "v" + version.number() + ".zip", zip(id, name, version));
        }
    }

    private byte[] zip(UUID projectId, String name, VersionInfo version) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ZipExport.write(
                    ZipExport.folder(name, version.number()),
                    versions.contents(projectId, version.number()),
                    version.createdAt(),
                    out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
