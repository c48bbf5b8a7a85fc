package io.vectort.cache;

import io.vectort.identity.organization.OrganizationDeletionListener;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A deleted organisation's cached prompts and answers go with it (its scope is its id, which no
 * foreign key ties to the organisation): every layer, its settings and its statistics.
 */
@Component
@Order(5)
class OrganizationCacheCleanup implements OrganizationDeletionListener {

    private final CacheAdministration cache;
    private final JdbcClient jdbc;

    OrganizationCacheCleanup(CacheAdministration cache, JdbcClient jdbc) {
        this.cache = cache;
        this.jdbc = jdbc;
    }

    @Override
    public void organizationDeleting(UUID orgId) {
        cache.clear(orgId);
        jdbc.sql("delete from cache_settings where scope = :org")
                .param("org", orgId)
                .update();
        jdbc.sql("delete from cache_stats where scope = :org")
                .param("org", orgId)
                .update();
    }
}
