package io.vectort.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Managing API keys: budgets and allowed models, who may change them, and the audit of every change. */
class ApiKeysIT extends IntegrationTest {

    private Api.Session admin;

    @BeforeEach
    void signIn() {
        admin = api.newUser();
    }

    @Test
    void aKeyIsCreatedWithItsLimitsAndListedWithThemAndItsSpending() {
        Api.Response created = api.post(
                "/api/v1/keys",
                admin.token(),
                Map.of(
                        "name",
                        "CI",
                        "dailyBudgetCredits",
                        5,
                        "monthlyBudgetCredits",
                        "50.5",
                        "allowedModels",
                        List.of(" gpt-4o-mini ", "gpt-4o-mini", "auto")));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode key = created.json();
        assertThat(key.get("key").asString()).startsWith("vt_");
        assertThat(key.get("dailyBudgetCredits").decimalValue()).isEqualByComparingTo("5");
        assertThat(key.get("monthlyBudgetCredits").decimalValue()).isEqualByComparingTo("50.5");
        assertThat(strings(key.get("allowedModels"))).containsExactly("gpt-4o-mini", "auto");

        JsonNode listed = only(api.get("/api/v1/keys", admin.token()).json());
        assertThat(listed.has("key")).isFalse();
        assertThat(listed.get("createdBy").asString()).isEqualTo(admin.email());
        assertThat(listed.get("dailyBudgetCredits").decimalValue()).isEqualByComparingTo("5");
        assertThat(listed.get("monthlyBudgetCredits").decimalValue()).isEqualByComparingTo("50.5");
        assertThat(strings(listed.get("allowedModels"))).containsExactly("gpt-4o-mini", "auto");
        assertThat(listed.get("spentTodayCredits").decimalValue()).isZero();
        assertThat(listed.get("spentThisMonthCredits").decimalValue()).isZero();
        Map<String, Object> row = jdbc.sql(
                        "select created_by, daily_budget_micros, monthly_budget_micros from api_keys where id = :id")
                .param("id", UUID.fromString(key.get("id").asString()))
                .query()
                .singleRow();
        assertThat(row).containsEntry("created_by", admin.userId());
        assertThat(row).containsEntry("daily_budget_micros", 5_000L);
        assertThat(row).containsEntry("monthly_budget_micros", 50_500L);

        JsonNode plain =
                api.post("/api/v1/keys", admin.token(), Map.of("name", "plain")).json();
        assertThat(plain.get("dailyBudgetCredits").isNull()).isTrue();
        assertThat(plain.get("allowedModels").isNull()).isTrue();
    }

    @Test
    void patchChangesWhatItNamesClearsWhatIsNullAndKeepsTheRest() {
        String id = create(Map.of("name", "ops", "dailyBudgetCredits", 5, "monthlyBudgetCredits", 50));

        Map<String, Object> change = new HashMap<>();
        change.put("monthlyBudgetCredits", null);
        change.put("allowedModels", List.of("ok-openai"));
        JsonNode changed = patch(id, change).json();

        assertThat(changed.get("dailyBudgetCredits").decimalValue()).isEqualByComparingTo("5");
        assertThat(changed.get("monthlyBudgetCredits").isNull()).isTrue();
        assertThat(strings(changed.get("allowedModels"))).containsExactly("ok-openai");
        assertThat(patch(id, Map.of()).json()).isEqualTo(changed);
        assertThat(only(api.get("/api/v1/keys", admin.token()).json()).get("allowedModels"))
                .isEqualTo(changed.get("allowedModels"));
    }

    @Test
    void creationChangesAndRevocationAreAuditedAndARefusedChangeIsNot() {
        String id = create(Map.of("name", "audited", "dailyBudgetCredits", 2));
        assertThat(patch(id, Map.of("dailyBudgetCredits", 0)).status()).isEqualTo(400);
        assertThat(patch(id, Map.of()).status()).isEqualTo(200);
        patch(id, Map.of("dailyBudgetCredits", 3, "allowedModels", List.of("ok-openai")));
        assertThat(api.delete("/api/v1/keys/" + id, admin.token()).status()).isEqualTo(204);

        List<Map<String, Object>> entries =
                jdbc.sql("""
                        select action, actor_id, actor_email, target_type, target_id, details::text as details
                        from audit_log where org_id = :org and action like 'api_key.%' order by id""").param("org", admin.userId()).query().listOfRows();
        assertThat(entries)
                .extracting(e -> e.get("action"))
                .containsExactly("api_key.created", "api_key.updated", "api_key.revoked");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e).containsEntry("actor_id", admin.userId());
            assertThat(e).containsEntry("actor_email", admin.email());
            assertThat(e).containsEntry("target_type", "api_key");
            assertThat(e).containsEntry("target_id", id);
        });
        assertThat(entries.get(0).get("details").toString())
                .contains("\"name\": \"audited\"")
                .contains("\"dailyBudgetCredits\": 2.000");
        assertThat(entries.get(1).get("details").toString())
                .contains("\"from\": {\"dailyBudgetCredits\": 2.000}")
                .contains("\"allowedModels\": [\"ok-openai\"]")
                .contains("\"dailyBudgetCredits\": 3.000");
        assertThat(entries.get(2).get("details").toString()).contains("\"name\": \"audited\"");
    }

    @Test
    void refusesLimitsThatCannotBeEnforcedAndStoresNothing() {
        String id = create(Map.of("name", "valid"));
        List<Object[]> invalid = List.of(
                new Object[] {"dailyBudgetCredits", 0, "dailyBudgetCredits"},
                new Object[] {"dailyBudgetCredits", -1, "dailyBudgetCredits"},
                new Object[] {"monthlyBudgetCredits", 0.0001, "monthlyBudgetCredits"},
                new Object[] {"monthlyBudgetCredits", "1e999999", "monthlyBudgetCredits"},
                new Object[] {"monthlyBudgetCredits", 1_000_000_001, "monthlyBudgetCredits"},
                new Object[] {"allowedModels", List.of(), "allowedModels"},
                new Object[] {"allowedModels", List.of("ok", "  "), "allowedModels[1]"},
                new Object[] {"allowedModels", List.of("x".repeat(201)), "allowedModels[0]"},
                new Object[] {"allowedModels", List.of("bell\u0007"), "allowedModels[0]"},
                new Object[] {"allowedModels", Collections.nCopies(101, "m"), "allowedModels"});
        for (Object[] c : invalid) {
            Api.Response onCreate =
                    api.post("/api/v1/keys", admin.token(), Map.of("name", "invalid", (String) c[0], c[1]));
            assertRefused(onCreate, (String) c[2]);
            assertRefused(patch(id, Map.of((String) c[0], c[1])), (String) c[2]);
        }
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertRefused(patch(id, Map.of("allowedModels", withNull)), "allowedModels[0]");
        assertThat(patch(id, Map.of("dailyBudgetCredits", "lots")).status()).isEqualTo(400);

        assertThat(count("api_keys where org_id = '" + admin.userId() + "'")).isEqualTo(1);
        JsonNode unchanged = only(api.get("/api/v1/keys", admin.token()).json());
        assertThat(unchanged.get("dailyBudgetCredits").isNull()).isTrue();
        assertThat(unchanged.get("allowedModels").isNull()).isTrue();
        assertThat(count("audit_log where action = 'api_key.updated' and target_id = '" + id + "'"))
                .isZero();
    }

    @Test
    void onlyAdminsOfTheKeysOrganisationChangeIt() {
        String org = api.post("/api/v1/orgs", admin.token(), Map.of("name", "Team"))
                .json()
                .get("id")
                .asString();
        Api.Response created = api.send(
                "POST", "/api/v1/keys", admin.token(), Map.of("name", "team key"), "Vectort-Organization", org);
        String id = created.json().get("id").asString();
        Api.Session member = api.newUser();
        jdbc.sql("insert into memberships (org_id, user_id, role) values (:org, :user, 'member')")
                .param("org", UUID.fromString(org))
                .param("user", member.userId())
                .update();

        Api.Response asMember = api.send(
                "PATCH",
                "/api/v1/keys/" + id,
                member.token(),
                Map.of("dailyBudgetCredits", 1),
                "Vectort-Organization",
                org);
        assertThat(asMember.status()).as(asMember.body()).isEqualTo(403);
        assertThat(asMember.json().get("type").asString()).endsWith("/forbidden-role");
        // In the admin's personal organisation the team's key does not exist.
        assertThat(patch(id, Map.of("dailyBudgetCredits", 1)).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/keys/" + id, member.token()).status()).isEqualTo(404);

        Api.Response asAdmin = api.send(
                "PATCH",
                "/api/v1/keys/" + id,
                admin.token(),
                Map.of("dailyBudgetCredits", 1),
                "Vectort-Organization",
                org);
        assertThat(asAdmin.status()).as(asAdmin.body()).isEqualTo(200);
        assertThat(count("audit_log where org_id = '" + org + "' and action = 'api_key.updated'"))
                .isEqualTo(1);
    }

    private String create(Map<String, Object> body) {
        Api.Response created = api.post("/api/v1/keys", admin.token(), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private Api.Response patch(String id, Map<String, Object> body) {
        return api.patch("/api/v1/keys/" + id, admin.token(), body);
    }

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).as(response.body()).contains("\"" + field + "\"");
    }

    private static JsonNode only(JsonNode list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
