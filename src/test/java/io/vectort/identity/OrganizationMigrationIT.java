package io.vectort.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectort.support.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V13 on a database written by the version before organisations: two users with projects,
 * generations, keys, credits, leases, a checkout and call logs. Afterwards each user owns a
 * personal organisation with their own id, everything they had hangs off it, and the foreign keys
 * point at organisations.
 */
class OrganizationMigrationIT {

    private static final UUID ANA = UUID.fromString("00000000-0000-7000-8000-00000000000a");
    private static final UUID BO = UUID.fromString("00000000-0000-7000-8000-00000000000b");
    private static final UUID PROJECT = UUID.fromString("00000000-0000-7000-8000-0000000000a1");
    private static final UUID KEY = UUID.fromString("00000000-0000-7000-8000-0000000000a2");

    private static JdbcClient jdbc;

    @BeforeAll
    static void migrateAnOldDatabase() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(TestDatabase.createDatabase());
        dataSource.setUser("postgres");
        jdbc = JdbcClient.create(dataSource);
        flyway(dataSource, "12").migrate();
        populateAsThePreviousVersionDid();
        flyway(dataSource, "13").migrate();
    }

    private static Flyway flyway(PGSimpleDataSource dataSource, String target) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target(MigrationVersion.fromVersion(target))
                .load();
    }

    private static void populateAsThePreviousVersionDid() {
        jdbc.sql("""
                        insert into users (id, email, email_normalized, password_hash, created_at) values
                        (:ana, 'Ana@Example.com', 'ana@example.com', 'x', now() - interval '2 days'),
                        (:bo, 'bo@example.com', 'bo@example.com', 'x', now() - interval '1 day')""").param("ana", ANA).param("bo", BO).update();
        jdbc.sql("insert into projects (id, owner_id, name) values (:p, :ana, 'Old project')")
                .param("p", PROJECT)
                .param("ana", ANA)
                .update();
        jdbc.sql("""
                        insert into generations (id, project_id, owner_id, description, framework, app_type,
                            generator_id, generator_kind, generator_label, status, base_version, cache_key)
                        values (gen_random_uuid(), :p, :ana, 'A page', 'html', 'todo', 'offline-starter', 'starter',
                            'Offline starter (not AI)', 'succeeded', 0, 'k1')""").param("p", PROJECT).param("ana", ANA).update();
        jdbc.sql("""
                        insert into api_keys (id, owner_id, name, prefix, key_hash)
                        values (:k, :ana, 'old key', 'vt_old', '\\x01')""").param("k", KEY).param("ana", ANA).update();
        jdbc.sql("""
                        insert into billing_accounts (user_id, plan_id, balance_micros) values
                        (:ana, 'pro', 700), (:bo, 'free', 1000000)""").param("ana", ANA).param("bo", BO).update();
        jdbc.sql("""
                        insert into credit_ledger (id, user_id, kind, balance_delta, reserved_delta, idempotency_key)
                        values (gen_random_uuid(), :ana, 'grant', 1000, 0, 'g-ana'),
                               (gen_random_uuid(), :ana, 'settlement', -300, 0, 's-ana'),
                               (gen_random_uuid(), :bo, 'grant', 1000000, 0, 'g-bo')""").param("ana", ANA).param("bo", BO).update();
        jdbc.sql("insert into credit_leases (node, user_id, outstanding_micros) values ('n1', :bo, 5)")
                .param("bo", BO)
                .update();
        jdbc.sql("""
                        insert into stripe_checkout_sessions (id, user_id, kind, pack, credits_micros, expires_at)
                        values ('cs_old', :bo, 'pack', 'credits-10', 10000000, now() + interval '1 hour')""").param("bo", BO).update();
        jdbc.sql("""
                        insert into llm_calls (id, occurred_at, source, user_id, requested_model, status, input_tokens,
                            output_tokens, usage_estimated, cost_usd, latency_ms, fallbacks, route_reason)
                        values (gen_random_uuid(), now(), 'api', :ana, 'gpt-4o-mini', 'ok', 1, 1, false, 0.0003, 5, 0,
                            'primary')""").param("ana", ANA).update();
    }

    @Test
    void everyUserOwnsAPersonalOrganisationWithTheirId() {
        List<Map<String, Object>> rows = jdbc.sql("""
                        select o.id, o.personal, o.slug, m.user_id, m.role from organizations o
                        join memberships m on m.org_id = o.id order by o.id""").query().listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("id")).isEqualTo(row.get("user_id"));
            assertThat(row.get("personal")).isEqualTo(true);
            assertThat(row.get("role")).isEqualTo("owner");
            assertThat((String) row.get("slug")).startsWith("p-");
        });
    }

    @Test
    void theOldestUserBecomesThePlatformAdmin() {
        assertThat(jdbc.sql("select id from users where platform_admin")
                        .query(UUID.class)
                        .list())
                .containsExactly(ANA);
    }

    @Test
    void theirDataNowBelongsToTheirOrganisation() {
        assertThat(jdbc.sql("select org_id from projects where id = :p")
                        .param("p", PROJECT)
                        .query(UUID.class)
                        .single())
                .isEqualTo(ANA);
        assertThat(jdbc.sql("select created_by from projects where id = :p")
                        .param("p", PROJECT)
                        .query(UUID.class)
                        .single())
                .isEqualTo(ANA);
        assertThat(jdbc.sql("select org_id, requested_by from generations")
                        .query()
                        .singleRow())
                .containsEntry("org_id", ANA)
                .containsEntry("requested_by", ANA);
        assertThat(jdbc.sql("select org_id from api_keys where id = :k")
                        .param("k", KEY)
                        .query(UUID.class)
                        .single())
                .isEqualTo(ANA);
        assertThat(jdbc.sql("select sum(balance_delta) from credit_ledger where org_id = :a")
                        .param("a", ANA)
                        .query(Long.class)
                        .single())
                .isEqualTo(700L);
        assertThat(jdbc.sql("select plan_id from billing_accounts where org_id = :a")
                        .param("a", ANA)
                        .query(String.class)
                        .single())
                .isEqualTo("pro");
        assertThat(jdbc.sql("select org_id from credit_leases")
                        .query(UUID.class)
                        .single())
                .isEqualTo(BO);
        assertThat(jdbc.sql("select org_id from stripe_checkout_sessions")
                        .query(UUID.class)
                        .single())
                .isEqualTo(BO);
        assertThat(jdbc.sql("select org_id from llm_calls").query(UUID.class).single())
                .isEqualTo(ANA);
    }

    @Test
    void foreignKeysPointAtOrganisations() {
        UUID team = UUID.randomUUID();
        jdbc.sql("insert into organizations (id, name, slug) values (:t, 'Team', 'team')")
                .param("t", team)
                .update();
        jdbc.sql("insert into projects (id, org_id, name) values (gen_random_uuid(), :t, 'Team project')")
                .param("t", team)
                .update();
        assertThatThrownBy(() -> jdbc.sql(
                                "insert into projects (id, org_id, name) values (gen_random_uuid(), :x, 'Orphan')")
                        .param("x", UUID.randomUUID())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.sql("delete from organizations where id = :t").param("t", team).update();
        assertThat(jdbc.sql("select count(*) from projects where org_id = :t")
                        .param("t", team)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
