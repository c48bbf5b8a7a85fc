package io.vectort.assistant.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.assistant.planning.DailyPlan;
import io.vectort.assistant.planning.DailyPlans;
import io.vectort.assistant.planning.EveningReview;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.access.UserAccess;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Assistant")
@RestController
@RequestMapping("/api/v1/assistant/plan")
class PlanController {

    private final DailyPlans plans;

    PlanController(DailyPlans plans) {
        this.plans = plans;
    }

    @Operation(summary = "Today's plan: at most three things, today's reminders, one first step")
    @UserAccess
    @GetMapping("/today")
    DailyPlan today(AuthenticatedUser user) {
        return plans.morningPlan(user.id(), Instant.now());
    }

    @Operation(summary = "Today's review: what got done, what is still open, how tomorrow starts")
    @UserAccess
    @GetMapping("/review")
    EveningReview review(AuthenticatedUser user) {
        return plans.eveningReview(user.id(), Instant.now());
    }
}
