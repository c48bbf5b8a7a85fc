package io.vectort.generation.web;

import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.identity.organization.Membership;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that a member took a project's files out of Vectort (a ZIP download or an export link).
 * An export changes no data, so its entry has a transaction of its own.
 */
@Component
class ExportAudit {

    private final AuditLog audit;

    ExportAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Transactional
    public void exported(Membership member, UUID projectId, int version, String how) {
        audit.record(
                member.orgId(),
                Actor.of(member),
                "project.exported",
                "project",
                projectId.toString(),
                Map.of("version", version, "as", how));
    }
}
