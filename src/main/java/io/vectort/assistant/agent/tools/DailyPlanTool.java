package io.vectort.assistant.agent.tools;

import io.vectort.assistant.planning.DailyPlan;
import io.vectort.assistant.planning.DailyPlans;
import java.time.Instant;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

@Component
class DailyPlanTool extends AssistantTool<DailyPlanTool.Args> {

    record Args() {}

    private final DailyPlans plans;

    DailyPlanTool(DailyPlans plans) {
        super(Args.class);
        this.plans = plans;
    }

    @Override
    public String name() {
        return "daily_plan";
    }

    @Override
    protected String description() {
        return "Today's plan: at most 3 tasks (overdue first), today's reminders, and one first step."
                + " Use when the user asks how to organise their day; present the first step, not a list.";
    }

    @Override
    protected ObjectNode parameters() {
        return ToolJson.Schema.of().build();
    }

    // The current instant, not the message's: steps earlier in this turn (a task just done) count.
    @Override
    protected ToolResult call(ToolScope scope, Args args) {
        DailyPlan plan = plans.morningPlan(scope.userId(), Instant.now());
        ObjectNode output = ToolJson.ok();
        output.set("plan", ToolJson.MAPPER.valueToTree(plan));
        return new ToolResult(output, Step.done(name(), plan.firstStep(), null));
    }
}
