package io.vectort.generation.llm;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vectort.cache.CacheKeys;
import io.vectort.providers.local.BundledEmbeddings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.VectorUtil;
import org.springframework.stereotype.Component;

/**
 * The project files closest in meaning to a follow-up request, by the bundled embedding model
 * (in-process, no key, no network): "let people rate recipes" finds {@code StarRating.jsx} though
 * it names no file. A file's vector is kept by the hash of what was embedded, so a follow-up
 * embeds only the files that changed since the last one.
 */
@Component
class FileSimilarity {

    /** How much of a file the model reads: its path and the beginning, where names and imports are. */
    static final int SNIPPET_CHARS = 1200;

    /** Below this cosine similarity a file is not related to the request, whatever its rank. */
    static final float MIN_SIMILARITY = 0.25f;

    private final BundledEmbeddings embeddings;
    private final Cache<String, float[]> vectors =
            Caffeine.newBuilder().maximumSize(20_000).build();

    FileSimilarity(BundledEmbeddings embeddings) {
        this.embeddings = embeddings;
    }

    /** Up to {@code limit} paths of {@code files}, the most similar to {@code request} first. */
    List<String> closest(Map<String, String> files, String request, int limit) {
        if (files.isEmpty() || limit <= 0) {
            return List.of();
        }
        float[] query = embeddings.embed(List.of(request)).getFirst();
        List<Scored> scored = new ArrayList<>();
        files.forEach((path, content) -> {
            float similarity = VectorUtil.cosine(query, vector(path, content));
            if (similarity >= MIN_SIMILARITY) {
                scored.add(new Scored(path, similarity));
            }
        });
        return scored.stream()
                .sorted(Comparator.comparingDouble(Scored::similarity).reversed())
                .limit(limit)
                .map(Scored::path)
                .toList();
    }

    private float[] vector(String path, String content) {
        String snippet = path + "\n" + content.substring(0, Math.min(content.length(), SNIPPET_CHARS));
        return vectors.get(
                CacheKeys.sha256(snippet),
                key -> embeddings.embed(List.of(snippet)).getFirst());
    }

    private record Scored(String path, float similarity) {}
}
