package io.vectort.assistant.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The per-user index in memory: its lifecycle against PostgreSQL, seen from the index itself. */
class MemoryIndexIT extends IntegrationTest {

    @Autowired
    AssistantMemory memory;

    @Autowired
    MemoryIndex index;

    @Test
    void aWriteOnThisNodeIsAppliedToTheLoadedIndexInPlace() {
        UUID user = api.newUser().userId();
        remember(user, "My sister is Léa");
        UserIndex loaded = index.current(user);

        Memory cat = remember(user, "My cat is called Pixel");
        UserIndex after = index.current(user);

        assertThat(after.revision()).isEqualTo(loaded.revision() + 1);
        assertThat(after.fullText()).as("updated, not reloaded").isSameAs(loaded.fullText());
        assertThat(after.fullText().matching(List.of("pixel"), 10, Instant.now()))
                .containsExactly(cat.id());
        assertThat(after.vectors().ids()).contains(cat.id());
    }

    @Test
    void aWriteFromAnotherNodeMakesTheIndexStaleAndTheNextSearchReloadsIt() {
        UUID user = api.newUser().userId();
        remember(user, "My sister is Léa");
        UserIndex loaded = index.current(user);
        assertThat(loaded.fullText().matching(List.of("dentist"), 10, Instant.now()))
                .isEmpty();

        // Another node's write: the row and the revision in PostgreSQL, nothing told to this node.
        UUID dentist = UUID.randomUUID();
        float[] vector = new float[Vectors.DIMENSIONS];
        vector[3] = 1;
        jdbc.sql("""
                        insert into assistant_memories (id, user_id, fact, source, search_vector, embedding)
                        values (:id, :user, 'My dentist is Dr Martin', 'explicit',
                                to_tsvector('simple', 'my dentist is dr martin'), :embedding)""")
                .param("id", dentist)
                .param("user", user)
                .param("embedding", Vectors.toBytes(vector))
                .update();
        jdbc.sql("update assistant_memory_revisions set revision = revision + 1 where user_id = :user")
                .param("user", user)
                .update();

        UserIndex reloaded = index.current(user);

        assertThat(reloaded.revision()).isEqualTo(loaded.revision() + 1);
        assertThat(reloaded.fullText()).isNotSameAs(loaded.fullText());
        assertThat(reloaded.fullText().matching(List.of("dentist"), 10, Instant.now()))
                .containsExactly(dentist);
        assertThat(memory.search(user, "dentist", 10)).extracting(Memory::id).containsExactly(dentist);
    }

    @Test
    void aUsersIndexHoldsOnlyTheirOwnFacts() {
        Api.Session alice = api.newUser();
        Api.Session bob = api.newUser();
        Memory alices = remember(alice.userId(), "My sister is Léa");
        Memory bobs = remember(bob.userId(), "My sister is Léa");

        UserIndex alicesIndex = index.current(alice.userId());
        UserIndex bobsIndex = index.current(bob.userId());

        assertThat(alicesIndex.fullText().matching(List.of("sister", "lea"), 50, Instant.now()))
                .containsExactly(alices.id());
        assertThat(bobsIndex.fullText().matching(List.of("sister", "lea"), 50, Instant.now()))
                .containsExactly(bobs.id());
        assertThat(alicesIndex.vectors().ids()).containsExactly(alices.id());
        assertThat(bobsIndex.vectors().ids()).containsExactly(bobs.id());
    }

    @Test
    void aSupersededFactLeavesTheIndexAndAForgottenOneToo() {
        UUID user = api.newUser().userId();
        Memory martin = remember(user, "My dentist is Dr Martin");
        index.current(user);
        Memory bernard = memory.remember(
                user, Remember.explicit("My dentist is Dr Bernard").replacing(martin.id()));

        assertThat(index.current(user).fullText().matching(List.of("dentist"), 10, Instant.now()))
                .containsExactly(bernard.id());

        memory.forget(user, "Dr Bernard");

        assertThat(index.current(user).fullText().matching(List.of("dentist"), 10, Instant.now()))
                .isEmpty();
        assertThat(index.current(user).vectors().ids()).isEmpty();
    }

    private Memory remember(UUID user, String fact) {
        return memory.remember(user, Remember.explicit(fact));
    }
}
