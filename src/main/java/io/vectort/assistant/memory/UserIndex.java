package io.vectort.assistant.memory;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Everything a search reads of one user in memory, loaded together at one revision and kept
 * together: the vectors of their retrievable memories and the full-text index of the same facts.
 */
record UserIndex(UserVectors vectors, UserFullText fullText) {

    /** What one retrievable memory contributes to the index. */
    record Fact(UUID id, String text, long createdAtMillis, long expiresAtMillis, float[] vector) {

        UserVectors.Row row() {
            return new UserVectors.Row(id, vector, expiresAtMillis);
        }

        UserFullText.Fact words() {
            return new UserFullText.Fact(id, text, createdAtMillis, expiresAtMillis);
        }
    }

    static UserIndex of(long revision, List<Fact> facts) {
        return new UserIndex(
                UserVectors.of(revision, facts.stream().map(Fact::row).toList()),
                UserFullText.of(facts.stream().map(Fact::words).toList()));
    }

    long revision() {
        return vectors.revision();
    }

    /**
     * This index after one write. The vectors are copied, the full text is changed in place:
     * a search still running on the previous vectors may see the new words, and the search reads
     * its candidates back from PostgreSQL anyway.
     */
    UserIndex after(long newRevision, Set<UUID> removed, Optional<Fact> added) {
        fullText.apply(removed, added.map(Fact::words));
        return new UserIndex(vectors.after(newRevision, removed, added.map(Fact::row)), fullText);
    }

    /** Bytes held, to bound the cache of all users' indexes. */
    long weight() {
        return vectors.weight() + fullText.weight();
    }
}
