package io.vectort.generation.project;

import io.vectort.identity.organization.OrganizationDeletionListener;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * When an organisation is deleted, each of its projects is cleaned up as a project deletion would
 * be: running generations stop, event logs go, exported archives are queued in the blob deletion
 * outbox. Ordered first: local work, which can fail, before any call to a third party.
 */
@Component
@Order(0)
class OrganizationProjectsCleanup implements OrganizationDeletionListener {

    private final Projects projects;

    OrganizationProjectsCleanup(Projects projects) {
        this.projects = projects;
    }

    @Override
    public void organizationDeleting(UUID orgId) {
        projects.beforeOrganizationDeleted(orgId);
    }
}
