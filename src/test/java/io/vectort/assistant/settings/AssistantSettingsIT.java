package io.vectort.assistant.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Channels, language and check-ins in the settings API, on a server without SMTP. */
class AssistantSettingsIT extends IntegrationTest {

    private static final String SETTINGS = "/api/v1/assistant/settings";

    @Test
    void defaultsSayInAppAndPushOnEmailOffAndUnavailableWithoutSmtp() {
        Api.Session me = api.newUser();

        JsonNode settings = api.get(SETTINGS, me.token()).json();

        assertThat(settings.at("/channels/inApp").asBoolean()).isTrue();
        assertThat(settings.at("/channels/push").asBoolean()).isTrue();
        assertThat(settings.at("/channels/email").asBoolean()).isFalse();
        assertThat(settings.at("/channels/emailAvailable").asBoolean()).isFalse();
        assertThat(settings.at("/checkIns/morningPlanAt").isNull()).isTrue();
        assertThat(settings.at("/checkIns/eveningCheckInAt").isNull()).isTrue();
        assertThat(settings.get("language").asString()).isEqualTo("en");
    }

    @Test
    void emailCannotBeChosenWithoutSmtp() {
        Api.Session me = api.newUser();

        Api.Response refused =
                api.send("PUT", SETTINGS, me.token(), Map.of("timeZone", "UTC", "channels", Map.of("email", true)));

        assertProblemOn(refused, "channels.email");
        assertThat(api.get(SETTINGS, me.token()).json().at("/channels/email").asBoolean())
                .isFalse();
    }

    @Test
    void checkInsPushAndLanguageAreSavedAndAbsentPartsKeepTheirValues() {
        Api.Session me = api.newUser();
        Map<String, Object> body = new HashMap<>();
        body.put("timeZone", "Europe/Paris");
        body.put("channels", Map.of("push", false));
        body.put("checkIns", Map.of("morningPlanAt", "08:30"));
        body.put("language", "fr");

        JsonNode saved = api.send("PUT", SETTINGS, me.token(), body).json();
        assertThat(saved.at("/checkIns/morningPlanAt").asString()).isEqualTo("08:30");
        assertThat(saved.at("/checkIns/eveningCheckInAt").isNull()).isTrue();
        assertThat(saved.at("/channels/push").asBoolean()).isFalse();
        assertThat(saved.get("language").asString()).isEqualTo("fr");

        // An older client sends only the time zone and quiet hours: the rest stays as chosen.
        JsonNode kept = api.send(
                        "PUT", SETTINGS, me.token(), Map.of("timeZone", "Europe/Paris"), "Accept-Language", "de")
                .json();
        assertThat(kept.at("/checkIns/morningPlanAt").asString()).isEqualTo("08:30");
        assertThat(kept.at("/channels/push").asBoolean()).isFalse();
        assertThat(kept.get("language").asString()).isEqualTo("fr");

        JsonNode english = api.send(
                        "PUT",
                        SETTINGS,
                        me.token(),
                        Map.of("timeZone", "Europe/Paris", "checkIns", Map.of("eveningCheckInAt", "21:00")),
                        "Accept-Language",
                        "en-GB,en;q=0.9")
                .json();
        assertThat(english.get("language").asString()).isEqualTo("en");
        assertThat(english.at("/checkIns/morningPlanAt").isNull())
                .as("absent inside checkIns = off")
                .isTrue();
        assertThat(english.at("/checkIns/eveningCheckInAt").asString()).isEqualTo("21:00");
    }

    @Test
    void badCheckInTimesAndLanguagesAreProblems() {
        Api.Session me = api.newUser();

        assertProblemOn(
                api.send(
                        "PUT",
                        SETTINGS,
                        me.token(),
                        Map.of("timeZone", "UTC", "checkIns", Map.of("morningPlanAt", "8 am"))),
                "checkIns.morningPlanAt");
        assertProblemOn(
                api.send(
                        "PUT",
                        SETTINGS,
                        me.token(),
                        Map.of("timeZone", "UTC", "checkIns", Map.of("eveningCheckInAt", "24:30"))),
                "checkIns.eveningCheckInAt");
        assertProblemOn(api.send("PUT", SETTINGS, me.token(), Map.of("timeZone", "UTC", "language", "de")), "language");
        assertThat(jdbc.sql("select count(*) from assistant_settings where user_id = :u")
                        .param("u", me.userId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static void assertProblemOn(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").findValuesAsString("field"))
                .as(response.toString())
                .containsExactly(field);
    }
}
