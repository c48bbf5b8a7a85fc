package io.vectort.identity.organization;

import java.util.UUID;

/**
 * Told, inside the deleting transaction and before the rows go, that an organisation is being
 * deleted: the place for work that a foreign-key cascade cannot do (queueing blob deletions,
 * cancelling a subscription). Throwing aborts the deletion.
 */
public interface OrganizationDeletionListener {

    void organizationDeleting(UUID orgId);
}
