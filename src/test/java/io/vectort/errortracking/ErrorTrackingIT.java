package io.vectort.errortracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.organization.Role;
import io.vectort.jobs.JobAttempt;
import io.vectort.jobs.JobHandler;
import io.vectort.jobs.JobQueue;
import io.vectort.shared.NotFoundException;
import io.vectort.support.Api;
import io.vectort.support.FakeSentry;
import io.vectort.support.IntegrationTest;
import io.vectort.support.TeamFixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Error reports as Sentry receives them, through a fake ingest endpoint speaking the envelope
 * protocol. This context sets a DSN, so it is a context of its own, closed after the class (which
 * closes Sentry, global to the JVM); {@code ErrorTrackingOffIT} checks the shared one has none.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ErrorTrackingIT extends IntegrationTest {

    static final FakeSentry SENTRY = new FakeSentry();

    /** What a careless exception message or log line could carry; none of it may reach Sentry. */
    static final String PROVIDER_KEY = "sk-proj-Zx81LeakedProviderKey0042";

    static final String PROMPT_WORD = "Brontosaurus";
    static final String PROMPT = "Build a booking site for my " + PROMPT_WORD
            + " grooming salon with a calendar, reminders by text message and online payments";
    static final String GENERATED_CODE = "export default function App() { return <h1>" + PROMPT_WORD + "</h1>; }";

    @DynamicPropertySource
    static void sentry(DynamicPropertyRegistry registry) {
        registry.add("sentry.dsn", SENTRY::dsn);
        registry.add("sentry.environment", () -> "staging-test");
        registry.add("vectort.jobs.max-attempts", () -> "1");
        // A context of its own next to the shared one: a small pool keeps both within the server's connections.
        registry.add("vectort.database.pool-size", () -> "8");
    }

    @AfterAll
    static void stopSentry() {
        SENTRY.close();
    }

    @Autowired
    BuildProperties build;

    @Autowired
    JobQueue jobs;

    @Test
    void anUnhandledErrorIsReportedOnceWithItsRequestUserOrganisationReleaseAndEnvironment() {
        Api.Session user = api.newUser();
        UUID team = new TeamFixtures(api, jdbc).team(user, "Tracked");
        String requestId = "it-" + UUID.randomUUID();

        Api.Response response = api.send(
                "GET",
                "/api/v1/error-tracking-test/things/42/explode?access_token=" + PROVIDER_KEY,
                user.token(),
                null,
                "Vectort-Organization",
                team.toString(),
                "X-Request-Id",
                requestId,
                "X-Api-Key",
                PROVIDER_KEY,
                "Cookie",
                "session=" + PROVIDER_KEY);

        assertThat(response.status()).isEqualTo(500);
        JsonNode event = awaitEvent("request_id", requestId);
        assertThat(event.path("request").path("method").asString()).isEqualTo("GET");
        assertThat(event.path("request").path("url").asString())
                .isEqualTo("/api/v1/error-tracking-test/things/{id}/explode");
        assertThat(event.path("request").has("headers")).isFalse();
        assertThat(event.path("request").has("query_string")).isFalse();
        assertThat(event.path("request").has("cookies")).isFalse();
        assertThat(event.path("request").has("data")).isFalse();
        assertThat(event.path("transaction").asString())
                .isEqualTo("GET /api/v1/error-tracking-test/things/{id}/explode");
        assertThat(event.path("user").path("id").asString())
                .isEqualTo(user.userId().toString());
        assertThat(event.path("user").has("email")).isFalse();
        assertThat(event.path("user").has("ip_address")).isFalse();
        assertThat(event.path("tags").path("org_id").asString()).isEqualTo(team.toString());
        assertThat(event.path("release").asString()).isEqualTo("vectort@" + build.getVersion());
        assertThat(event.path("environment").asString()).isEqualTo("staging-test");
        assertThat(event.path("level").asString()).isEqualTo("error");
        JsonNode exception = event.path("exception").path("values").get(0);
        assertThat(exception.path("type").asString()).isEqualTo("IllegalStateException");
        assertThat(exception.path("value").asString()).startsWith("Provider refused key [redacted] for the prompt");
        assertThat(exception.path("stacktrace").path("frames").toString()).contains("ErrorTrackingIT$Explosions");
        assertThat(eventsWith("request_id", requestId)).hasSize(1);
        // The warning logged before the failure came along as a breadcrumb, scrubbed.
        assertThat(event.path("breadcrumbs").toString()).contains("Retrying the provider");

        assertThat(envelopeWith(requestId)).doesNotContain(PROVIDER_KEY, PROMPT_WORD, user.email(), "session=");
    }

    @Test
    void aClientErrorIsNotReported() {
        Api.Session user = api.newUser();
        String missing = "it-" + UUID.randomUUID();
        String marker = "it-" + UUID.randomUUID();

        Api.Response notFound = api.send(
                "GET", "/api/v1/error-tracking-test/things/7/missing", user.token(), null, "X-Request-Id", missing);
        assertThat(notFound.status()).isEqualTo(404);
        Api.Response failed = api.send(
                "GET", "/api/v1/error-tracking-test/things/8/explode", user.token(), null, "X-Request-Id", marker);
        assertThat(failed.status()).isEqualTo(500);

        // Events leave in order: once the later 500 is in, the 404 would have been too.
        awaitEvent("request_id", marker);
        assertThat(eventsWith("request_id", missing)).isEmpty();
        assertThat(SENTRY.refusals()).isEmpty();
    }

    @Test
    void aJobThatExhaustsItsAttemptsIsReportedWithTheJobAndWithoutTheSecretsOfItsMessage() {
        String jobId = UUID.randomUUID().toString();

        jobs.enqueue(FailingJob.NAME, jobId);

        JsonNode event = awaitEvent("job_id", jobId);
        assertThat(event.path("tags").path("job").asString()).isEqualTo(FailingJob.NAME);
        assertThat(event.path("release").asString()).isEqualTo("vectort@" + build.getVersion());
        assertThat(event.path("request").isMissingNode()).isTrue();
        List<String> types = event.path("exception")
                .path("values")
                .valueStream()
                .map(value -> value.path("type").asString())
                .toList();
        assertThat(types).contains("IllegalStateException");
        String envelope = envelopeWith(jobId);
        assertThat(envelope).doesNotContain(PROVIDER_KEY, PROMPT_WORD, "function App");
    }

    private static JsonNode awaitEvent(String tag, String value) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> eventsWith(tag, value), events -> !events.isEmpty())
                .getFirst();
    }

    private static List<JsonNode> eventsWith(String tag, String value) {
        return SENTRY.events().stream()
                .filter(event -> event.path("tags").path(tag).asString("").equals(value))
                .toList();
    }

    private static String envelopeWith(String marker) {
        return SENTRY.envelopes().stream()
                .map(FakeSentry.Envelope::text)
                .filter(text -> text.contains(marker))
                .findFirst()
                .orElseThrow();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Endpoints {

        @Bean
        Explosions explosions() {
            return new Explosions();
        }

        @Bean
        FailingJob failingJob() {
            return new FailingJob();
        }
    }

    @RestController
    static class Explosions {

        private static final Logger log = LoggerFactory.getLogger(Explosions.class);

        @GetMapping("/api/v1/error-tracking-test/things/{id}/explode")
        @OrgAccess(Role.VIEWER)
        Map<String, String> explode(@PathVariable String id) {
            log.warn("Retrying the provider with key {} for: {}", PROVIDER_KEY, PROMPT);
            throw new IllegalStateException(
                    "Provider refused key " + PROVIDER_KEY + " for the prompt \"" + PROMPT + "\"\n" + GENERATED_CODE);
        }

        @GetMapping("/api/v1/error-tracking-test/things/{id}/missing")
        @OrgAccess(Role.VIEWER)
        Map<String, String> missing(@PathVariable String id) {
            throw new NotFoundException("Thing");
        }
    }

    static class FailingJob implements JobHandler {

        static final String NAME = "error-tracking-test-failing";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public void run(String jobId, JobAttempt attempt) {
            throw new IllegalStateException(
                    "Could not store " + GENERATED_CODE + " with api_key=" + PROVIDER_KEY,
                    new IllegalArgumentException(PROMPT));
        }
    }
}
