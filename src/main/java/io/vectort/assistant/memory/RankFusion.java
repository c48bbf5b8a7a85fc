package io.vectort.assistant.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Merges the full-text and vector rankings by reciprocal rank fusion, then gives recent facts a
 * small boost. Rank fusion needs no calibration between a {@code ts_rank} and a cosine, which live
 * on unrelated scales; a fact found by both rankings outranks one found by either alone. The
 * recency boost (at most {@link #RECENCY_WEIGHT}, halving every {@link #RECENCY_HALF_LIFE}) decides
 * between facts of similar relevance — "I work day shifts now" over last year's "I work night
 * shifts" — without letting a fresh but unrelated fact jump far ahead.
 */
final class RankFusion {

    /** The usual RRF constant: damps the difference between the first few ranks. */
    static final int K = 60;

    static final double RECENCY_WEIGHT = 0.1;
    static final Duration RECENCY_HALF_LIFE = Duration.ofDays(30);

    /** A candidate and its fused score. */
    record Scored(UUID id, double score) {}

    private RankFusion() {}

    /**
     * @param lexical ids by full-text rank, best first
     * @param semantic ids by vector similarity, best first
     * @param createdAt when each candidate was remembered
     * @return every candidate, best first (ties: the newer id first)
     */
    static List<Scored> fuse(List<UUID> lexical, List<UUID> semantic, Function<UUID, Instant> createdAt, Instant now) {
        Map<UUID, Double> scores = new LinkedHashMap<>();
        addRanks(scores, lexical);
        addRanks(scores, semantic);
        List<Scored> fused = new ArrayList<>();
        scores.forEach((id, score) -> fused.add(new Scored(id, score * recencyBoost(createdAt.apply(id), now))));
        fused.sort(Comparator.comparingDouble(Scored::score)
                .reversed()
                .thenComparing(Scored::id, Comparator.reverseOrder()));
        return fused;
    }

    static double recencyBoost(Instant createdAt, Instant now) {
        double ageDays = Math.max(0, Duration.between(createdAt, now).toMillis()) / 86_400_000.0;
        double halfLifeDays = RECENCY_HALF_LIFE.toMillis() / 86_400_000.0;
        return 1 + RECENCY_WEIGHT * Math.pow(0.5, ageDays / halfLifeDays);
    }

    private static void addRanks(Map<UUID, Double> scores, List<UUID> ranking) {
        for (int rank = 0; rank < ranking.size(); rank++) {
            scores.merge(ranking.get(rank), 1.0 / (K + rank + 1), Double::sum);
        }
    }
}
