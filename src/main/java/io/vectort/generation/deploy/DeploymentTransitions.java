package io.vectort.generation.deploy;

import io.vectort.events.EventLog;
import io.vectort.identity.audit.Actor;
import io.vectort.identity.audit.AuditLog;
import io.vectort.jobs.JobQueue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every status change of a deployment with its event (the status history and the SSE stream), and
 * for the end states its audit entry and metric, in one transaction. A finished deployment never
 * changes again, so a job that runs twice cannot report an outcome twice.
 */
@Component
class DeploymentTransitions {

    private final DeploymentRepository deployments;
    private final EventLog events;
    private final AuditLog audit;
    private final DeploymentMetrics metrics;
    private final DeployProperties properties;
    private final JobQueue jobs;

    DeploymentTransitions(
            DeploymentRepository deployments,
            EventLog events,
            AuditLog audit,
            DeploymentMetrics metrics,
            DeployProperties properties,
            JobQueue jobs) {
        this.jobs = jobs;
        this.deployments = deployments;
        this.events = events;
        this.audit = audit;
        this.metrics = metrics;
        this.properties = properties;
    }

    /** Records the first event of a new deployment, inside the transaction that stored it. */
    void queued(Deployment deployment, Actor actor) {
        events.append(deployment.id(), "status", event("queued", Map.of()));
        audit.record(
                deployment.orgId(),
                actor,
                "deployment.started",
                "project",
                deployment.projectId().toString(),
                details(deployment));
        metrics.count(deployment.platform(), "queued");
    }

    /** Moves an unfinished deployment to {@code status} and to job step {@code step}. */
    @Transactional
    public Optional<Deployment> advance(UUID id, String status, int step) {
        Optional<Deployment> current = deployments.lock(id).filter(d -> !d.finished());
        current.ifPresent(d -> {
            deployments.status(id, status, step);
            if (!d.status().equals(status)) {
                events.append(id, "status", event(status, Map.of()));
            }
        });
        return current;
    }

    /**
     * Moves an unfinished deployment to {@code status} and hands the next step to a job due at
     * {@code runAt}: both commit together, so a deployment is never left without its next step.
     */
    @Transactional
    public void schedule(UUID id, String status, int step, Instant runAt) {
        if (advance(id, status, step).isPresent()) {
            jobs.enqueueAt(DeploymentJob.NAME, DeploymentJob.jobId(id, step), runAt);
        }
    }

    /** The host has the deployment: its ids are kept before anything else can fail. */
    @Transactional
    public void provider(UUID id, ProviderDeployment provider) {
        if (deployments.lock(id).filter(d -> !d.finished()).isPresent()) {
            deployments.provider(id, provider);
            events.append(id, "status", event("deploying", Map.of("providerId", provider.deploymentId())));
        }
    }

    @Transactional
    public void succeed(UUID id, String url) {
        deployments.lock(id).filter(d -> !d.finished()).ifPresent(d -> {
            deployments.finish(id, Deployment.READY, url, null, null, d.log());
            events.append(id, "status", event(Deployment.READY, Map.of("url", url)));
            Map<String, Object> details = details(d);
            details.put("url", url);
            audit.record(
                    d.orgId(),
                    Actor.SYSTEM,
                    "deployment.succeeded",
                    "project",
                    d.projectId().toString(),
                    details);
            metrics.count(d.platform(), Deployment.READY);
        });
    }

    @Transactional
    public void fail(UUID id, String code, String message, List<String> logLines) {
        deployments.lock(id).filter(d -> !d.finished()).ifPresent(d -> {
            String log = bounded(d.log(), logLines);
            deployments.finish(id, Deployment.FAILED, null, code, message, log);
            events.append(id, "status", event(Deployment.FAILED, Map.of("code", code, "message", message)));
            Map<String, Object> details = details(d);
            details.put("code", code);
            audit.record(
                    d.orgId(),
                    Actor.SYSTEM,
                    "deployment.failed",
                    "project",
                    d.projectId().toString(),
                    details);
            metrics.count(d.platform(), Deployment.FAILED);
        });
    }

    /** The log with {@code lines} added, cut from the front to the configured size. */
    String bounded(String log, List<String> lines) {
        StringBuilder all = new StringBuilder(log);
        for (String line : lines) {
            all.append(line).append('\n');
        }
        int max = properties.maxLogChars();
        return all.length() <= max ? all.toString() : all.substring(all.length() - max);
    }

    private static Map<String, Object> event(String status, Map<String, Object> extra) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", status);
        data.putAll(extra);
        return data;
    }

    private static Map<String, Object> details(Deployment d) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("deploymentId", d.id().toString());
        details.put("platform", d.platform().wireName());
        details.put("version", d.version());
        details.put("kind", d.kind());
        return details;
    }
}
