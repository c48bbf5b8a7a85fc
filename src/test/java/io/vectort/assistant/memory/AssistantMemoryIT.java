package io.vectort.assistant.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.support.Api;
import io.vectort.support.IntegrationTest;
import io.vectort.support.Parallel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class AssistantMemoryIT extends IntegrationTest {

    private static final String MEMORIES = "/api/v1/assistant/memories";

    @Autowired
    AssistantMemory memory;

    @Test
    void remembersShowsEditsAndDeletesAFact() {
        Api.Session user = api.newUser();

        Api.Response created = api.post(MEMORIES, user.token(), Map.of("fact", "  My sister is   Léa "));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode fact = created.json();
        String id = fact.get("id").asString();
        assertThat(fact.get("fact").asString()).isEqualTo("My sister is Léa");
        assertThat(fact.get("source").asString()).isEqualTo("explicit");
        assertThat(created.header("Location")).contains(MEMORIES + "/" + id);

        JsonNode page = api.get(MEMORIES, user.token()).json();
        assertThat(page.get("totalItems").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(id);

        Api.Response edited = api.patch(MEMORIES + "/" + id, user.token(), Map.of("fact", "My sister is Léa Dupont"));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("fact").asString()).isEqualTo("My sister is Léa Dupont");
        assertThat(api.get(MEMORIES + "/" + id, user.token()).json().get("fact").asString())
                .isEqualTo("My sister is Léa Dupont");
        assertThat(ids(api.get(MEMORIES + "?q=dupont", user.token()))).containsExactly(id);

        assertThat(api.delete(MEMORIES + "/" + id, user.token()).status()).isEqualTo(204);
        assertThat(api.get(MEMORIES + "/" + id, user.token()).status()).isEqualTo(404);
        assertThat(ids(api.get(MEMORIES + "?q=sister", user.token()))).isEmpty();
    }

    @Test
    void anotherUsersMemoryIsNotFoundAndStaysUntouched() {
        Api.Session owner = api.newUser();
        Api.Session stranger = api.newUser();
        String id = remember(owner, "I hate phone calls");

        assertThat(api.get(MEMORIES + "/" + id, stranger.token()).status()).isEqualTo(404);
        Api.Response edit = api.patch(MEMORIES + "/" + id, stranger.token(), Map.of("fact", "I love phone calls"));
        assertThat(edit.status()).isEqualTo(404);
        assertThat(edit.header("Content-Type")).contains("application/problem+json");
        assertThat(api.delete(MEMORIES + "/" + id, stranger.token()).status()).isEqualTo(404);
        Api.Response superseding =
                api.post(MEMORIES, stranger.token(), Map.of("fact", "I love phone calls", "supersedes", id));
        assertThat(superseding.status()).isEqualTo(404);

        assertThat(api.get(MEMORIES, stranger.token()).json().get("totalItems").asLong())
                .isZero();
        assertThat(api.get(MEMORIES + "/" + id, owner.token())
                        .json()
                        .get("fact")
                        .asString())
                .isEqualTo("I hate phone calls");
        assertThat(api.get(MEMORIES + "/" + id, owner.token())
                        .json()
                        .get("supersededBy")
                        .isNull())
                .isTrue();
    }

    @Test
    void findsFactsByTheirWordsAndByTheirMeaning() {
        Api.Session user = api.newUser();
        String sister = remember(user, "My sister is Léa");
        String shifts = remember(user, "I work night shifts at the hospital");
        String calls = remember(user, "I hate phone calls");
        String dentist = remember(user, "J'ai rendez-vous chez le dentiste jeudi");

        assertThat(ids(api.get(MEMORIES + "?q=Lea", user.token()))).first().isEqualTo(sister);
        assertThat(ids(api.get(MEMORIES + "?q=sibling", user.token()))).first().isEqualTo(sister);
        assertThat(ids(api.get(MEMORIES + "?q=When%20do%20I%20sleep%3F%20My%20job%20schedule", user.token())))
                .first()
                .isEqualTo(shifts);
        assertThat(ids(api.get(MEMORIES + "?q=telephone", user.token())))
                .first()
                .isEqualTo(calls);
        assertThat(ids(api.get(MEMORIES + "?q=dentiste", user.token()))).first().isEqualTo(dentist);
        assertThat(ids(api.get(MEMORIES + "?q=sibling&limit=2", user.token()))).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void theNewerOfTwoSimilarFactsRanksFirst() {
        Api.Session user = api.newUser();
        String old = remember(user, "I work night shifts");
        jdbc.sql("update assistant_memories set created_at = now() - interval '200 days' where id = :id")
                .param("id", UUID.fromString(old))
                .update();
        String recent = remember(user, "I work day shifts");

        assertThat(ids(api.get(MEMORIES + "?q=which%20shifts%20do%20I%20work", user.token())))
                .containsExactly(recent, old);
    }

    @Test
    void aLaterFactSupersedesWithoutRewritingTheEarlierOne() {
        Api.Session user = api.newUser();
        String first = remember(user, "My favourite colour is blue");
        String again = remember(user, "my favourite colour is BLUE");
        String replaced = remember(user, "My dentist is Dr Martin");
        Api.Response replacing =
                api.post(MEMORIES, user.token(), Map.of("fact", "My dentist is Dr Bernard", "supersedes", replaced));
        assertThat(replacing.status()).as(replacing.toString()).isEqualTo(201);
        String replacement = replacing.json().get("id").asString();

        assertThat(api.get(MEMORIES + "/" + first, user.token())
                        .json()
                        .get("supersededBy")
                        .asString())
                .isEqualTo(again);
        assertThat(api.get(MEMORIES + "/" + replaced, user.token())
                        .json()
                        .get("fact")
                        .asString())
                .isEqualTo("My dentist is Dr Martin");
        assertThat(ids(api.get(MEMORIES + "?q=favourite%20colour", user.token())))
                .containsExactly(again);
        assertThat(ids(api.get(MEMORIES + "?q=dentist", user.token()))).containsExactly(replacement);
        assertThat(api.get(MEMORIES, user.token()).json().get("totalItems").asLong())
                .isEqualTo(4);

        // Deleting the newer version takes its history along instead of bringing the old one back.
        assertThat(api.delete(MEMORIES + "/" + replacement, user.token()).status())
                .isEqualTo(204);
        assertThat(api.get(MEMORIES + "/" + replaced, user.token()).status()).isEqualTo(404);
    }

    @Test
    void anExpiredFactIsNoLongerRetrieved() throws InterruptedException {
        Api.Session user = api.newUser();
        Api.Response past =
                api.post(MEMORIES, user.token(), Map.of("fact", "I am in Lyon", "expiresAt", "2020-01-01T00:00:00Z"));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("errors").get(0).get("field").asString()).isEqualTo("expiresAt");

        Instant soon = Instant.now().plusMillis(1500);
        Api.Response created = api.post(
                MEMORIES, user.token(), Map.of("fact", "I am in Lyon this week", "expiresAt", soon.toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(ids(api.get(MEMORIES + "?q=Lyon", user.token()))).hasSize(1);

        Thread.sleep(Math.max(0, soon.toEpochMilli() - System.currentTimeMillis()) + 200);

        assertThat(ids(api.get(MEMORIES + "?q=Lyon", user.token()))).isEmpty();
        assertThat(ids(api.get(MEMORIES + "?q=where%20am%20I%20travelling", user.token())))
                .isEmpty();
        assertThat(api.get(MEMORIES, user.token()).json().get("totalItems").asLong())
                .as("an expired fact stays visible to its owner")
                .isEqualTo(1);
    }

    @Test
    void exportsEveryMemoryAsAJsonDownload() {
        Api.Session user = api.newUser();
        String first = remember(user, "I take my pills at 8");
        String second = remember(user, "I take my pills at 8");

        Api.Response export = api.get(MEMORIES + "/export", user.token());

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition"))
                .hasValueSatisfying(
                        value -> assertThat(value).contains("attachment").contains("vectort-memories.json"));
        JsonNode memories = export.json().get("memories");
        assertThat(memories.size()).isEqualTo(2);
        assertThat(memories.get(0).get("id").asString()).isEqualTo(first);
        assertThat(memories.get(0).get("supersededBy").asString()).isEqualTo(second);
        assertThat(memories.get(1).get("fact").asString()).isEqualTo("I take my pills at 8");
    }

    @Test
    void forgetsFactsAboutSomethingAndOnlyThoseOfTheUser() {
        Api.Session user = api.newUser();
        Api.Session other = api.newUser();
        String sister = remember(user, "My sister is Léa");
        String calls = remember(user, "I hate phone calls");
        String othersSister = remember(other, "My sister is Léa");

        Api.Response forgotten = api.post(MEMORIES + "/forget", user.token(), Map.of("about", "Léa"));

        assertThat(forgotten.status()).as(forgotten.toString()).isEqualTo(200);
        assertThat(idsOf(forgotten.json().get("forgotten"))).containsExactly(sister);
        assertThat(api.get(MEMORIES + "/" + calls, user.token()).status()).isEqualTo(200);
        assertThat(ids(api.get(MEMORIES + "?q=sister", user.token()))).isEmpty();
        assertThat(ids(api.get(MEMORIES + "?q=sister", other.token()))).containsExactly(othersSister);
        assertThat(idsOf(api.post(MEMORIES + "/forget", user.token(), Map.of("about", "Mars"))
                        .json()
                        .get("forgotten")))
                .isEmpty();
    }

    @Test
    void theAgentsContextHoldsTheMostRelevantFactsWithinItsTokenBudget() {
        Api.Session user = api.newUser();
        remember(user, "My sister is Léa");
        remember(user, "I work night shifts at the hospital");
        remember(user, "I hate phone calls");

        MemoryContext context = memory.contextFor(user.userId(), "Should I call my sister?", 12);

        assertThat(context.tokens()).isLessThanOrEqualTo(12).isPositive();
        assertThat(context.text()).startsWith("- ");
        assertThat(context.memories()).extracting(Memory::userId).containsOnly(user.userId());
        assertThat(memory.contextFor(user.userId(), "Should I call my sister?", 1_000)
                        .text())
                .contains("My sister is Léa", "I hate phone calls");
        assertThat(memory.contextFor(user.userId(), "   ", 1_000).memories()).isEmpty();
    }

    @Test
    void refusesInvalidInputWithClearErrorsAndStoresNothing() {
        Api.Session user = api.newUser();

        assertThat(api.post(MEMORIES, user.token(), Map.of()).status()).isEqualTo(400);
        Api.Response tooLong = api.post(MEMORIES, user.token(), Map.of("fact", "x".repeat(501)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("code").asString()).isEqualTo("invalid-length");
        assertThat(api.post(MEMORIES, user.token(), "{\"fact\": \"bell\\u0007\"}")
                        .status())
                .isEqualTo(400);
        assertThat(api.post(MEMORIES, user.token(), Map.of("fact", "x", "expiresAt", "tomorrow"))
                        .status())
                .isEqualTo(400);
        assertThat(api.get(MEMORIES + "?q=", user.token()).status()).isEqualTo(400);
        assertThat(api.get(MEMORIES + "?q=%E2%80%AE", user.token()).status()).isEqualTo(400);
        assertThat(api.post(MEMORIES, user.token(), Map.of("fact", "\u200b")).status())
                .isEqualTo(400);
        assertThat(api.get(MEMORIES + "?q=x&limit=0", user.token()).status()).isEqualTo(400);
        assertThat(api.get(MEMORIES + "?q=x&limit=51", user.token()).status()).isEqualTo(400);
        assertThat(api.get(MEMORIES + "/not-an-id", user.token()).status()).isEqualTo(404);
        assertThat(api.get(MEMORIES, null).status()).isEqualTo(401);
        assertThat(api.get(MEMORIES, user.token()).json().get("totalItems").asLong())
                .isZero();
    }

    @Test
    void parallelSearchesOfTwoUsersWithNearIdenticalMemoriesNeverSeeEachOther() throws Exception {
        Api.Session alice = api.newUser();
        Api.Session bob = api.newUser();
        List<String> facts = List.of(
                "My sister is Léa",
                "I work night shifts",
                "I hate phone calls",
                "My dentist is Dr Martin",
                "I take my pills at 8");
        Set<String> alices = new HashSet<>();
        Set<String> bobs = new HashSet<>();
        for (String fact : facts) {
            alices.add(remember(alice, fact));
            bobs.add(remember(bob, fact.replace("Léa", "Lea").replace("8", "9")));
        }
        List<String> queries = List.of("sister", "sibling", "Lea", "work", "phone", "dentist", "pills", "medication");

        List<Callable<List<String>>> tasks = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (String query : queries) {
                tasks.add(() -> ids(api.get(MEMORIES + "?q=" + query, alice.token())));
                tasks.add(() -> ids(api.get(MEMORIES + "?q=" + query, bob.token())));
            }
        }
        // Writes during the searches make the indexes reload while others read them.
        tasks.add(() -> List.of("alice-write", remember(alice, "My cat is called Pixel")));
        tasks.add(() -> List.of("bob-write", remember(bob, "My cat is called Pixel")));

        List<List<String>> results = Parallel.run(tasks);

        for (List<String> result : results) {
            if (result.size() == 2 && result.get(0).endsWith("-write")) {
                (result.get(0).startsWith("alice") ? alices : bobs).add(result.get(1));
            }
        }
        for (int i = 0; i < results.size(); i++) {
            List<String> found = results.get(i);
            if (!found.isEmpty() && found.get(0).endsWith("-write")) {
                continue;
            }
            Set<String> asker = i % 2 == 0 ? alices : bobs;
            assertThat(found).as("search %d", i).isNotEmpty();
            assertThat(found).as("search %d", i).allMatch(asker::contains);
        }
        List<Memory> aliceSearch = memory.search(alice.userId(), "My sister is Lea", 50);
        assertThat(aliceSearch).extracting(Memory::userId).containsOnly(alice.userId());
        assertThat(memory.search(bob.userId(), "My cat is called Pixel", 50))
                .extracting(Memory::userId)
                .containsOnly(bob.userId());
    }

    private String remember(Api.Session user, String fact) {
        Api.Response created = api.post(MEMORIES, user.token(), Map.of("fact", fact));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static List<String> ids(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return idsOf(response.json().get("items"));
    }

    private static List<String> idsOf(JsonNode memories) {
        List<String> ids = new ArrayList<>();
        memories.forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
