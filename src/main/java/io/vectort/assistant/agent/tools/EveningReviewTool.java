package io.vectort.assistant.agent.tools;

import io.vectort.assistant.planning.DailyPlans;
import io.vectort.assistant.planning.EveningReview;
import java.time.Instant;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

@Component
class EveningReviewTool extends AssistantTool<EveningReviewTool.Args> {

    record Args() {}

    private final DailyPlans plans;

    EveningReviewTool(DailyPlans plans) {
        super(Args.class);
        this.plans = plans;
    }

    @Override
    public String name() {
        return "evening_review";
    }

    @Override
    protected String description() {
        return "A kind look back at today: what got done, at most 3 things still open, how tomorrow"
                + " starts. Never count what was not done; no guilt.";
    }

    @Override
    protected ObjectNode parameters() {
        return ToolJson.Schema.of().build();
    }

    // The current instant, not the message's: steps earlier in this turn (a task just done) count.
    @Override
    protected ToolResult call(ToolScope scope, Args args) {
        EveningReview review = plans.eveningReview(scope.userId(), Instant.now());
        ObjectNode output = ToolJson.ok();
        output.set("review", ToolJson.MAPPER.valueToTree(review));
        return new ToolResult(output, Step.done(name(), review.kindLine(), null));
    }
}
