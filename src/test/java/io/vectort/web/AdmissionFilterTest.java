package io.vectort.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class AdmissionFilterTest {

    /** Not the common pool: on a two-core machine it runs one task at a time. */
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AdmissionFilter filter = new AdmissionFilter(
            new AdmissionProperties(1, Duration.ofSeconds(3), 1),
            new ProblemWriter(JsonMapper.builder().build()),
            meters);

    @Test
    void beyondItsConcurrencyARequestWaitsThenIsRefusedAndAFullQueueRefusesAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(
                () -> send((req, res) -> {
                    entered.countDown();
                    await(release);
                }),
                threads);
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<MockHttpServletResponse> waiting =
                CompletableFuture.supplyAsync(() -> send((req, res) -> {}), threads);
        Thread.sleep(100); // the second request is queued
        MockHttpServletResponse queueFull = send((req, res) -> {});
        // Refused at once: the queued request is still waiting for its turn.
        assertThat(queueFull.getStatus()).isEqualTo(503);
        assertThat(waiting).isNotDone();

        MockHttpServletResponse timedOut = waiting.get(10, TimeUnit.SECONDS);
        assertThat(timedOut.getStatus()).isEqualTo(503);
        assertThat(timedOut.getHeader("Retry-After")).isEqualTo("2");
        assertThat(timedOut.getContentType()).isEqualTo("application/problem+json");
        assertThat(timedOut.getContentAsString()).contains("overloaded");
        assertThat(meters.counter("vectort.admission.refused").count()).isEqualTo(2);

        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(send((req, res) -> {}).getStatus()).isEqualTo(200);
    }

    @Test
    void readsAndPathsOutsideTheApiAreNotCounted() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture.runAsync(() -> send((req, res) -> await(release)), threads);
        Thread.sleep(100);
        MockHttpServletRequest read = new MockHttpServletRequest("GET", "/api/v1/projects");
        MockHttpServletResponse readResponse = new MockHttpServletResponse();
        filter.doFilter(read, readResponse, (req, res) -> {});
        MockHttpServletRequest gateway = new MockHttpServletRequest("POST", "/v1/chat/completions");
        MockHttpServletResponse gatewayResponse = new MockHttpServletResponse();
        filter.doFilter(gateway, gatewayResponse, (req, res) -> {});
        release.countDown();

        assertThat(readResponse.getStatus()).isEqualTo(200);
        assertThat(gatewayResponse.getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse send(jakarta.servlet.FilterChain chain) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/projects");
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            filter.doFilter(request, response, chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
