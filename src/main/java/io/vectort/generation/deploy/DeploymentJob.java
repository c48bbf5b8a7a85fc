package io.vectort.generation.deploy;

import io.vectort.generation.preview.Previews;
import io.vectort.generation.preview.SiteOutput;
import io.vectort.jobs.JobAttempt;
import io.vectort.jobs.JobHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Carries a deployment through its steps, one durable job per step (job id {@code
 * <deploymentId>:<step>}): wait for the local build, hand the site to the host, then look at it
 * every poll interval until it is ready, failed or timed out. Waiting is a job due later, never a
 * sleeping thread, so a restart loses nothing; a job whose step is not the deployment's current one
 * is a stale duplicate and does nothing, and once the host's ids are recorded a retry polls instead
 * of starting again.
 */
@Component
class DeploymentJob implements JobHandler {

    static final String NAME = "deployment";
    private static final Logger log = LoggerFactory.getLogger(DeploymentJob.class);

    private final DeploymentRepository deployments;
    private final DeploymentTransitions transitions;
    private final Map<Platform, DeployTarget> targets = new EnumMap<>(Platform.class);
    private final Previews previews;
    private final DeploymentTokens tokens;
    private final DeployProperties properties;

    DeploymentJob(
            DeploymentRepository deployments,
            DeploymentTransitions transitions,
            List<DeployTarget> targets,
            Previews previews,
            DeploymentTokens tokens,
            DeployProperties properties) {
        this.deployments = deployments;
        this.transitions = transitions;
        targets.forEach(target -> this.targets.put(target.platform(), target));
        this.previews = previews;
        this.tokens = tokens;
        this.properties = properties;
    }

    static String jobId(UUID deploymentId, int step) {
        return deploymentId + ":" + step;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(String jobId, JobAttempt attempt) {
        UUID id = UUID.fromString(jobId.substring(0, jobId.indexOf(':')));
        int step = Integer.parseInt(jobId.substring(jobId.indexOf(':') + 1));
        Optional<Deployment> found = deployments.find(id);
        if (found.isEmpty() || found.get().finished() || found.get().step() != step) {
            return;
        }
        Deployment deployment = found.get();
        if (Instant.now().isAfter(deployment.createdAt().plus(properties.timeout()))) {
            transitions.fail(
                    id,
                    "timeout",
                    "The deployment was not finished after "
                            + properties.timeout().toMinutes()
                            + " minutes; Vectort stopped waiting. Look at the host's dashboard, or deploy again.",
                    List.of());
            return;
        }
        Optional<String> token = tokens.token(deployment);
        if (token.isEmpty()) {
            transitions.fail(
                    id,
                    "bad-token",
                    "There is no token for " + deployment.platform().wireName() + ".",
                    List.of());
            return;
        }
        DeployTarget target = targets.get(deployment.platform());
        try {
            Optional<ProviderDeployment> provider = deployment.provider();
            if (provider.isPresent()) {
                poll(deployment, target, provider.get(), token.get());
            } else {
                start(deployment, target, token.get());
            }
        } catch (DeployFailedException e) {
            if (deployment.provider().isPresent() && (e.retryable() || e.code().equals("quota-exceeded"))) {
                // The host has the deployment and may well finish it: a look that failed for now is
                // tried again after the host's wait (or the poll interval), until the timeout.
                Duration wait = e.retryAfter()
                        .filter(w -> w.compareTo(properties.pollInterval()) > 0)
                        .orElse(properties.pollInterval());
                log.info("Deployment {}: the host could not be asked now, again in {}: {}", id, wait, e.getMessage());
                transitions.schedule(id, "deploying", step + 1, Instant.now().plus(wait));
                return;
            }
            if (e.retryable() && !attempt.isLast()) {
                log.info("Deployment {} step {} will be retried: {}", id, step, e.getMessage());
                throw e;
            }
            transitions.fail(id, e.code(), e.getMessage(), e.logLines());
        }
    }

    @Override
    public void exhausted(String jobId, Throwable lastFailure) {
        UUID id = UUID.fromString(jobId.substring(0, jobId.indexOf(':')));
        log.warn("Deployment {} failed after its last attempt: {}", id, lastFailure.toString());
        transitions.fail(
                id, "provider-error", "The host answered in a way Vectort did not expect; try again later.", List.of());
    }

    private void start(Deployment deployment, DeployTarget target, String token) {
        UUID id = deployment.id();
        SiteOutput site;
        if (deployment.platform() == Platform.RENDER) {
            // Render builds the repository itself: nothing is built or uploaded from here.
            site = new SiteOutput(
                    SiteOutput.State.READY,
                    new TreeMap<>(),
                    previews.builds(deployment.projectId(), deployment.version()),
                    "");
        } else {
            site = previews.site(deployment.projectId(), deployment.version());
        }
        switch (site.state()) {
            case BUILDING -> {
                next(deployment, "building");
                return;
            }
            case FAILED -> {
                transitions.fail(
                        id,
                        "build-failed",
                        "The version does not build, so there is nothing to deploy. Fix the build and deploy again.",
                        site.reason().lines().toList());
                return;
            }
            case UNAVAILABLE -> {
                transitions.fail(id, "nothing-to-deploy", site.reason(), List.of());
                return;
            }
            case READY -> {}
        }
        transitions.advance(id, "uploading", deployment.step());
        DeployRequest request = new DeployRequest(
                token,
                deployment.siteName(),
                deployments.lastSiteId(deployment.projectId(), deployment.platform(), deployment.siteName()),
                site.files(),
                deployment.repository(),
                deployment.branch(),
                site.built());
        target.start(request, provider -> transitions.provider(id, provider));
        next(deployment, "deploying");
    }

    private void poll(Deployment deployment, DeployTarget target, ProviderDeployment provider, String token) {
        ProviderStatus status = target.poll(provider, token);
        switch (status.state()) {
            case READY -> transitions.succeed(deployment.id(), status.url().orElse(""));
            case FAILED ->
                transitions.fail(
                        deployment.id(),
                        "build-failed",
                        status.message().orElse("The host could not build or publish the site."),
                        status.logLines());
            case BUILDING -> next(deployment, "deploying");
        }
    }

    private void next(Deployment deployment, String status) {
        transitions.schedule(
                deployment.id(), status, deployment.step() + 1, Instant.now().plus(properties.pollInterval()));
    }
}
