package io.vectort.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * The console's API against rows written as the application writes them: hidden from everyone but
 * platform admins, numbers exact against the inserted calls, settlements and generations, every
 * organisation action audited, a suspension enforced on the API and on {@code /v1}.
 */
class AdminConsoleIT extends IntegrationTest {

    @Autowired
    ConsoleRollup rollup;

    @Autowired
    PlatformTransactionManager transactions;

    private ConsoleFixtures fixtures;
    private Api.Session admin;

    @BeforeEach
    void setUp() {
        fixtures = new ConsoleFixtures(jdbc, transactions);
        admin = fixtures.platformAdmin(api);
    }

    @Test
    void everyConsoleRouteIsA404ForAnyoneButAPlatformAdmin() {
        Api.Session member = api.newUser();
        for (String path : new String[] {
            "/api/v1/admin/overview",
            "/api/v1/admin/generations",
            "/api/v1/admin/features",
            "/api/v1/admin/health",
            "/api/v1/admin/organizations",
            "/api/v1/admin/organizations/" + member.userId()
        }) {
            Api.Response response = api.get(path, member.token());
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.header("Content-Type").orElseThrow()).contains("application/problem+json");
            assertThat(api.get(path, admin.token()).status()).as(path).isEqualTo(200);
        }
        Api.Response suspend = api.post(
                "/api/v1/admin/organizations/" + member.userId() + "/suspension",
                member.token(),
                Map.of("reason", "x"));
        assertThat(suspend.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/admin/overview", null).status()).isEqualTo(401);
    }

    @Test
    void costPerOrganisationDayAndModelAndMarginsAreExactFromTheRollupsAndTheNewestCalls() {
        Api.Session customer = api.newUser();
        UUID org = customer.userId();
        Instant now = Instant.now();
        Instant start = now.minus(3, ChronoUnit.DAYS);
        fixtures.restartRollupsAt(start);
        Instant twoDaysAgo = now.minus(2, ChronoUnit.DAYS);
        fixtures.call(org, twoDaysAgo, "api", "gpt-x", "ok", "400.25", 100);
        fixtures.call(org, twoDaysAgo, "api", "gpt-x", "error", "0", 30);
        fixtures.call(org, now.minus(1, ChronoUnit.HOURS), "builder", "claude-y", "ok", "600.5", 200);
        fixtures.settlement(org, twoDaysAgo, 1_500_000_000L); // 1,500 USD charged
        fixtures.call(org, start.minusSeconds(1), "api", "gpt-x", "ok", "99", 1); // before the window: not counted

        assertThat(rollup.rollUpTo(now)).isPositive();
        // A call after the watermark is read from the log itself.
        fixtures.call(org, Instant.now(), "api", "gpt-x", "ok", "0.125", 10);

        JsonNode overview =
                api.get("/api/v1/admin/overview?days=7", admin.token()).json();
        // Among the ten costliest (other suites of this shared context spend little, or less).
        JsonNode mine = overview.get("organizations")
                .valueStream()
                .filter(o -> o.get("orgId").asString().equals(org.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(mine.get("name").asString()).isEqualTo("Personal");
        assertThat(mine.get("calls").asLong()).isEqualTo(4);
        assertThat(mine.get("costUsd").decimalValue()).isEqualByComparingTo("1000.875");
        assertThat(mine.get("chargedUsd").decimalValue()).isEqualByComparingTo("1500");
        assertThat(mine.get("marginUsd").decimalValue()).isEqualByComparingTo("499.125");
        assertThat(overview.get("days")).hasSize(7);
        JsonNode claude = overview.get("models")
                .valueStream()
                .filter(m -> m.get("model").asString().equals("claude-y"))
                .findFirst()
                .orElseThrow();
        assertThat(claude.get("calls").asLong()).isEqualTo(1);
        assertThat(claude.get("costUsd").decimalValue()).isEqualByComparingTo("600.5");

        JsonNode detail =
                api.get("/api/v1/admin/organizations/" + org, admin.token()).json();
        JsonNode days = detail.get("days");
        LocalDate day = LocalDate.ofInstant(twoDaysAgo, Clock.systemUTC().getZone());
        JsonNode thatDay = days.valueStream()
                .filter(d -> d.get("day").asString().equals(day.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(thatDay.get("calls").asLong()).isEqualTo(2);
        assertThat(thatDay.get("costUsd").decimalValue()).isEqualByComparingTo("400.25");
        assertThat(thatDay.get("chargedUsd").decimalValue()).isEqualByComparingTo("1500");
        assertThat(detail.get("organization").get("costUsd30Days").decimalValue())
                .isEqualByComparingTo("1000.75");

        assertThat(jdbc.sql("select sum(uses) from console_feature_usage where org_id = :o and feature = 'gateway'")
                        .param("o", org)
                        .query(Long.class)
                        .single())
                .as("gateway uses: the calls made through the API, rolled up")
                .isEqualTo(2);
    }

    @Test
    void generationPatternsCountFrameworksOutcomesCacheHitsAndFailureCodes() {
        Api.Session customer = api.newUser();
        String project = new Generations(api).createProject(customer, "Patterns");
        // A two-minute window 30 hours ago: the generations other suites of this shared context
        // finish while this test runs (background jobs included) fall outside it.
        Instant then = Instant.now().minus(30, ChronoUnit.HOURS);
        fixtures.restartRollupsAt(then.minus(1, ChronoUnit.MINUTES));
        UUID org = customer.userId();
        Instant at = then;
        fixtures.generation(org, project, at, "react", "succeeded", null, false, "0.20", 4000);
        fixtures.generation(org, project, at, "react", "succeeded", null, true, "0", 1000);
        fixtures.generation(org, project, at, "html", "failed", "provider-unavailable", false, "0.10", 7000);
        fixtures.generation(org, project, at, "html", "failed", "provider-unavailable", false, "0", 0);
        fixtures.generation(org, project, at, "html", "cancelled", null, false, "0", 3000);
        rollup.rollUpTo(then.plus(1, ChronoUnit.MINUTES));

        JsonNode patterns =
                api.get("/api/v1/admin/generations?days=3", admin.token()).json();
        assertThat(patterns.get("generations").asLong()).isEqualTo(5);
        assertThat(patterns.get("successRate").asDouble()).isEqualTo(0.5);
        assertThat(patterns.get("cacheHitRate").asDouble()).isEqualTo(0.2);
        assertThat(patterns.get("averageCostUsd").decimalValue()).isEqualByComparingTo("0.06");
        assertThat(patterns.get("averageDurationMs").asLong()).isEqualTo(3000);
        assertThat(patterns.get("failures").get(0).get("code").asString()).isEqualTo("provider-unavailable");
        assertThat(patterns.get("failures").get(0).get("generations").asLong()).isEqualTo(2);
        JsonNode html = patterns.get("frameworks")
                .valueStream()
                .filter(f -> f.get("framework").asString().equals("html"))
                .findFirst()
                .orElseThrow();
        assertThat(html.get("generations").asLong()).isEqualTo(3);
        assertThat(html.get("succeeded").asLong()).isZero();

        JsonNode builder = api.get("/api/v1/admin/features?days=3", admin.token())
                .json()
                .get("features")
                .get(0);
        assertThat(builder.get("feature").asString()).isEqualTo("builder");
        assertThat(builder.get("uses").asLong()).isEqualTo(5);
        assertThat(builder.get("activeUsers").asLong()).isEqualTo(1);
    }

    @Test
    void planChangesAndCreditAdjustmentsAreAppliedExactlyAndAudited() {
        Api.Session customer = api.newUser();
        String orgPath = "/api/v1/admin/organizations/" + customer.userId();
        JsonNode before = api.get(orgPath, admin.token()).json().get("organization");

        Api.Response plan = api.post(orgPath + "/plan", admin.token(), Map.of("plan", "pro"));
        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.json().get("plan").asString()).isEqualTo("pro");

        Api.Response added =
                api.post(orgPath + "/credits", admin.token(), Map.of("credits", "12.345", "reason", "Goodwill"));
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().get("availableCredits").decimalValue())
                .isEqualByComparingTo(
                        before.get("availableCredits").decimalValue().add(new java.math.BigDecimal("12.345")));
        Api.Response taken =
                api.post(orgPath + "/credits", admin.token(), Map.of("credits", "-2.345", "reason", "Oops"));
        assertThat(taken.json().get("availableCredits").decimalValue())
                .isEqualByComparingTo(
                        before.get("availableCredits").decimalValue().add(java.math.BigDecimal.TEN));

        JsonNode audit = api.get("/api/v1/orgs/" + customer.userId() + "/audit?action=credits.", customer.token())
                .json();
        JsonNode entries = audit.get("items");
        assertThat(entries).hasSize(2);
        JsonNode first = entries.get(1);
        assertThat(first.get("actor").get("email").asString()).isEqualTo(admin.email());
        assertThat(first.get("details").get("credits").asString()).isEqualTo("12.345");
        assertThat(first.get("details").get("reason").asString()).isEqualTo("Goodwill");
        assertThat(new java.math.BigDecimal(first.get("details").get("before").asString()))
                .isEqualByComparingTo(before.get("availableCredits").decimalValue());
        JsonNode planAudit = api.get(
                        "/api/v1/orgs/" + customer.userId() + "/audit?action=plan.changed", customer.token())
                .json()
                .get("items")
                .get(0);
        assertThat(planAudit.get("actor").get("email").asString()).isEqualTo(admin.email());
        assertThat(planAudit.get("details").get("to").asString()).isEqualTo("pro");
    }

    @Test
    void badInputIsAProblemNeverAChange() {
        Api.Session customer = api.newUser();
        String orgPath = "/api/v1/admin/organizations/" + customer.userId();
        Map<String, Object> tooPrecise = Map.of("credits", "1.0001", "reason", "x");
        Map<String, Object> noReason = Map.of("credits", "5", "reason", " ");
        Map<String, Object> unknownPlan = Map.of("plan", "platinum");
        for (Api.Response response : new Api.Response[] {
            api.post(orgPath + "/credits", admin.token(), tooPrecise),
            api.post(orgPath + "/credits", admin.token(), noReason),
            api.post(orgPath + "/credits", admin.token(), Map.of("reason", "no amount")),
            api.post(orgPath + "/plan", admin.token(), unknownPlan),
            api.post(orgPath + "/suspension", admin.token(), Map.of("reason", "")),
            api.get("/api/v1/admin/overview?days=0", admin.token()),
            api.get("/api/v1/admin/overview?days=abc", admin.token()),
            api.get("/api/v1/admin/organizations/not-a-uuid", admin.token())
        }) {
            assertThat(response.status()).as(response.body()).isBetween(400, 422);
            assertThat(response.header("Content-Type").orElseThrow()).contains("application/problem+json");
        }
        Api.Response tooMuch =
                api.post(orgPath + "/credits", admin.token(), Map.of("credits", "-999999", "reason", "x"));
        assertThat(tooMuch.status()).isBetween(400, 409);
        assertThat(api.get("/api/v1/admin/organizations/" + UUID.randomUUID(), admin.token())
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from credit_ledger where org_id = :o and kind = 'adjustment'")
                        .param("o", customer.userId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aSuspendedOrganisationIsRefusedOnTheApiAndTheGatewayUntilLifted() {
        Api.Session customer = api.newUser();
        String key = api.post("/api/v1/keys", customer.token(), Map.of("name", "ci"))
                .json()
                .get("key")
                .asString();
        assertThat(api.get("/v1/models", key).status()).isEqualTo(200);
        String orgPath = "/api/v1/admin/organizations/" + customer.userId();

        Api.Response suspended = api.post(orgPath + "/suspension", admin.token(), Map.of("reason", "Unpaid invoices"));
        assertThat(suspended.json().get("suspended").asBoolean()).isTrue();

        Api.Response refused = api.get("/api/v1/projects", customer.token());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(refused.json().get("type").asString()).endsWith("/organization-suspended");
        Api.Response gateway = api.get("/v1/models", key);
        assertThat(gateway.status()).isEqualTo(403);
        assertThat(gateway.json().get("error").get("code").asString()).isEqualTo("organization_suspended");
        // Signing in and listing one's organisations still work: that is where the banner comes from.
        JsonNode mine =
                api.get("/api/v1/orgs", customer.token()).json().get("items").get(0);
        assertThat(mine.get("suspended").asBoolean()).isTrue();
        JsonNode audit = jdbc.sql(
                        "select details::text from audit_log where org_id = :o and action = 'organization.suspended'")
                .param("o", customer.userId())
                .query(String.class)
                .optional()
                .map(text ->
                        tools.jackson.databind.json.JsonMapper.builder().build().readTree(text))
                .orElseThrow();
        assertThat(audit.get("after").get("reason").asString()).isEqualTo("Unpaid invoices");
        assertThat(audit.get("before").get("suspended").asBoolean()).isFalse();

        assertThat(api.delete(orgPath + "/suspension", admin.token())
                        .json()
                        .get("suspended")
                        .asBoolean())
                .isFalse();
        assertThat(api.get("/api/v1/projects", customer.token()).status()).isEqualTo(200);
        assertThat(api.get("/v1/models", key).status()).isEqualTo(200);
    }

    @Test
    void healthShowsTheDatabaseThisNodeAndTheQueue() {
        JsonNode health = api.get("/api/v1/admin/health", admin.token()).json();
        assertThat(health.get("database").asString()).isEqualTo("up");
        assertThat(health.get("queueDepth").asLong()).isNotNegative();
        assertThat(health.get("nodes")
                        .valueStream()
                        .anyMatch(n ->
                                n.get("current").asBoolean() && n.get("alive").asBoolean()))
                .isTrue();
        assertThat(health.get("redis").asString()).isIn("up", "not-configured");
    }
}
