package io.vectort.cache;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * A test-only {@link CacheWarmer} found by scanning: regenerates Builder entries of the scopes a
 * test registered (so it never touches other tests' entries) and records what it was asked.
 */
@Component
public class RecordingCacheWarmer implements CacheWarmer {

    final Set<UUID> scopes = ConcurrentHashMap.newKeySet();
    final List<WarmCandidate> asked = new CopyOnWriteArrayList<>();

    @Override
    public boolean supports(CacheType type) {
        return type == CacheType.BUILDER;
    }

    @Override
    public Optional<CachedResponse> regenerate(WarmCandidate candidate) {
        if (!scopes.contains(candidate.key().scope())) {
            return Optional.empty();
        }
        asked.add(candidate);
        return Optional.of(new CachedResponse("warmed " + candidate.key().hash(), Instant.now()));
    }
}
