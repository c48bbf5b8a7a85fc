package io.vectort.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.MeterRegistry;
import io.vectort.providers.local.BundledEmbeddings;
import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import io.vectort.support.TestRedis;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ResponseCacheIT extends IntegrationTest {

    private static RedisClient redisClient;

    @Autowired
    LayeredResponseCache cache;

    @Autowired
    PostgresArchive archive;

    @Autowired
    SettingsStore settings;

    @Autowired
    CacheMetrics metrics;

    @Autowired
    CacheStats stats;

    @Autowired
    CacheProperties properties;

    @Autowired
    CacheFlusher flusher;

    @Autowired
    CacheArchivePurge purge;

    @Autowired
    CacheWarming warming;

    @Autowired
    RecordingCacheWarmer warmer;

    @Autowired
    MeterRegistry meters;

    @Autowired
    BundledEmbeddings embeddings;

    @BeforeAll
    static void redis() {
        if (TestRedis.url().isPresent()) {
            redisClient = RedisClient.create("redis://127.0.0.1:6379");
        }
    }

    @AfterAll
    static void closeRedis() {
        if (redisClient != null) {
            redisClient.shutdown();
        }
    }

    /**
     * Drops an entry from L1 and, when the shared context runs with Redis, from L2 too, so that the
     * next read has to come from the archive.
     */
    private void forgetAboveArchive(CacheKey key) {
        cache.evictLocal(key);
        if (redisClient != null) {
            try (StatefulRedisConnection<String, String> direct = redisClient.connect()) {
                direct.sync().del("vectort:cache:" + key.type().tag() + ":" + key.scope() + ":" + key.hash());
            }
        }
    }

    private static CacheKey key(UUID scope, CacheType type, String request) {
        return new CacheKey(scope, type, CacheKeys.sha256(request));
    }

    private static CachedResponse response(String body) {
        return new CachedResponse(body, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void servesFromL1ThenL2ThenL3AndPromotesUpward() throws InterruptedException {
        assumeThat(redisClient).as("Redis on 127.0.0.1:6379").isNotNull();
        try (RedisLayer redis = new RedisLayer(redisClient, Duration.ofMillis(100), metrics);
                StatefulRedisConnection<String, String> direct = redisClient.connect()) {
            for (int i = 0; i < 100 && !redis.connected(); i++) {
                Thread.sleep(50);
            }
            assertThat(redis.connected()).isTrue();
            LayeredResponseCache layered = new LayeredResponseCache(
                    properties,
                    new CaffeineLayer(properties.l1()),
                    Optional.of(redis),
                    archive,
                    new SimilarPromptIndex(archive, properties.similar()),
                    settings,
                    metrics,
                    stats);
            CacheKey key = key(UUID.randomUUID(), CacheType.CHAT, "layers");
            CachedResponse stored = response("{\"id\":\"chatcmpl-1\"}");
            layered.put(key, stored);
            assertThat(direct.sync().get(RedisLayer.key(key))).endsWith("\n" + stored.body());
            assertThat(direct.sync().pttl(RedisLayer.key(key))).isBetween(23 * 3_600_000L, 24 * 3_600_000L);

            assertThat(layered.get(key)).contains(new CacheHit(key, stored, "l1"));

            layered.evictLocal(key);
            assertThat(layered.get(key)).contains(new CacheHit(key, stored, "l2"));
            assertThat(layered.get(key)).contains(new CacheHit(key, stored, "l1"));

            layered.evictLocal(key);
            direct.sync().del(RedisLayer.key(key));
            assertThat(layered.get(key)).contains(new CacheHit(key, stored, "l3"));
            assertThat(direct.sync().get(RedisLayer.key(key)))
                    .as("promoted to L2")
                    .endsWith(stored.body());
            assertThat(layered.get(key)).contains(new CacheHit(key, stored, "l1"));

            layered.evict(key);
            assertThat(direct.sync().exists(RedisLayer.key(key))).isZero();
            assertThat(layered.get(key)).isEmpty();
        }
    }

    @Test
    void withoutRedisAnL1MissIsServedFromTheArchive() {
        CacheKey key = key(UUID.randomUUID(), CacheType.BUILDER, "archive");
        CachedResponse stored = response("<file path=\"index.html\">hi</file>");
        cache.put(key, stored);
        forgetAboveArchive(key);
        assertThat(cache.get(key)).contains(new CacheHit(key, stored, "l3"));
        assertThat(cache.get(key)).contains(new CacheHit(key, stored, "l1"));
    }

    @Test
    void neverServesAnEntryToAnotherScope() {
        UUID owner = UUID.randomUUID();
        CacheKey key = key(owner, CacheType.CHAT, "same request");
        cache.put(key, response("owner's answer"));
        CacheKey other = new CacheKey(UUID.randomUUID(), CacheType.CHAT, key.hash());
        assertThat(cache.get(other)).isEmpty();
        forgetAboveArchive(key);
        assertThat(cache.get(other)).isEmpty();
        assertThat(cache.get(key)).isPresent();
    }

    @Test
    void doesNotCacheValuesOverTheMaximumSize() {
        CacheKey key = key(UUID.randomUUID(), CacheType.CHAT, "huge");
        cache.put(key, response("x".repeat((int) properties.maxValueSize().toBytes() + 1)));
        assertThat(cache.get(key)).isEmpty();
        assertThat(jdbc.sql("select count(*) from cache_entries where hash = :h")
                        .param("h", key.hash())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void expiredArchiveRowsAreNotServedAndArePurged() throws Exception {
        CacheKey expired = key(UUID.randomUUID(), CacheType.BUILDER, "expired");
        CacheKey live = key(expired.scope(), CacheType.BUILDER, "live");
        cache.put(expired, response("old"));
        cache.put(live, response("new"));
        jdbc.sql("update cache_entries set expires_at = now() - interval '1 minute' where hash = :h")
                .param("h", expired.hash())
                .update();
        forgetAboveArchive(expired);
        assertThat(cache.get(expired)).isEmpty();

        purge.run();

        assertThat(jdbc.sql("select hash from cache_entries where scope = :s")
                        .param("s", expired.scope())
                        .query(String.class)
                        .list())
                .containsExactly(live.hash());
    }

    @Test
    void similarPromptsOnlyWhenTheScopeOptedInAndOnlyForParaphrases() {
        Api.Session user = api.newUser();
        UUID scope = user.userId();
        String original = CacheKeys.normalizePrompt("Create a budget planner with dark mode");
        CacheKey stored = key(scope, CacheType.BUILDER, original);
        cache.put(stored, response("planner files"), tag("react", "app", original));

        SimilarityTag paraphrase =
                tag("react", "app", CacheKeys.normalizePrompt("Build a budget planner that has dark mode"));
        assertThat(cache.similarPromptsEnabled(scope)).isFalse();
        assertThat(cache.similar(scope, paraphrase)).isEmpty();

        Api.Response enabled = api.send("PUT", "/api/v1/cache/settings", user.token(), Map.of("similar_prompts", true));
        assertThat(enabled.status()).isEqualTo(200);
        assertThat(cache.similarPromptsEnabled(scope)).isTrue();

        assertThat(cache.similar(scope, paraphrase)).hasValueSatisfying(hit -> {
            assertThat(hit.layer()).isEqualTo("similar");
            assertThat(hit.response().body()).isEqualTo("planner files");
        });
        assertThat(cache.similar(scope, tag("react", "app", "create a budget planner without dark mode")))
                .isEmpty();
        assertThat(cache.similar(scope, tag("vue", "app", paraphrase.normalizedPrompt())))
                .as("another framework")
                .isEmpty();
        assertThat(cache.similar(UUID.randomUUID(), paraphrase))
                .as("another scope")
                .isEmpty();
    }

    @Test
    void statsCountExactlyWhatHappenedInTheScope() {
        Api.Session user = api.newUser();
        UUID scope = user.userId();
        CacheKey chat = key(scope, CacheType.CHAT, "chat");
        String prompt = CacheKeys.normalizePrompt("Create a kanban board with drag and drop");
        CacheKey builder = key(scope, CacheType.BUILDER, prompt);
        cache.put(chat, response("chat answer"));
        cache.put(builder, response("kanban files"), tag("react", "app", prompt));
        settings.save(scope, new ScopeSettings(true, java.util.OptionalDouble.empty()));

        cache.get(chat); // l1
        cache.get(chat); // l1
        forgetAboveArchive(chat);
        cache.get(chat); // l3
        cache.get(key(scope, CacheType.CHAT, "other")); // miss
        cache.get(builder); // l1
        String paraphrase = CacheKeys.normalizePrompt("Build a kanban board with drag and drop");
        cache.get(key(scope, CacheType.BUILDER, paraphrase)); // exact miss, then
        assertThat(cache.similar(scope, tag("react", "app", paraphrase))).isPresent(); // similar: not a miss
        cache.get(key(scope, CacheType.BUILDER, "nothing like it")); // miss
        flusher.flush();

        JsonNode stats = api.get("/api/v1/cache/stats?days=30", user.token()).json();
        assertThat(stats.get("hits").asLong()).isEqualTo(5);
        assertThat(stats.get("misses").asLong()).isEqualTo(2);
        assertThat(stats.get("hit_rate").asDouble()).isEqualTo(5 / 7.0);
        assertThat(stats.get("by_layer").get("l1").asLong()).isEqualTo(3);
        assertThat(stats.get("by_layer").get("l3").asLong()).isEqualTo(1);
        assertThat(stats.get("by_layer").get("similar").asLong()).isEqualTo(1);
        assertThat(stats.get("by_layer").get("l2").asLong()).isZero();
        JsonNode chatStats = stats.get("by_type").get("chat");
        assertThat(chatStats.get("hits").asLong()).isEqualTo(3);
        assertThat(chatStats.get("misses").asLong()).isEqualTo(1);
        assertThat(chatStats.get("hit_rate").asDouble()).isEqualTo(0.75);
        JsonNode builderStats = stats.get("by_type").get("builder");
        assertThat(builderStats.get("hits").asLong()).isEqualTo(2);
        assertThat(builderStats.get("misses").asLong()).isEqualTo(1);
        assertThat(stats.get("entries").asLong()).isEqualTo(2);

        JsonNode stranger =
                api.get("/api/v1/cache/stats", api.newUser().token()).json();
        assertThat(stranger.get("hits").asLong()).isZero();
        assertThat(stranger.get("entries").asLong()).isZero();
    }

    @Test
    void hitCountsAreWrittenInBatchesByTheFlush() {
        CacheKey key = key(UUID.randomUUID(), CacheType.BUILDER, "popular");
        cache.put(key, response("popular"));
        cache.get(key);
        cache.get(key);
        forgetAboveArchive(key);
        cache.get(key);
        assertThat(hits(key)).as("nothing written per request").isZero();
        flusher.flush();
        assertThat(hits(key)).isEqualTo(3);
        assertThat(jdbc.sql("select last_hit_at is not null from cache_entries where hash = :h")
                        .param("h", key.hash())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void settingsAreValidated() {
        Api.Session user = api.newUser();
        Api.Response initial = api.get("/api/v1/cache/settings", user.token());
        assertThat(initial.json().get("similar_prompts").asBoolean()).isFalse();
        assertThat(initial.json().get("similarity_threshold").isNull()).isTrue();
        assertThat(initial.json().get("effective_threshold").asDouble()).isEqualTo(0.90);

        for (Object body : List.of(
                Map.of("similar_prompts", true, "similarity_threshold", 0.5),
                Map.of("similar_prompts", true, "similarity_threshold", 0.995),
                Map.of("similarity_threshold", 0.9))) {
            Api.Response rejected = api.send("PUT", "/api/v1/cache/settings", user.token(), body);
            assertThat(rejected.status()).as(body.toString()).isEqualTo(400);
            assertThat(rejected.header("Content-Type")).hasValue("application/problem+json");
            assertThat(rejected.json().get("errors").findValuesAsString("field"))
                    .containsAnyOf("similarity_threshold", "similar_prompts");
        }
        assertThat(settings.of(user.userId())).isEqualTo(ScopeSettings.DEFAULT);

        Api.Response saved = api.send(
                "PUT",
                "/api/v1/cache/settings",
                user.token(),
                Map.of("similar_prompts", true, "similarity_threshold", 0.93));
        assertThat(saved.status()).isEqualTo(200);
        JsonNode read = api.get("/api/v1/cache/settings", user.token()).json();
        assertThat(read.get("similar_prompts").asBoolean()).isTrue();
        assertThat(read.get("similarity_threshold").asDouble()).isEqualTo(0.93);
        assertThat(read.get("effective_threshold").asDouble()).isEqualTo(0.93);

        assertThat(api.get("/api/v1/cache/settings", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/cache/stats?days=0", user.token()).status()).isEqualTo(400);
    }

    @Test
    void clearingRemovesOnlyTheCallersEntriesFromEveryLayer() {
        Api.Session user = api.newUser();
        CacheKey first = key(user.userId(), CacheType.CHAT, "one");
        CacheKey second = key(user.userId(), CacheType.BUILDER, "two");
        CacheKey someoneElses = key(UUID.randomUUID(), CacheType.CHAT, "one");
        cache.put(first, response("1"));
        cache.put(second, response("2"));
        cache.put(someoneElses, response("3"));

        Api.Response cleared = api.delete("/api/v1/cache", user.token());

        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().get("entries_deleted").asLong()).isEqualTo(2);
        assertThat(cache.get(first)).as("gone from L1 too").isEmpty();
        assertThat(cache.get(second)).isEmpty();
        assertThat(cache.get(someoneElses)).isPresent();
    }

    @Test
    void countsHitsAndMissesAsPrometheusMetrics() {
        CacheKey key = key(UUID.randomUUID(), CacheType.CHAT, "metered");
        double hitsBefore = counter("vectort.cache.hits", "layer", "l1", "chat");
        double l3Before = counter("vectort.cache.hits", "layer", "l3", "chat");
        double missesBefore = counter("vectort.cache.misses", null, null, "chat");
        cache.get(key);
        cache.put(key, response("metered"));
        cache.get(key);
        cache.get(key);
        forgetAboveArchive(key);
        cache.get(key);
        assertThat(counter("vectort.cache.misses", null, null, "chat")).isEqualTo(missesBefore + 1);
        assertThat(counter("vectort.cache.hits", "layer", "l1", "chat")).isEqualTo(hitsBefore + 2);
        assertThat(counter("vectort.cache.hits", "layer", "l3", "chat")).isEqualTo(l3Before + 1);

        String exposition = api.metrics().body();
        assertThat(exposition)
                .containsPattern("vectort_cache_hits_total\\{[^}]*cache_type=\"chat\"[^}]*layer=\"l1\"[^}]*} [1-9]");
        assertThat(exposition).containsPattern("vectort_cache_misses_total\\{[^}]*cache_type=\"chat\"[^}]*} [1-9]");
        assertThat(exposition).contains("vectort_cache_errors_total{");
    }

    @Test
    void warmingRegeneratesPopularEntriesThatAreAboutToExpire() {
        UUID scope = UUID.randomUUID();
        warmer.scopes.add(scope);
        String prompt = "create a recipe manager with search";
        CacheKey popular = key(scope, CacheType.BUILDER, "popular " + prompt);
        CacheKey unpopular = key(scope, CacheType.BUILDER, "unpopular");
        CacheKey notExpiring = key(scope, CacheType.BUILDER, "not expiring");
        cache.put(popular, response("old"), tag("react", "app", prompt));
        cache.put(unpopular, response("old"));
        cache.put(notExpiring, response("old"));
        setHitsAndExpiry(popular, 7, "2 hours");
        setHitsAndExpiry(unpopular, 2, "2 hours");
        setHitsAndExpiry(notExpiring, 9, "3 days");

        warming.run();

        assertThat(warmer.asked).singleElement().satisfies(candidate -> {
            assertThat(candidate.key()).isEqualTo(popular);
            assertThat(candidate.hits()).isEqualTo(7);
            assertThat(candidate.tag()).hasValueSatisfying(t -> {
                assertThat(t.framework()).isEqualTo("react");
                assertThat(t.normalizedPrompt()).isEqualTo(prompt);
                assertThat(t.embedding()).hasSize(BundledEmbeddings.DIMENSIONS);
            });
        });
        forgetAboveArchive(popular);
        assertThat(cache.get(popular).orElseThrow().response().body()).isEqualTo("warmed " + popular.hash());
        Map<String, Object> row =
                jdbc.sql("""
                        select hits, expires_at > now() + interval '29 days' fresh, embedding is not null indexed
                        from cache_entries where hash = :h""").param("h", popular.hash()).query().singleRow();
        assertThat(row).containsEntry("hits", 0L).containsEntry("fresh", true).containsEntry("indexed", true);
        forgetAboveArchive(unpopular);
        assertThat(cache.get(unpopular).orElseThrow().response().body()).isEqualTo("old");
    }

    private void setHitsAndExpiry(CacheKey key, long hits, String expiresIn) {
        jdbc.sql("update cache_entries set hits = :hits, expires_at = now() + cast(:in as interval) where hash = :h")
                .param("hits", hits)
                .param("in", expiresIn)
                .param("h", key.hash())
                .update();
    }

    private long hits(CacheKey key) {
        return jdbc.sql("select hits from cache_entries where hash = :h")
                .param("h", key.hash())
                .query(Long.class)
                .single();
    }

    private double counter(String name, String tag, String value, String type) {
        var search = meters.find(name).tag("cache_type", type);
        if (tag != null) {
            search = search.tag(tag, value);
        }
        return search.counter().count();
    }

    private SimilarityTag tag(String framework, String appType, String normalizedPrompt) {
        return new SimilarityTag(
                framework,
                appType,
                normalizedPrompt,
                embeddings.embed(List.of(normalizedPrompt)).getFirst());
    }
}
