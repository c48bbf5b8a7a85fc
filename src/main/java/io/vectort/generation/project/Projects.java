package io.vectort.generation.project;

import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.identity.organization.Membership;
import io.vectort.shared.FieldViolation;
import io.vectort.shared.Ids;
import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.NotFoundException;
import io.vectort.shared.Text;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, lists, renames and deletes projects, always within the organisation that owns them. */
@Service
public class Projects {

    static final int MAX_NAME = 120;
    static final int MAX_DESCRIPTION = 2000;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final List<ProjectDeletionListener> deletionListeners;

    Projects(JdbcClient jdbc, List<ProjectDeletionListener> deletionListeners, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.deletionListeners = deletionListeners;
    }

    public Project create(UUID orgId, UUID createdBy, String name, Optional<String> description) {
        String cleanName = validName(name);
        String cleanDescription = validDescription(description.orElse(""));
        UUID id = Ids.newId();
        return jdbc.sql("""
                        insert into projects (id, org_id, name, description, created_by)
                        values (:id, :owner, :name, :description, :createdBy)
                        returning *""")
                .param("id", id)
                .param("owner", orgId)
                .param("createdBy", createdBy)
                .param("name", cleanName)
                .param("description", cleanDescription)
                .query(Projects::map)
                .single();
    }

    public Page list(UUID orgId, int page, int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw new InvalidRequestException(List.of(
                    new FieldViolation("page", "out-of-range", "page must be >= 0 and size between 1 and 200")));
        }
        List<Project> items = jdbc.sql("""
                        select * from projects where org_id = :owner
                        order by updated_at desc, id desc limit :limit offset :offset""")
                .param("owner", orgId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Projects::map)
                .list();
        long total = jdbc.sql("select count(*) from projects where org_id = :owner")
                .param("owner", orgId)
                .query(Long.class)
                .single();
        return new Page(items, page, size, total);
    }

    /** The project if {@code orgId} owns it; another owner's project is reported as missing. */
    public Project get(UUID orgId, UUID projectId) {
        return jdbc.sql("select * from projects where id = :id and org_id = :owner")
                .param("id", projectId)
                .param("owner", orgId)
                .query(Projects::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("Project"));
    }

    /** Locks the project row until the transaction ends; used to serialise version numbering. */
    public Project lock(UUID orgId, UUID projectId) {
        return jdbc.sql("select * from projects where id = :id and org_id = :owner for update")
                .param("id", projectId)
                .param("owner", orgId)
                .query(Projects::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("Project"));
    }

    public Project update(UUID orgId, UUID projectId, Optional<String> name, Optional<String> description) {
        List<FieldViolation> violations = new ArrayList<>();
        Optional<String> cleanName = name.map(n -> collect(violations, () -> validName(n)));
        Optional<String> cleanDescription = description.map(d -> collect(violations, () -> validDescription(d)));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return jdbc.sql("""
                        update projects set name = coalesce(:name, name), description = coalesce(:description, description),
                               updated_at = now()
                        where id = :id and org_id = :owner returning *""")
                .param("name", cleanName.orElse(null))
                .param("description", cleanDescription.orElse(null))
                .param("id", projectId)
                .param("owner", orgId)
                .query(Projects::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("Project"));
    }

    public void touch(UUID projectId) {
        jdbc.sql("update projects set updated_at = now() where id = :id")
                .param("id", projectId)
                .update();
    }

    public void setCurrentVersion(UUID projectId, int version) {
        jdbc.sql("update projects set current_version = :version, updated_at = now() where id = :id")
                .param("version", version)
                .param("id", projectId)
                .update();
    }

    /** Deletes the project with its generations, versions, files and event logs. */
    @Transactional
    public void delete(Membership member, UUID projectId) {
        Project project = lock(member.orgId(), projectId);
        deletionListeners.forEach(listener -> listener.beforeDelete(project));
        jdbc.sql("delete from projects where id = :id").param("id", projectId).update();
        audit.record(
                member.orgId(),
                Actor.of(member),
                "project.deleted",
                "project",
                projectId.toString(),
                Map.of("name", project.name()));
    }

    /**
     * Runs every project's deletion listeners for an organisation being deleted, with its projects
     * locked; the rows themselves go with the organisation's cascade. Part of that transaction.
     */
    void beforeOrganizationDeleted(UUID orgId) {
        List<Project> owned = jdbc.sql("select * from projects where org_id = :org order by id for update")
                .param("org", orgId)
                .query(Projects::map)
                .list();
        for (Project project : owned) {
            deletionListeners.forEach(listener -> listener.beforeDelete(project));
        }
    }

    private static String collect(List<FieldViolation> violations, java.util.function.Supplier<String> check) {
        try {
            return check.get();
        } catch (InvalidRequestException e) {
            violations.addAll(e.violations());
            return "";
        }
    }

    private static String validName(String name) {
        String trimmed = name.trim();
        if (trimmed.isEmpty() || Text.lengthInCodePoints(trimmed) > MAX_NAME) {
            throw new InvalidRequestException("name", "invalid-length", "must be 1 to " + MAX_NAME + " characters");
        }
        if (Text.hasForbiddenControlCharacters(trimmed) || trimmed.contains("\n") || trimmed.contains("\r")) {
            throw new InvalidRequestException("name", "control-characters", "must be a single line of printable text");
        }
        return trimmed;
    }

    private static String validDescription(String description) {
        String trimmed = description.trim();
        if (Text.lengthInCodePoints(trimmed) > MAX_DESCRIPTION) {
            throw new InvalidRequestException(
                    "description", "invalid-length", "must be at most " + MAX_DESCRIPTION + " characters");
        }
        if (Text.hasForbiddenControlCharacters(trimmed)) {
            throw new InvalidRequestException(
                    "description", "control-characters", "must not contain control characters");
        }
        return trimmed;
    }

    private static Project map(ResultSet rs, int row) throws SQLException {
        return new Project(
                rs.getObject("id", UUID.class),
                rs.getObject("org_id", UUID.class),
                rs.getString("name"),
                rs.getString("description"),
                rs.getInt("current_version"),
                rs.getObject("created_at", Timestamp.class).toInstant(),
                rs.getObject("updated_at", Timestamp.class).toInstant());
    }

    /** One page of projects, most recently active first. */
    public record Page(List<Project> items, int page, int size, long totalItems) {}
}
