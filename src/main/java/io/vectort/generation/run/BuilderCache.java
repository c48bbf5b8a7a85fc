package io.vectort.generation.run;

import io.vectort.cache.CacheHit;
import io.vectort.cache.CacheKey;
import io.vectort.cache.CacheKeys;
import io.vectort.cache.CacheType;
import io.vectort.cache.CachedResponse;
import io.vectort.cache.ResponseCache;
import io.vectort.cache.SimilarityTag;
import io.vectort.generation.generator.CodeGenerator;
import io.vectort.providers.local.BundledEmbeddings;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The response cache as the Builder uses it. A first generation's key is its normalised
 * description, framework, type, model (or alias) and the generator's prompt version, so the same
 * request in another project of the same organisation is a hit; a follow-up's key adds the project
 * version it builds on. Only generators that declare a prompt version are cached (the offline
 * starter is free and instant). Similar prompts are looked up only for organisations that opted in.
 */
@Component
class BuilderCache {

    private final ResponseCache cache;
    private final BundledEmbeddings embeddings;

    BuilderCache(ResponseCache cache, BundledEmbeddings embeddings) {
        this.cache = cache;
        this.embeddings = embeddings;
    }

    /**
     * What a generation about to be submitted gets from the cache: {@code request} on the project's
     * {@code baseVersion}, with its type and framework {@code resolved}, for {@code generator}.
     */
    Generation.CacheUse lookup(
            UUID orgId,
            UUID projectId,
            int baseVersion,
            GenerationRequest request,
            Resolution resolved,
            CodeGenerator generator) {
        String description = request.description();
        String framework = resolved.framework();
        String appType = resolved.appType();
        Optional<String> version = generator.cacheVersion();
        if (version.isEmpty()) {
            return Generation.CacheUse.NONE;
        }
        String base = baseVersion == 0 ? "new" : projectId + "@" + baseVersion;
        String hash = CacheKeys.sha256(String.join(
                "\n",
                "builder",
                version.get(),
                CacheKeys.normalizePrompt(description),
                framework,
                appType,
                request.model().orElse("default:" + generator.identity().id()),
                base));
        Optional<String> key = Optional.of(hash);
        if (request.forceRegenerate()) {
            return new Generation.CacheUse(key, Optional.empty(), Optional.empty());
        }
        Optional<CacheHit> exact = cache.get(new CacheKey(orgId, CacheType.BUILDER, hash));
        if (exact.isPresent()) {
            return new Generation.CacheUse(key, key, Optional.of(exact.get().layer()));
        }
        if (baseVersion == 0 && cache.similarPromptsEnabled(orgId)) {
            Optional<CacheHit> similar = cache.similar(orgId, tag(description, framework, appType));
            if (similar.isPresent()) {
                return new Generation.CacheUse(
                        key, Optional.of(similar.get().key().hash()), Optional.of("similar"));
            }
        }
        return new Generation.CacheUse(key, Optional.empty(), Optional.empty());
    }

    /** The protocol text a hit replays; empty if the entry went away since the generation was submitted. */
    Optional<String> replay(Generation generation) {
        return generation
                .cache()
                .replayedKey()
                .flatMap(hash -> cache.get(new CacheKey(generation.orgId(), CacheType.BUILDER, hash))
                        .map(hit -> hit.response().body()));
    }

    /** Keeps the output of a generation that succeeded, for the next identical (or similar) request. */
    void store(Generation generation, String protocolText) {
        Optional<String> hash = generation.cache().key();
        if (hash.isEmpty() || generation.cache().hit()) {
            return;
        }
        CacheKey key = new CacheKey(generation.orgId(), CacheType.BUILDER, hash.get());
        CachedResponse value = new CachedResponse(protocolText, Instant.now());
        if (generation.baseVersion() == 0) {
            cache.put(key, value, tag(generation.description(), generation.framework(), generation.appType()));
        } else {
            cache.put(key, value);
        }
    }

    private SimilarityTag tag(String description, String framework, String appType) {
        String normalized = CacheKeys.normalizePrompt(description);
        return new SimilarityTag(
                framework,
                appType,
                normalized,
                embeddings.embed(List.of(normalized)).getFirst());
    }
}
