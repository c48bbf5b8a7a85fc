package io.vectort.assistant.memory.web;

import io.vectort.assistant.memory.Memory;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** JSON shapes of the memory endpoints. */
final class MemoryViews {

    private MemoryViews() {}

    record RememberRequest(
            @Nullable String fact,
            @Nullable Instant expiresAt,
            @Nullable UUID supersedes) {}

    record EditRequest(@Nullable String fact, @Nullable Instant expiresAt) {}

    record ForgetRequest(@Nullable String about) {}

    record MemoryView(
            UUID id,
            String fact,
            String source,
            @Nullable String sourceMessage,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Instant expiresAt,
            @Nullable UUID supersededBy) {
        static MemoryView from(Memory m) {
            return new MemoryView(
                    m.id(),
                    m.fact(),
                    m.source().tag(),
                    m.sourceMessage().orElse(null),
                    m.createdAt(),
                    m.updatedAt(),
                    m.expiresAt().orElse(null),
                    m.supersededBy().orElse(null));
        }

        static List<MemoryView> all(List<Memory> memories) {
            return memories.stream().map(MemoryView::from).toList();
        }
    }

    /** A page of memories, or the results of a search (then page 0, size the limit). */
    record MemoryPage(List<MemoryView> items, int page, int size, long totalItems) {}

    record ForgottenView(List<MemoryView> forgotten) {}

    record ExportView(Instant exportedAt, List<MemoryView> memories) {}
}
