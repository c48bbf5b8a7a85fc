package io.vectort.generation.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectort.support.FakeHost;
import io.vectort.support.FakeHost.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DeployTarget} does, each run against the fake of its host: a site goes live
 * at a URL after polling, the host's ids are checkpointed before anything else, and each kind of
 * failure gets its code.
 */
public abstract class DeployTargetContractTest {

    protected abstract FakeHost host();

    protected abstract DeployTarget target(DeployProperties properties);

    protected DeployTarget target() {
        DeployProperties.Host fake = new DeployProperties.Host(host().baseUrl(), "");
        return target(new DeployProperties(fake, fake, fake, Duration.ofMillis(100), Duration.ofMinutes(1), 10_000));
    }

    protected DeployRequest request(String token) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put("index.html", "<!doctype html><title>Contract</title>".getBytes(StandardCharsets.UTF_8));
        files.put("app.js", "console.log(1);".getBytes(StandardCharsets.UTF_8));
        return new DeployRequest(
                token,
                "contract-" + UUID.randomUUID().toString().substring(0, 8),
                Optional.empty(),
                files,
                Optional.of("https://github.com/acme/contract"),
                "main",
                false);
    }

    @Test
    void goesLiveAtAUrlAfterPolling() {
        String token = host().token(Outcome.READY);
        List<ProviderDeployment> checkpoints = new ArrayList<>();
        ProviderDeployment started = target().start(request(token), checkpoints::add);
        assertThat(checkpoints).containsExactly(started);
        assertThat(started.deploymentId()).isNotBlank();
        assertThat(started.siteId()).isNotBlank();

        assertThat(target().poll(started, token).state()).isEqualTo(ProviderStatus.State.BUILDING);
        ProviderStatus ready = target().poll(started, token);
        assertThat(ready.state()).isEqualTo(ProviderStatus.State.READY);
        assertThat(ready.url()).hasValueSatisfying(url -> assertThat(url).startsWith("https://"));
    }

    @Test
    void reportsTheHostsBuildFailure() {
        String token = host().token(Outcome.BUILD_ERROR);
        ProviderDeployment started = target().start(request(token), d -> {});
        target().poll(started, token);
        ProviderStatus failed = target().poll(started, token);
        assertThat(failed.state()).isEqualTo(ProviderStatus.State.FAILED);
        assertThat(failed.message()).isPresent();
    }

    @Test
    void aRefusedTokenIsBadToken() {
        assertThatThrownBy(() -> target().start(request(host().token(Outcome.BAD_TOKEN)), d -> {}))
                .isInstanceOfSatisfying(DeployFailedException.class, e -> {
                    assertThat(e.code()).isEqualTo("bad-token");
                    assertThat(e.retryable()).isFalse();
                });
    }

    @Test
    void aRateLimitIsQuotaExceededWithTheHostsWait() {
        assertThatThrownBy(() -> target().start(request(host().token(Outcome.RATE_LIMITED)), d -> {}))
                .isInstanceOfSatisfying(DeployFailedException.class, e -> {
                    assertThat(e.code()).isEqualTo("quota-exceeded");
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(60));
                });
    }

    @Test
    void aServerErrorIsRetryableAndTheNextTryWorks() {
        String token = host().token(Outcome.SERVER_ERROR_ONCE);
        assertThatThrownBy(() -> target().start(request(token), d -> {}))
                .isInstanceOfSatisfying(DeployFailedException.class, e -> {
                    assertThat(e.code()).isEqualTo("provider-error");
                    assertThat(e.retryable()).isTrue();
                });
        assertThat(target().start(request(token), d -> {}).deploymentId()).isNotBlank();
    }

    @Test
    void anUnreachableHostIsARetryableProviderError() {
        DeployProperties.Host nowhere = new DeployProperties.Host("http://127.0.0.1:9", "");
        DeployTarget target = target(
                new DeployProperties(nowhere, nowhere, nowhere, Duration.ofMillis(100), Duration.ofMinutes(1), 10_000));
        assertThatThrownBy(() -> target.start(request("any"), d -> {}))
                .isInstanceOfSatisfying(
                        DeployFailedException.class,
                        e -> assertThat(e.retryable()).isTrue());
    }
}
