package io.vectort.assistant.memory;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vectort.providers.local.BundledEmbeddings;
import io.vectort.shared.FieldViolation;
import io.vectort.shared.Ids;
import io.vectort.shared.InvalidRequestException;
import io.vectort.shared.NotFoundException;
import io.vectort.shared.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A user's long-term memory: remember, forget, see, edit, delete, export, search, and the context
 * the agent gets. Every method acts on one user's memories only; another user's memory id is
 * reported as not found.
 */
@Service
public class AssistantMemory {

    /** Most results a search returns. */
    public static final int MAX_RESULTS = 50;

    static final int MAX_SOURCE_MESSAGE = 4000;
    static final long MAX_EXPIRY_DAYS = 36_525;
    /** How many candidates each ranking contributes to the fusion. */
    static final int CANDIDATES = 50;
    /**
     * Below this cosine a vector neighbour is noise, not a match; MiniLM puts unrelated sentences
     * around 0 to 0.15, and paraphrases ("sibling" and "my sister is Léa") well above.
     */
    static final float MIN_SIMILARITY = 0.2f;
    /** {@link #forget} by meaning deletes only facts this close to what the user named. */
    static final float FORGET_SIMILARITY = 0.75f;
    /** The longest message {@link #contextFor} embeds; the start of a message carries its topic. */
    static final int MAX_CONTEXT_QUERY = 1000;

    private final MemoryStore store;
    private final MemoryIndex index;
    private final BundledEmbeddings embeddings;
    private final TransactionTemplate transactions;
    private final SearchTimers timers;

    AssistantMemory(
            MemoryStore store,
            MemoryIndex index,
            BundledEmbeddings embeddings,
            PlatformTransactionManager transactionManager,
            MeterRegistry registry) {
        this.store = store;
        this.index = index;
        this.embeddings = embeddings;
        this.timers = new SearchTimers(registry);
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Adds a fact. Nothing is rewritten: a current memory with the same text, and the one named by
     * {@link Remember#supersedes()}, are marked superseded by the new one and kept as history.
     */
    public Memory remember(UUID userId, Remember request) {
        Remember clean = validRemember(request);
        float[] vector = embed(clean.fact());
        UUID id = Ids.newId();
        record Added(Memory memory, long revision, Set<UUID> superseded) {}
        Added added = inTransaction(() -> {
            long revision = store.bumpRevision(userId);
            Set<UUID> older = new LinkedHashSet<>(store.currentWithSameText(userId, clean.fact()));
            clean.supersedes().ifPresent(named -> {
                older.add(store.find(userId, named)
                        .orElseThrow(() -> new NotFoundException("Memory"))
                        .id());
            });
            Memory inserted = store.insert(id, userId, clean, FactText.folded(clean.fact()), Vectors.toBytes(vector));
            store.supersede(userId, List.copyOf(older), inserted.id());
            return new Added(inserted, revision, Set.copyOf(older));
        });
        long expires = clean.expiresAt().map(Instant::toEpochMilli).orElse(UserVectors.NEVER);
        UserIndex.Fact indexed = new UserIndex.Fact(
                id, added.memory().fact(), added.memory().createdAt().toEpochMilli(), expires, vector);
        index.afterWrite(userId, added.revision(), added.superseded(), Optional.of(indexed));
        return added.memory();
    }

    /**
     * Deletes the memories about something: those containing every meaningful word of
     * {@code about}, and current ones whose meaning is very close to it, with the older versions
     * they superseded.
     *
     * @return what was forgotten
     */
    public List<Memory> forget(UUID userId, String about) {
        String clean = FactText.validQuery("about", about);
        Set<UUID> matches = new LinkedHashSet<>();
        List<String> terms = FactText.queryTerms(clean);
        if (!terms.isEmpty()) {
            matches.addAll(store.allMatching(userId, FactText.allOf(terms)));
        }
        index.nearest(userId, embed(clean), CANDIDATES, Instant.now()).stream()
                .filter(hit -> hit.similarity() >= FORGET_SIMILARITY)
                .forEach(hit -> matches.add(hit.id()));
        if (matches.isEmpty()) {
            return List.of();
        }
        Deleted deleted = inTransaction(() -> {
            // The revision row first, as every write takes it: the same lock order, no deadlock.
            long revision = store.bumpRevision(userId);
            return new Deleted(store.deleteWithHistory(userId, List.copyOf(matches)), revision);
        });
        index.afterWrite(userId, deleted.revision(), deleted.ids(), Optional.empty());
        return deleted.memories();
    }

    /** A page of every memory, superseded and expired ones included, newest first. */
    public Page list(UUID userId, int page, int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw new InvalidRequestException(List.of(
                    new FieldViolation("page", "out-of-range", "page must be >= 0 and size between 1 and 200")));
        }
        return new Page(store.page(userId, page, size), page, size, store.count(userId));
    }

    public Memory get(UUID userId, UUID memoryId) {
        return store.find(userId, memoryId).orElseThrow(() -> new NotFoundException("Memory"));
    }

    /** The user's own correction: changes the text (and its embedding) or the expiry in place. */
    public Memory edit(UUID userId, UUID memoryId, Optional<String> fact, Optional<Instant> expiresAt) {
        List<FieldViolation> violations = new ArrayList<>();
        Optional<String> cleanFact = fact.flatMap(f -> collect(violations, () -> FactText.validFact("fact", f)));
        expiresAt.ifPresent(expiry -> collect(violations, () -> futureExpiry(expiry)));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        get(userId, memoryId);
        byte[] embedding = cleanFact.map(f -> Vectors.toBytes(embed(f))).orElse(null);
        Memory edited = inTransaction(() -> {
            store.bumpRevision(userId);
            return store.update(
                            userId,
                            memoryId,
                            cleanFact.orElse(null),
                            cleanFact.map(FactText::folded).orElse(null),
                            embedding,
                            expiresAt.orElse(null))
                    .orElseThrow(() -> new NotFoundException("Memory"));
        });
        index.invalidate(userId);
        return edited;
    }

    /** Deletes one memory and the older versions it superseded. */
    public void delete(UUID userId, UUID memoryId) {
        Deleted deleted = inTransaction(() -> {
            long revision = store.bumpRevision(userId);
            List<Memory> memories = store.deleteWithHistory(userId, List.of(memoryId));
            if (memories.isEmpty()) {
                throw new NotFoundException("Memory");
            }
            return new Deleted(memories, revision);
        });
        index.afterWrite(userId, deleted.revision(), deleted.ids(), Optional.empty());
    }

    /** Everything remembered about the user, oldest first, for "what do you know about me?" and export. */
    public List<Memory> export(UUID userId) {
        return store.all(userId);
    }

    /**
     * The current, unexpired memories that best answer {@code query}: full-text rank and vector
     * similarity fused, then re-ranked by recency.
     */
    public List<Memory> search(UUID userId, String query, int limit) {
        if (limit < 1 || limit > MAX_RESULTS) {
            throw new InvalidRequestException("limit", "out-of-range", "must be between 1 and " + MAX_RESULTS);
        }
        return ranked(userId, FactText.validQuery("q", query), limit);
    }

    /**
     * The memories most relevant to a message that fit in {@code tokenBudget} tokens, as prompt
     * text for the agent.
     */
    public MemoryContext contextFor(UUID userId, String message, long tokenBudget) {
        if (tokenBudget < 0) {
            throw new IllegalArgumentException("tokenBudget must be >= 0, was " + tokenBudget);
        }
        String clean = message.strip();
        if (tokenBudget == 0 || Text.hasForbiddenControlCharacters(clean) || !FactText.hasVisibleText(clean)) {
            return new MemoryContext(List.of(), "", 0);
        }
        int end = clean.offsetByCodePoints(0, Math.min(MAX_CONTEXT_QUERY, Text.lengthInCodePoints(clean)));
        return ContextBudget.fill(ranked(userId, clean.substring(0, end), MAX_RESULTS), tokenBudget);
    }

    private List<Memory> ranked(UUID userId, String query, int limit) {
        return timers.total.record(() -> rankedNow(userId, query, limit));
    }

    private List<Memory> rankedNow(UUID userId, String query, int limit) {
        Instant now = Instant.now();
        // Both rankings come from this node's memory: the only database work before the candidates
        // are read back is the revision check. It and full text run on a virtual thread while this
        // one embeds the query and scans the vectors, so a search costs the longer of the two.
        CompletableFuture<UserIndex> user = CompletableFuture.supplyAsync(
                () -> timers.revision.record(() -> index.current(userId)), Thread::startVirtualThread);
        List<String> terms = FactText.queryTerms(query);
        CompletableFuture<List<UUID>> lexicalSearch = user.thenApplyAsync(
                loaded -> timers.fullText.record(() -> loaded.fullText().matching(terms, CANDIDATES, now)),
                Thread::startVirtualThread);
        float[] vector = timers.embed.record(() -> embed(query));
        UserIndex loaded = joined(user);
        List<UUID> semantic = timers.vectors.record(() -> loaded.vectors().nearest(vector, CANDIDATES, now)).stream()
                .filter(hit -> hit.similarity() >= MIN_SIMILARITY)
                .map(UserVectors.Hit::id)
                .toList();
        List<UUID> lexical = timers.waitForFullText.record(() -> joined(lexicalSearch));
        Set<UUID> candidates = new LinkedHashSet<>(lexical);
        candidates.addAll(semantic);
        if (candidates.isEmpty()) {
            return List.of();
        }
        // Read again: a candidate of a slightly older index may have been superseded or deleted since.
        Map<UUID, Memory> rows = timers.readBack.record(() -> store.byIds(userId, List.copyOf(candidates))).stream()
                .filter(memory -> memory.activeAt(now))
                .collect(Collectors.toMap(Memory::id, Function.identity()));
        List<UUID> liveLexical = lexical.stream().filter(rows::containsKey).toList();
        List<UUID> liveSemantic = semantic.stream().filter(rows::containsKey).toList();
        return RankFusion.fuse(liveLexical, liveSemantic, id -> rows.get(id).createdAt(), now).stream()
                .limit(limit)
                .map(scored -> rows.get(scored.id()))
                .toList();
    }

    /**
     * Where a search spends its time, {@code vectort_assistant_memory_search_seconds{phase}}: the
     * query's embedding, the revision check (a user's first search, or the first after a write on
     * another node, includes loading their index), full text (both on their own thread), the vector
     * scan, the wait for full text after it, and reading the candidates back; {@code total} is the
     * whole search (embedding included), without HTTP, authentication and JSON.
     */
    private static final class SearchTimers {
        final Timer embed;
        final Timer revision;
        final Timer fullText;
        final Timer vectors;
        final Timer waitForFullText;
        final Timer readBack;
        final Timer total;

        SearchTimers(MeterRegistry registry) {
            embed = timer(registry, "embed");
            revision = timer(registry, "revision");
            fullText = timer(registry, "full_text");
            vectors = timer(registry, "vectors");
            waitForFullText = timer(registry, "wait_for_full_text");
            readBack = timer(registry, "read_back");
            total = timer(registry, "total");
        }

        private static Timer timer(MeterRegistry registry, String phase) {
            return Timer.builder("vectort_assistant_memory_search")
                    .description("Time a memory search spends in each phase")
                    .tag("phase", phase)
                    .publishPercentiles(0.5, 0.95, 0.99)
                    .register(registry);
        }
    }

    /** The result of work done on another thread, its failure rethrown as it was raised. */
    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private float[] embed(String text) {
        // The bundled model directly, not the API's BundledEmbeddingQueue: one short text per
        // request, like the Builder's prompt embeddings, and a search must not be refused because
        // /v1/embeddings clients keep the queue full.
        return Vectors.normalized(embeddings.embed(List.of(text)).getFirst());
    }

    private Remember validRemember(Remember request) {
        List<FieldViolation> violations = new ArrayList<>();
        String fact = collect(violations, () -> FactText.validFact("fact", request.fact()))
                .orElse("");
        Optional<String> message = request.sourceMessage().flatMap(m -> collect(violations, () -> validMessage(m)));
        request.expiresAt().ifPresent(expiry -> collect(violations, () -> futureExpiry(expiry)));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new Remember(fact, request.source(), message, request.expiresAt(), request.supersedes());
    }

    private static String validMessage(String message) {
        if (Text.hasForbiddenControlCharacters(message)) {
            throw new InvalidRequestException(
                    "sourceMessage", "control-characters", "must not contain control characters");
        }
        if (Text.lengthInCodePoints(message) > MAX_SOURCE_MESSAGE) {
            throw new InvalidRequestException(
                    "sourceMessage", "invalid-length", "must be at most " + MAX_SOURCE_MESSAGE + " characters");
        }
        return message;
    }

    private static Instant futureExpiry(Instant expiry) {
        Instant now = Instant.now();
        if (!expiry.isAfter(now)) {
            throw new InvalidRequestException("expiresAt", "in-the-past", "must be in the future");
        }
        // Far beyond any life, and PostgreSQL's timestamps end in the year 294276.
        if (expiry.isAfter(now.plus(MAX_EXPIRY_DAYS, java.time.temporal.ChronoUnit.DAYS))) {
            throw new InvalidRequestException("expiresAt", "out-of-range", "must be within 100 years");
        }
        return expiry;
    }

    private static <T> Optional<T> collect(List<FieldViolation> violations, java.util.function.Supplier<T> check) {
        try {
            return Optional.of(check.get());
        } catch (InvalidRequestException e) {
            violations.addAll(e.violations());
            return Optional.empty();
        }
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        T result = transactions.execute(status -> work.get());
        if (result == null) {
            throw new IllegalStateException("a memory transaction returned nothing");
        }
        return result;
    }

    private record Deleted(List<Memory> memories, long revision) {
        Set<UUID> ids() {
            return memories.stream().map(Memory::id).collect(Collectors.toSet());
        }
    }

    /** One page of memories, newest first. */
    public record Page(List<Memory> items, int page, int size, long totalItems) {}
}
