package io.vectort.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds an archived Builder entry whose prompt is a paraphrase of a probe's: brute-force cosine over
 * the newest entries of the same scope, framework and app type (held in memory per node, reloaded
 * after a put on this node or after the index TTL), best first, the first that {@link PromptGuard}
 * accepts. Brute force over a few thousand 384-dimension vectors takes well under a millisecond;
 * a vector index (pgvector, HNSW) is only worth it at far larger scopes.
 */
final class SimilarPromptIndex {

    /** An indexed entry. */
    record Candidate(String hash, String normalizedPrompt, float[] embedding) {}

    private record Partition(UUID scope, String framework, String appType) {}

    private final LoadingCache<Partition, List<Candidate>> partitions;

    SimilarPromptIndex(PostgresArchive archive, CacheProperties.Similar settings) {
        this.partitions = Caffeine.newBuilder()
                .maximumSize(settings.indexScopes())
                .expireAfterWrite(settings.indexTtl())
                .build(p -> archive.candidates(p.scope(), p.framework(), p.appType(), settings.maxCandidates()));
    }

    Optional<Candidate> find(UUID scope, SimilarityTag probe, double threshold) {
        List<Candidate> candidates = partitions.get(new Partition(scope, probe.framework(), probe.appType()));
        return best(probe, candidates, threshold);
    }

    void invalidate(UUID scope, SimilarityTag tag) {
        partitions.invalidate(new Partition(scope, tag.framework(), tag.appType()));
    }

    void invalidateScope(UUID scope) {
        partitions.asMap().keySet().removeIf(p -> p.scope().equals(scope));
    }

    /** The most similar candidate at or above the threshold whose prompt passes the guard. */
    static Optional<Candidate> best(SimilarityTag probe, List<Candidate> candidates, double threshold) {
        record Scored(Candidate candidate, double cosine) {}
        return candidates.stream()
                .map(c -> new Scored(c, cosine(probe.embedding(), c.embedding())))
                .filter(s -> s.cosine() >= threshold)
                .sorted(Comparator.comparingDouble(Scored::cosine).reversed())
                .filter(s -> PromptGuard.sameMeaning(
                        probe.normalizedPrompt(), s.candidate().normalizedPrompt()))
                .map(Scored::candidate)
                .findFirst();
    }

    static double cosine(float[] a, float[] b) {
        if (a.length != b.length || a.length == 0) {
            return 0;
        }
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }
}
