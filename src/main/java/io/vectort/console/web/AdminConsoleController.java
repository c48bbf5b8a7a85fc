package io.vectort.console.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.console.ActivityReports;
import io.vectort.console.DateRange;
import io.vectort.console.FeatureUsage;
import io.vectort.console.GenerationPatterns;
import io.vectort.console.HealthReports;
import io.vectort.console.PlatformHealth;
import io.vectort.console.UsageOverview;
import io.vectort.console.UsageReports;
import io.vectort.identity.access.PlatformAdminAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The console's read-only pages: usage and margins, generations, features, health. */
@Tag(name = "Platform administration")
@RestController
class AdminConsoleController {

    private final UsageReports usage;
    private final ActivityReports activity;
    private final HealthReports health;

    AdminConsoleController(UsageReports usage, ActivityReports activity, HealthReports health) {
        this.usage = usage;
        this.activity = activity;
        this.health = health;
    }

    @Operation(summary = "Platform admins: cost, calls and credits charged per organisation, day and model")
    @PlatformAdminAccess
    @GetMapping("/api/v1/admin/overview")
    UsageOverview overview(@RequestParam(defaultValue = "30") int days) {
        return usage.overview(DateRange.lastDays(days));
    }

    @Operation(summary = "Platform admins: generations by framework and type, success and cache hit rates, failures")
    @PlatformAdminAccess
    @GetMapping("/api/v1/admin/generations")
    GenerationPatterns generations(@RequestParam(defaultValue = "30") int days) {
        return activity.generations(DateRange.lastDays(days));
    }

    @Operation(summary = "Platform admins: uses of each feature and active people per day")
    @PlatformAdminAccess
    @GetMapping("/api/v1/admin/features")
    FeatureUsage features(@RequestParam(defaultValue = "30") int days) {
        return activity.features(DateRange.lastDays(days));
    }

    @Operation(summary = "Platform admins: database, Redis, queue depth, nodes and providers' circuits now")
    @PlatformAdminAccess
    @GetMapping("/api/v1/admin/health")
    PlatformHealth health() {
        return health.now();
    }
}
