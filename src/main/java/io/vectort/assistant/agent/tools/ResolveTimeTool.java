package io.vectort.assistant.agent.tools;

import java.time.Duration;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** Date arithmetic in the user's time zone, DST included, so the model never computes dates itself. */
@Component
class ResolveTimeTool extends AssistantTool<ResolveTimeTool.Args> {

    record Args(String expression) {
        Args {
            if (expression == null || expression.isBlank()) {
                throw new ToolArgumentException("expression is required");
            }
        }
    }

    ResolveTimeTool() {
        super(Args.class);
    }

    @Override
    public String name() {
        return "resolve_time";
    }

    @Override
    protected String description() {
        return "Turn a time expression (English or French: \"next friday at 3pm\", \"dans 2 jours\","
                + " \"every weekday at 7:30\") into an exact local time in the user's zone.";
    }

    @Override
    protected ObjectNode parameters() {
        return ToolJson.Schema.of()
                .string("expression", "the time expression", true)
                .build();
    }

    @Override
    protected ToolResult call(ToolScope scope, Args args) {
        Moments.Moment.At at = Moments.moment("expression", args.expression(), scope.now());
        ObjectNode output = ToolJson.ok()
                .put("local", ToolJson.local(at.at().toInstant(), scope.now()))
                .put("zone", scope.now().getZone().getId())
                .put("minutes_from_now", Duration.between(scope.now(), at.at()).toMinutes());
        at.rrule().ifPresent(rule -> output.put("repeats", rule));
        return new ToolResult(
                output, Step.done(name(), args.expression(), at.at().toInstant()));
    }
}
