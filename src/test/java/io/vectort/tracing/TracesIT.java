package io.vectort.tracing;

import static io.vectort.support.FakeUpstreams.OPENAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vectort.providers.fakes.FakeReply;
import io.vectort.support.Api;
import io.vectort.support.FakeOtlpCollector;
import io.vectort.support.FakeOtlpCollector.ReceivedSpan;
import io.vectort.support.FakeUpstreams;
import io.vectort.support.Generations;
import io.vectort.support.IntegrationTest;
import io.vectort.support.ScriptedCodeGenerator;
import io.vectort.support.TestRedis;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Traces as an OpenTelemetry collector receives them over OTLP/HTTP: one generation is one trace,
 * from the request that submits it through the job (started from the traceparent stored with it)
 * to the LLM call, with its database statements and Redis commands. This context sets an OTLP endpoint, so it is a context of its own; the shared
 * one has tracing off.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class TracesIT extends IntegrationTest {

    static final FakeOtlpCollector COLLECTOR = new FakeOtlpCollector();

    @DynamicPropertySource
    static void otlp(DynamicPropertyRegistry registry) {
        registry.add("OTEL_EXPORTER_OTLP_ENDPOINT", COLLECTOR::endpoint);
        // Export within a tenth of a second instead of Boot's five.
        registry.add("OTEL_BSP_SCHEDULE_DELAY", () -> "100");
        registry.add("vectort.database.pool-size", () -> "8");
    }

    @AfterAll
    static void stopCollector() {
        COLLECTOR.close();
    }

    @Test
    void oneGenerationIsOneTraceFromTheRequestThroughTheJobToTheProviderCall(CapturedOutput output) {
        FakeUpstreams.reset();
        OPENAI.enqueue(FakeReply.text(ScriptedCodeGenerator.threeFiles("Traced app"))
                .inChunks(25)
                .withUsage(500, 300));
        Generations generations = new Generations(api);
        Api.Session user = api.newUser();
        String project = generations.createProject(user, "Traced");
        String id = generations
                .submit(user, project, Generations.request("A traced page", "builder-openai"))
                .get("id")
                .asString();
        assertThat(generations.awaitFinished(user, id).get("status").asString()).isEqualTo("succeeded");

        ReceivedSpan chat = await().atMost(Duration.ofSeconds(20))
                .until(() -> find(COLLECTOR.spans(), "chat builder-openai"), Optional::isPresent)
                .orElseThrow();
        ReceivedSpan job = await().atMost(Duration.ofSeconds(20))
                .until(() -> find(COLLECTOR.spans(), "job generation"), Optional::isPresent)
                .orElseThrow();
        List<ReceivedSpan> trace = COLLECTOR.spans().stream()
                .filter(span -> span.traceId().equals(chat.traceId()))
                .toList();

        ReceivedSpan request = trace.stream()
                .filter(span -> span.kind().equals("SPAN_KIND_SERVER"))
                .filter(span -> String.valueOf(span.attribute("uri")).endsWith("/generate"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no request span in " + trace));
        assertThat(request.service()).isEqualTo("vectort");
        assertThat(request.attribute("method")).isEqualTo("POST");
        assertThat(job.traceId()).isEqualTo(request.traceId());
        assertThat(ancestors(trace, job)).contains(request.spanId());
        assertThat(job.kind()).isEqualTo("SPAN_KIND_CONSUMER");
        assertThat(job.attribute("vectort.job.id")).isEqualTo(id);
        assertThat(ancestors(trace, chat)).contains(job.spanId());

        assertThat(chat.kind()).isEqualTo("SPAN_KIND_CLIENT");
        assertThat(chat.attributes())
                .containsEntry("gen_ai.operation.name", "chat")
                .containsEntry("gen_ai.provider.name", "openai")
                .containsEntry("gen_ai.system", "openai")
                .containsEntry("gen_ai.request.model", "builder-openai")
                .containsEntry("gen_ai.usage.input_tokens", 500L)
                .containsEntry("gen_ai.usage.output_tokens", 300L)
                .containsEntry("vectort.llm.status", "ok")
                .containsEntry("vectort.llm.deployment", "builder-openai");
        assertThat(chat.attribute("gen_ai.response.model")).isEqualTo("gpt-4.1-mini");
        assertThat((Double) chat.attribute("vectort.cost_usd")).isEqualTo(0.00068);

        // Database statements and Redis commands are spans of the trace, below the request or the job.
        List<ReceivedSpan> statements = trace.stream()
                .filter(span -> "postgresql".equals(span.attribute("db.system.name")))
                .filter(span -> span.attribute("db.query.text") != null)
                .toList();
        assertThat(statements)
                .anySatisfy(statement -> assertThat(ancestors(trace, statement)).contains(request.spanId()))
                .anySatisfy(statement -> assertThat(ancestors(trace, statement)).contains(job.spanId()))
                .allSatisfy(statement -> assertThat(statement.kind()).isEqualTo("SPAN_KIND_CLIENT"));
        assertThat(statements)
                .extracting(statement -> statement.attribute("db.query.text"))
                .anySatisfy(sql -> assertThat((String) sql).startsWith("insert into generations"));
        if (TestRedis.url().isPresent()) {
            assertThat(trace)
                    .filteredOn(span -> "redis".equals(span.attribute("db.system")))
                    .isNotEmpty()
                    .allSatisfy(command ->
                            assertThat(ancestors(trace, command)).containsAnyOf(request.spanId(), job.spanId()));
        }
        // Bound values (the description here) are never attributes.
        assertThat(trace)
                .allSatisfy(span -> assertThat(span.attributes().values())
                        .noneMatch(value -> String.valueOf(value).contains("A traced page")));
        // Only units of work begin traces: polling the job table or pinging Redis starts none.
        assertThat(COLLECTOR.spans())
                .filteredOn(span ->
                        span.parentSpanId().isEmpty() || span.parentSpanId().matches("0+"))
                .isNotEmpty()
                .allSatisfy(root -> assertThat(root.kind()).isIn("SPAN_KIND_SERVER", "SPAN_KIND_CONSUMER"));

        // The request's and the job's log lines carry the ids of their trace and span.
        assertThat(output.getOut())
                .containsPattern("\"trace_id\":\"" + chat.traceId() + "\",\"span_id\":\"" + request.spanId()
                        + "\"[^\\n]*\"generationId\":\"" + id)
                .containsPattern("\"trace_id\":\"" + chat.traceId() + "\",\"span_id\":\"" + job.spanId()
                        + "\"[^\\n]*\"generationId\":\"" + id);
    }

    private static Optional<ReceivedSpan> find(List<ReceivedSpan> spans, String name) {
        return spans.stream().filter(span -> span.name().equals(name)).findFirst();
    }

    /** The span ids above {@code span}, walking parent links inside the trace. */
    private static List<String> ancestors(List<ReceivedSpan> trace, ReceivedSpan span) {
        Map<String, ReceivedSpan> byId =
                trace.stream().collect(java.util.stream.Collectors.toMap(ReceivedSpan::spanId, s -> s, (a, b) -> a));
        List<String> ids = new java.util.ArrayList<>();
        ReceivedSpan current = span;
        while (byId.containsKey(current.parentSpanId()) && ids.size() < 50) {
            ids.add(current.parentSpanId());
            current = byId.get(current.parentSpanId());
        }
        if (!current.parentSpanId().isEmpty() && !current.parentSpanId().matches("0+")) {
            ids.add(current.parentSpanId());
        }
        return ids;
    }
}
