package io.vectort.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of integration tests: the whole application on a random port, its own fresh PostgreSQL
 * database, the offline starter without pacing, fast job heartbeats, and the scripted test
 * generator (a test-only component found by scanning) for the {@code test-*} models. All subclasses
 * share one application context.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "vectort.generation.starter.chunk-delay=0ms",
            "vectort.jobs.heartbeat-interval=500ms",
            "vectort.jobs.missed-heartbeats=4",
            "vectort.jobs.polling-interval=300ms",
            "vectort.jobs.retry-backoff=100ms",
            "vectort.events.follow-poll=500ms",
            "vectort.preview.dir=target/test-previews-main-${vectort.test.fork:0}",
            // Checks of every generated version install and build real projects: only the suites
            // about them turn them on (VerifiedBuildsIT, ShipJourneyIT).
            "vectort.builds.verify=${vectort.test.verify-builds:false}",
            "vectort.storage.dir=target/test-blobs-${vectort.test.fork:0}",
            "vectort.generation.default-generator=starter",
            // The Assistant answers by its fixed rules here; AssistantAgentIT turns the agent on.
            "vectort.assistant.agent.enabled=false",
            "vectort.identity.registrations-per-hour=50",
            // Long enough that a burst of guesses always lands inside the first wait.
            "vectort.identity.sign-in.backoff=5s",
            "vectort.web.metrics-token=" + Api.METRICS_TOKEN,
            // Api sends X-Forwarded-For from 127.0.0.1, as a reverse proxy would.
            "vectort.web.trusted-proxies=127.0.0.1",
            // Fakes of third-party services (a push service) listen on 127.0.0.1 over plain http.
            "vectort.outbound.allowed-hosts=127.0.0.1",
            "vectort.llm.retry.initial-backoff=50ms",
            "vectort.llm.retry.max-backoff=1500ms",
            "vectort.llm.breaker.sliding-window-size=4",
            "vectort.llm.breaker.minimum-calls=4",
            "vectort.llm.breaker.open-duration=2s",
            // Cache counters are flushed by the tests that read them, not by the clock.
            "vectort.cache.flush-interval=1h",
            // The console's rollups are run by the tests that read them (ConsoleFixtures), not by the clock.
            "vectort.console.rollup-interval=1h",
            "vectort.console.backfill=1d",
            "logging.level.root=WARN",
            "logging.level.io.vectort.generation.run=INFO"
        })
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected Api api;

    /** The master key of the test installation; every node of the test JVM uses it. */
    public static final String MASTER_KEY = java.util.Base64.getEncoder()
            .encodeToString("test-master-key-32-bytes-long!!!".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    /**
     * The database of the running test's context, for tests that start a second node on it. Set
     * before each test: a test class with properties of its own has a context (and a database) of
     * its own, and runs between the others.
     */
    protected static String databaseUrl = "";

    @Value("${vectort.database.url}")
    private String contextDatabaseUrl;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String url = TestDatabase.createDatabase();
        registry.add("vectort.database.url", () -> url);
        registry.add("vectort.database.user", () -> "postgres");
        registry.add("vectort.database.master-key", () -> MASTER_KEY);
        TestRedis.url().ifPresent(redis -> registry.add("vectort.redis.url", () -> redis));
        FakeUpstreams.register((name, value) -> registry.add(name, () -> value));
        FakeStripe.register((name, value) -> registry.add(name, () -> value));
        FakeGitHub.register((name, value) -> registry.add(name, () -> value));
        FakeHosts.register((name, value) -> registry.add(name, () -> value));
    }

    @org.junit.jupiter.api.BeforeEach
    void client() {
        api = new Api(port);
        databaseUrl = contextDatabaseUrl;
    }

    protected long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
