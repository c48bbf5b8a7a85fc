package io.vectort.web;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.swagger.v3.oas.annotations.Hidden;
import io.vectort.identity.access.PublicAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Prometheus exposition at {@code /api/metrics}, next to the API it describes. */
@Hidden
@RestController
class MetricsController {

    private final PrometheusMeterRegistry registry;

    MetricsController(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @PublicAccess
    @GetMapping(value = "/api/metrics", produces = "text/plain;version=0.0.4;charset=utf-8")
    String scrape() {
        return registry.scrape();
    }
}
