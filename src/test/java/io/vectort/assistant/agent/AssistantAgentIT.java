package io.vectort.assistant.agent;

import static io.vectort.support.FakeUpstreams.ANTHROPIC;
import static io.vectort.support.FakeUpstreams.OPENAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vectort.providers.fakes.FakeReply;
import io.vectort.providers.fakes.RecordedRequest;
import io.vectort.support.Api;
import io.vectort.support.FakeUpstreams;
import io.vectort.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The Assistant with an AI provider: a fake model speaking the real tool-calling wire formats
 * (OpenAI tools, Anthropic tool_use) drives multi-step turns through the gateway.
 */
@TestPropertySource(properties = "vectort.assistant.agent.enabled=true")
class AssistantAgentIT extends IntegrationTest {

    private static final String BASE = "/api/v1/assistant";

    @BeforeEach
    void freshFakes() {
        FakeUpstreams.reset();
    }

    @Test
    void aMultiStepTurnWithOpenAiToolsCreatesATaskAndAReminderAndStreamsItsSteps() {
        Api.Session me = api.newUser();
        api.send("PUT", BASE + "/settings", me.token(), Map.of("timeZone", "Europe/Paris"));
        String conversation = newConversation(me, "assistant-openai");
        OPENAI.enqueue(
                FakeReply.toolCall("add_task", "{\"title\":\"Call the dentist\",\"due\":\"2030-05-17\"}")
                        .withToolCall("create_reminder", "{\"text\":\"call the dentist\",\"at\":\"in 20 minutes\"}")
                        .withUsage(900, 40),
                FakeReply.text("Added it, and I'll nudge you in 20 minutes.")
                        .inChunks(4)
                        .withUsage(1000, 12));

        Instant before = Instant.now();
        Api.Response response = api.send(
                "POST",
                BASE + "/conversations/" + conversation + "/messages",
                me.token(),
                Map.of("content", "ugh need to call dentist, remind me in 20 min"),
                "Accept",
                "text/event-stream");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type").orElseThrow()).startsWith("text/event-stream");
        List<Api.SseEvent> events = response.sseEvents();
        assertThat(events)
                .extracting(Api.SseEvent::event)
                .containsExactly("message", "step", "step", "delta", "delta", "delta", "delta", "reply");
        assertThat(events.get(0).json().get("content").asString()).contains("dentist");
        assertThat(events.get(1).json().get("tool").asString()).isEqualTo("add_task");
        assertThat(events.get(1).json().get("ok").asBoolean()).isTrue();
        JsonNode reminderStep = events.get(2).json();
        assertThat(reminderStep.get("tool").asString()).isEqualTo("create_reminder");
        assertThat(reminderStep.get("title").asString()).isEqualTo("call the dentist");
        assertThat(Instant.parse(reminderStep.get("at").asString()))
                .isBetween(before.plusSeconds(19 * 60), Instant.now().plusSeconds(20 * 60 + 1));
        String streamed = events.subList(3, 7).stream()
                .map(e -> e.json().get("text").asString())
                .reduce("", String::concat);
        assertThat(streamed).isEqualTo("Added it, and I'll nudge you in 20 minutes.");
        JsonNode reply = events.get(7).json();
        assertThat(reply.get("content").asString()).isEqualTo(streamed);
        assertThat(reply.get("notAi").asBoolean()).isFalse();
        assertThat(reply.get("model").asString()).isEqualTo("gpt-4.1-mini");
        assertThat(reply.get("steps")).hasSize(2);

        // What the tools did is real data of this user.
        JsonNode task = api.get(BASE + "/tasks", me.token()).json().get("items").get(0);
        assertThat(task.get("title").asString()).isEqualTo("Call the dentist");
        assertThat(task.get("dueDate").asString()).isEqualTo("2030-05-17");
        JsonNode reminder =
                api.get(BASE + "/reminders", me.token()).json().get("items").get(0);
        assertThat(reminder.get("text").asString()).isEqualTo("call the dentist");

        // The model saw the tools, the user's time, and then each tool's result, by call id.
        List<RecordedRequest> calls = OPENAI.requests();
        assertThat(calls).hasSize(2);
        JsonNode first = calls.get(0).json();
        assertThat(first.get("stream").asBoolean()).isTrue();
        assertThat(first.get("tool_choice").asString()).isEqualTo("auto");
        List<String> tools = new ArrayList<>();
        first.get("tools").forEach(t -> tools.add(t.get("function").get("name").asString()));
        assertThat(tools)
                .contains("add_task", "create_reminder", "snooze_reminder", "remember", "what_now", "resolve_time");
        assertThat(first.get("messages").get(0).get("content").asString()).contains("Europe/Paris");
        JsonNode second = calls.get(1).json().get("messages");
        JsonNode assistantTurn = second.get(second.size() - 3);
        assertThat(assistantTurn.get("tool_calls")).hasSize(2);
        JsonNode taskResult = second.get(second.size() - 2);
        assertThat(taskResult.get("role").asString()).isEqualTo("tool");
        assertThat(taskResult.get("tool_call_id").asString())
                .isEqualTo(assistantTurn.get("tool_calls").get(0).get("id").asString());
        assertThat(taskResult.get("content").asString())
                .contains("Call the dentist")
                .contains("\"ok\":true");

        // The stored reply keeps its steps; the calls were charged to the user's own account.
        JsonNode stored = api.get(BASE + "/conversations/" + conversation + "/messages", me.token())
                .json()
                .get("items");
        assertThat(stored).hasSize(2);
        assertThat(stored.get(1).get("steps").get(1).get("tool").asString()).isEqualTo("create_reminder");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from llm_calls where source = 'assistant' and org_id = :user")
                                .param("user", me.userId())
                                .query(Long.class)
                                .single()
                        == 2);
    }

    @Test
    void anthropicToolUseRemembersAFactTheUserMentionedAsExtractedWithItsSourceMessage() {
        Api.Session me = api.newUser();
        String conversation = newConversation(me, "fake-anthropic");
        ANTHROPIC.enqueue(
                FakeReply.toolCall("remember", "{\"fact\":\"my sister is Léa\"}"),
                FakeReply.text("Nice! I'll keep that in mind."));

        JsonNode exchange = say(me, conversation, "my sister Léa is visiting next week, so stressed lol");

        assertThat(exchange.get("reply").get("content").asString()).isEqualTo("Nice! I'll keep that in mind.");
        assertThat(exchange.get("reply").get("steps").get(0).get("tool").asString())
                .isEqualTo("remember");
        JsonNode memory =
                api.get(BASE + "/memories", me.token()).json().get("items").get(0);
        assertThat(memory.get("fact").asString()).isEqualTo("my sister is Léa");
        assertThat(memory.get("source").asString()).isEqualTo("extracted");
        assertThat(memory.get("sourceMessage").asString()).contains("visiting next week");

        JsonNode second = ANTHROPIC.requests().get(1).json();
        assertThat(second.get("tools").get(0).has("input_schema")).isTrue();
        JsonNode messages = second.get("messages");
        JsonNode toolUse = messages.get(messages.size() - 2).get("content").get(0);
        assertThat(toolUse.get("type").asString()).isEqualTo("tool_use");
        JsonNode toolResult = messages.get(messages.size() - 1).get("content").get(0);
        assertThat(toolResult.get("type").asString()).isEqualTo("tool_result");
        assertThat(toolResult.get("tool_use_id").asString())
                .isEqualTo(toolUse.get("id").asString());

        // An explicit "remember" is the user's own fact.
        ANTHROPIC.enqueue(
                FakeReply.toolCall("remember", "{\"fact\":\"I hate phone calls\"}"), FakeReply.text("Noted."));
        say(me, conversation, "remember that I hate phone calls");
        JsonNode facts = api.get(BASE + "/memories", me.token()).json().get("items");
        assertThat(facts.get(0).get("fact").asString()).isEqualTo("I hate phone calls");
        assertThat(facts.get(0).get("source").asString()).isEqualTo("explicit");
    }

    @Test
    void aToolCallWithBadArgumentsIsAFailedStepTheModelReadsNotAnError() {
        Api.Session me = api.newUser();
        String conversation = newConversation(me, "assistant-openai");
        OPENAI.enqueue(
                FakeReply.toolCall("create_reminder", "{\"text\":\"stretch\",\"at\":\"when the moon is blue\"}"),
                FakeReply.toolCall("made_up_tool", "{}"),
                FakeReply.text("When should I remind you?"));

        JsonNode reply = say(me, conversation, "remind me to stretch sometime").get("reply");

        assertThat(reply.get("content").asString()).isEqualTo("When should I remind you?");
        JsonNode steps = reply.get("steps");
        assertThat(steps.get(0).get("ok").asBoolean()).isFalse();
        assertThat(steps.get(0).get("error").asString()).contains("not a time I understand");
        assertThat(steps.get(1).get("ok").asBoolean()).isFalse();
        assertThat(api.get(BASE + "/reminders", me.token()).json().get("items")).isEmpty();
        JsonNode toolMessage = lastMessage(OPENAI.requests().get(1));
        assertThat(toolMessage.get("role").asString()).isEqualTo("tool");
        assertThat(toolMessage.get("content").asString()).contains("\"ok\":false");
    }

    @Test
    void aTurnStopsAtItsStepBudgetAndTheLastCallMayNoLongerUseTools() {
        Api.Session me = api.newUser();
        String conversation = newConversation(me, "assistant-openai");
        OPENAI.alwaysReply(FakeReply.toolCall("list_tasks", "{}"));

        JsonNode reply = say(me, conversation, "what do i have").get("reply");

        List<RecordedRequest> calls = OPENAI.requests();
        assertThat(calls).hasSize(6);
        assertThat(calls.get(4).json().get("tool_choice").asString()).isEqualTo("auto");
        assertThat(calls.get(5).json().get("tool_choice").asString()).isEqualTo("none");
        assertThat(reply.get("steps")).hasSize(5);
        assertThat(reply.get("content").asString()).startsWith("Done: list_tasks");
    }

    @Test
    void whenTheModelCannotBeReachedTheFixedRulesStillCarryTheMessageOut() {
        Api.Session me = api.newUser();
        String conversation = newConversation(me, "assistant-openai");
        OPENAI.enqueue(FakeReply.error(401));

        JsonNode reply =
                say(me, conversation, "remind me to stretch in 1 minute").get("reply");

        assertThat(reply.get("notAi").asBoolean()).isTrue();
        assertThat(reply.get("content").asString())
                .startsWith("(AI unavailable right now")
                .contains("stretch");
        assertThat(api.get(BASE + "/reminders", me.token())
                        .json()
                        .get("items")
                        .get(0)
                        .get("text")
                        .asString())
                .isEqualTo("stretch");
    }

    @Test
    void personalConversationsAreNeverAnsweredFromACache() {
        Api.Session me = api.newUser();
        String conversation = newConversation(me, "assistant-openai");
        OPENAI.enqueue(FakeReply.text("First answer"), FakeReply.text("Second answer"));

        String first = say(me, conversation, "hi").get("reply").get("content").asString();
        String second = say(me, conversation, "hi").get("reply").get("content").asString();

        assertThat(first).isEqualTo("First answer");
        assertThat(second).isEqualTo("Second answer");
        assertThat(OPENAI.requests()).hasSize(2);
        // The second turn carried the first exchange as history.
        assertThat(OPENAI.requests().get(1).json().get("messages").toString()).contains("First answer");
    }

    @Test
    void oneMessageIsAnsweredAtATimeAndConversationsStayPrivate() throws Exception {
        Api.Session me = api.newUser();
        Api.Session other = api.newUser();
        String conversation = newConversation(me, "assistant-openai");
        OPENAI.enqueue(FakeReply.text("slow answer").slowFirstByte(Duration.ofSeconds(2)));

        CompletableFuture<Api.Response> slow = CompletableFuture.supplyAsync(() -> api.post(
                BASE + "/conversations/" + conversation + "/messages", me.token(), Map.of("content", "first")));
        await().atMost(Duration.ofSeconds(5)).until(() -> OPENAI.requests().size() == 1);
        Api.Response meanwhile = api.post(
                BASE + "/conversations/" + conversation + "/messages", me.token(), Map.of("content", "second"));

        assertThat(meanwhile.status()).isEqualTo(409);
        assertThat(meanwhile.json().get("type").asString()).endsWith("/turn-in-progress");
        assertThat(slow.get().status()).isEqualTo(201);
        assertThat(api.post(
                                BASE + "/conversations/" + conversation + "/messages",
                                other.token(),
                                Map.of("content", "hello"))
                        .status())
                .isEqualTo(404);
        assertThat(api.post(BASE + "/conversations", me.token(), Map.of("model", "no-such-model"))
                        .status())
                .isEqualTo(400);
        assertThat(api.get(BASE + "/conversations/" + conversation + "/messages", me.token())
                        .json()
                        .get("items"))
                .hasSize(2);
    }

    @Test
    void whatNowPicksTheOverdueTaskAndRemembersItWasOffered() {
        Api.Session me = api.newUser();
        String conversation = newConversation(me, "assistant-openai");
        api.post(BASE + "/tasks", me.token(), Map.of("title", "Tidy the desk"));
        api.post(
                BASE + "/tasks",
                me.token(),
                Map.of(
                        "title",
                        "Pay the rent",
                        "due",
                        LocalDate.now(ZoneId.of("UTC")).minusDays(1).toString()));
        OPENAI.enqueue(FakeReply.toolCall("what_now", "{\"energy\":\"low\"}"), FakeReply.text("Pay the rent first."));

        JsonNode reply = say(me, conversation, "idk where to start, so tired").get("reply");

        assertThat(reply.get("steps").get(0).get("title").asString()).isEqualTo("Pay the rent");
        JsonNode result = lastMessage(OPENAI.requests().get(1));
        assertThat(result.get("content").asString()).contains("overdue");
        assertThat(jdbc.sql(
                                "select offered_count from assistant_tasks where user_id = :user and title = 'Pay the rent'")
                        .param("user", me.userId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void everyToolActsOnTheUsersOwnDataOnly() {
        Api.Session me = api.newUser();
        Api.Session neighbour = api.newUser();
        for (Api.Session who : List.of(neighbour, me)) {
            api.post(BASE + "/tasks", who.token(), Map.of("title", "Clean the flat"));
            api.post(
                    BASE + "/reminders",
                    who.token(),
                    Map.of(
                            "text",
                            "water the plants",
                            "at",
                            Instant.now().plusSeconds(3600).toString()));
            api.post(BASE + "/memories", who.token(), Map.of("fact", "my sister is Léa"));
        }
        String conversation = newConversation(me, "assistant-openai");
        OPENAI.enqueue(
                FakeReply.toolCall(
                                "split_task",
                                "{\"task\":\"clean\",\"steps\":[\"Put the dishes in the sink\",\"Take out the trash\"]}")
                        .withToolCall("estimate_task", "{\"task\":\"dishes\",\"minutes\":5}")
                        .withToolCall(
                                "add_note", "{\"task\":\"Clean the flat\",\"note\":\"vacuum bags in the closet\"}")
                        .withToolCall("complete_task", "{\"task\":\"trash\"}")
                        .withToolCall("list_tasks", "{}"),
                FakeReply.toolCall("list_reminders", "{}")
                        .withToolCall("snooze_reminder", "{\"reminder\":\"plants\",\"minutes\":30}")
                        .withToolCall("search_memory", "{\"query\":\"sibling\"}")
                        .withToolCall("forget", "{\"about\":\"sister\"}")
                        .withToolCall("cancel_reminder", "{\"reminder\":\"plants\"}"),
                FakeReply.toolCall("daily_plan", "{}").withToolCall("evening_review", "{}"),
                FakeReply.text("All set."));

        JsonNode reply = say(me, conversation, "help me with the flat").get("reply");

        List<String> failed = new ArrayList<>();
        reply.get("steps").forEach(step -> {
            if (!step.get("ok").asBoolean()) {
                failed.add(step.toString());
            }
        });
        assertThat(failed).isEmpty();
        assertThat(reply.get("steps")).hasSize(12);
        JsonNode plan = lastMessages(OPENAI.requests().get(3), 2).get(0);
        assertThat(plan.get("content").asString()).contains("\"first_step\":\"Put the dishes in the sink\"");
        JsonNode review = lastMessages(OPENAI.requests().get(3), 2).get(1);
        assertThat(review.get("content").asString()).contains("Take out the trash");
        JsonNode tasks =
                api.get(BASE + "/tasks?includeDone=true", me.token()).json().get("items");
        List<String> open = new ArrayList<>();
        tasks.forEach(t -> {
            if (!t.get("done").asBoolean()) {
                open.add(t.get("title").asString());
            }
        });
        assertThat(open).containsExactly("Clean the flat", "Put the dishes in the sink");
        JsonNode flat = tasks.get(0);
        assertThat(flat.get("notes").asString()).isEqualTo("vacuum bags in the closet");
        JsonNode dishes = tasks.get(1);
        assertThat(dishes.get("estimateMinutes").asInt()).isEqualTo(5);
        assertThat(dishes.get("parentId").asString()).isEqualTo(flat.get("id").asString());
        JsonNode listed = lastMessages(OPENAI.requests().get(1), 5).get(4);
        assertThat(listed.get("content").asString()).contains("\"n\":2").contains("Put the dishes in the sink");
        JsonNode found = lastMessages(OPENAI.requests().get(2), 5).get(2);
        assertThat(found.get("content").asString()).contains("my sister is Léa");
        assertThat(api.get(BASE + "/reminders", me.token()).json().get("items")).isEmpty();
        assertThat(api.get(BASE + "/memories", me.token()).json().get("items")).isEmpty();

        // The neighbour's identical data was never touched.
        JsonNode theirs = api.get(BASE + "/tasks", neighbour.token()).json().get("items");
        assertThat(theirs).hasSize(1);
        assertThat(theirs.get(0).get("notes").asString()).isEmpty();
        assertThat(api.get(BASE + "/reminders", neighbour.token()).json().get("items"))
                .hasSize(1);
        assertThat(api.get(BASE + "/memories", neighbour.token()).json().get("items"))
                .hasSize(1);
    }

    private JsonNode lastMessages(RecordedRequest request, int count) {
        JsonNode messages = request.json().get("messages");
        return tools.jackson.databind.json.JsonMapper.shared()
                .valueToTree(java.util.stream.IntStream.range(messages.size() - count, messages.size())
                        .mapToObj(messages::get)
                        .toList());
    }

    private JsonNode lastMessage(RecordedRequest request) {
        JsonNode messages = request.json().get("messages");
        return messages.get(messages.size() - 1);
    }

    private String newConversation(Api.Session me, String model) {
        Api.Response created = api.post(BASE + "/conversations", me.token(), Map.of("model", model));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private JsonNode say(Api.Session me, String conversation, String content) {
        Api.Response response = api.send(
                "POST",
                BASE + "/conversations/" + conversation + "/messages",
                me.token(),
                Map.of("content", content),
                "Accept",
                "application/json");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }
}
