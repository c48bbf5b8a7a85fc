package io.vectort.assistant.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.providers.ToolCall;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Every tool refuses arguments that make no sense before touching any data (the services are
 * absent here: reaching them would fail the test), and tells the model why.
 */
class ToolArgumentsTest {

    private static final ToolScope SCOPE = new ToolScope(
            UUID.randomUUID(),
            ZonedDateTime.of(2026, 3, 27, 10, 15, 0, 0, ZoneId.of("Europe/Paris")),
            "a message",
            false);

    private final AssistantToolbox toolbox = new AssistantToolbox(List.of(
            new AddTaskTool(null),
            new ListTasksTool(null),
            new CompleteTaskTool(null),
            new SplitTaskTool(null),
            new EstimateTaskTool(null),
            new AddNoteTool(null),
            new CreateReminderTool(null),
            new ListRemindersTool(null),
            new SnoozeReminderTool(null, null),
            new CancelReminderTool(null, null),
            new SearchMemoryTool(null),
            new RememberTool(null),
            new ForgetTool(null),
            new WhatNowTool(null, null),
            new ResolveTimeTool(),
            new DailyPlanTool(null),
            new EveningReviewTool(null)));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "add_task|{}|title is required",
                "add_task|{\"title\":\"  \"}|title is required",
                "complete_task|{\"task\":\"\"}|task is required",
                "split_task|{\"task\":\"x\",\"steps\":[]}|1 to 8 small steps",
                "split_task|{\"task\":\"x\",\"steps\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\"]}|1 to 8",
                "estimate_task|{\"task\":\"x\",\"minutes\":0}|between 1 and 1440",
                "estimate_task|{\"task\":\"x\",\"minutes\":\"lots\"}|invalid arguments",
                "add_note|{\"note\":\"bring the card\"}|task is required",
                "create_reminder|{\"text\":\"stretch\"}|at is required",
                "snooze_reminder|{}|either minutes or until",
                "snooze_reminder|{\"minutes\":5,\"until\":\"tomorrow\"}|either minutes or until",
                "snooze_reminder|{\"minutes\":0}|between 1 and 525600",
                "cancel_reminder|{}|reminder is required",
                "search_memory|{\"query\":\"\"}|query is required",
                "remember|{}|fact is required",
                "forget|{}|about is required",
                "what_now|{\"energy\":\"exhausted\"}|low, medium or high",
                "what_now|{\"minutes_available\":-5}|between 1 and 1440",
                "resolve_time|{}|expression is required",
                "resolve_time|{\"expression\":\"when the cows come home\"}|not a time I understand",
                "resolve_time|{\"expression\":\"2026-13-45\"}|not a valid date",
                "list_tasks|not json|invalid arguments",
                "no_such_tool|{}|no tool is named no_such_tool",
            })
    void badArgumentsComeBackToTheModelAsAFailedStep(String tool, String arguments, String reason) {
        ToolResult result = toolbox.run(SCOPE, new ToolCall("call_1", tool, arguments));

        assertThat(result.step().ok()).isFalse();
        assertThat(result.step().tool()).isEqualTo(tool);
        assertThat(result.step().error()).contains(reason);
        assertThat(result.output().get("ok").asBoolean()).isFalse();
        assertThat(result.output().get("error").asString()).contains(reason);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "in 20 minutes|2026-03-27T10:35 Friday||20",
                "dimanche à 9h|2026-03-29T09:00 Sunday||2745",
                "2026-03-28T18:30|2026-03-28T18:30 Saturday||1935",
                "2026-03-27T12:00Z|2026-03-27T13:00 Friday||165",
                "tomorrow at 9|2026-03-28T09:00 Saturday||1365",
                "every weekday at 7:30|2026-03-30T07:30 Monday|FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR|4095",
            })
    // Minutes are elapsed time: the spring change (Sunday 2026-03-29, 02:00 → 03:00) takes an hour off.
    void resolveTimeDoesTheDateArithmeticInTheUsersZoneAcrossDaylightSaving(
            String expression, String local, String rrule, long minutes) {
        ToolResult result =
                toolbox.run(SCOPE, new ToolCall("c", "resolve_time", "{\"expression\":\"" + expression + "\"}"));

        JsonNode output = result.output();
        assertThat(output.get("ok").asBoolean()).as(output.toString()).isTrue();
        assertThat(output.get("local").asString()).isEqualTo(local);
        assertThat(output.get("zone").asString()).isEqualTo("Europe/Paris");
        assertThat(output.get("minutes_from_now").asLong()).isEqualTo(minutes);
        if (rrule == null) {
            assertThat(output.has("repeats")).isFalse();
        } else {
            assertThat(output.get("repeats").asString()).isEqualTo(rrule);
        }
    }

    @org.junit.jupiter.api.Test
    void everyToolHasAnObjectSchemaThatNamesItsRequiredArguments() {
        assertThat(toolbox.names()).hasSize(17).doesNotHaveDuplicates();
        toolbox.definitions().forEach(definition -> {
            JsonNode schema = definition.parametersSchema();
            assertThat(schema.get("type").asString()).isEqualTo("object");
            assertThat(definition.description()).isNotBlank();
            if (schema.has("required")) {
                schema.get("required")
                        .forEach(name -> assertThat(schema.get("properties").has(name.asString()))
                                .as(definition.name() + " requires " + name)
                                .isTrue());
            }
        });
    }
}
