package io.vectort.identity.organization;

import java.util.UUID;

/** The name of an organisation's plan, answered by billing (which identity must not depend on). */
public interface OrganizationPlans {

    String planOf(UUID orgId);
}
