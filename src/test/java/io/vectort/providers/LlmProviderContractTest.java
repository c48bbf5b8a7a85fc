package io.vectort.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vectort.providers.fakes.FakeReply;
import io.vectort.providers.fakes.FakeUpstreamServer;
import io.vectort.providers.fakes.RecordedRequest;
import io.vectort.providers.http.WireJson;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What every {@link LlmProvider} promises, checked against a fake of its vendor that speaks the
 * real wire protocol. A vendor's test extends this and supplies the provider, the fake, and how the
 * vendor carries the key.
 */
public abstract class LlmProviderContractTest {

    protected static final String KEY = "sk-test-Vq3x9SECRETkey0001";
    protected static final String MODEL = "model-under-test";
    protected static final String DEPLOYMENT = "test-deployment";

    protected FakeUpstreamServer server;
    protected LlmProvider provider;

    protected abstract LlmProvider newProvider();

    protected abstract FakeUpstreamServer newServer();

    /** Asserts the request carried the key the way the vendor expects it. */
    protected abstract void assertAuthenticated(RecordedRequest request, String key);

    @BeforeEach
    void start() {
        server = newServer();
        provider = newProvider();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    protected Deployment deployment() {
        return deployment(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    protected Deployment deployment(Duration firstToken, Duration total) {
        return deployment(server.baseUrl(), firstToken, total);
    }

    protected Deployment deployment(URI baseUrl, Duration firstToken, Duration total) {
        return new Deployment(
                DEPLOYMENT,
                provider.type(),
                MODEL,
                baseUrl,
                Optional.of(new Deployment.Secret(KEY)),
                Map.of(),
                Duration.ofSeconds(2),
                firstToken,
                total);
    }

    protected static ChatRequest hello() {
        return ChatRequest.of("alias", List.of(ChatMessage.system("Be brief."), ChatMessage.user("Say hello")));
    }

    @Test
    void answersWithTextAndUsage() {
        server.enqueue(FakeReply.text("Hello, world!").withUsage(10, 5));

        ChatResponse response = provider.chat(deployment(), hello());

        assertThat(response.content()).isEqualTo("Hello, world!");
        assertThat(response.finishReason()).isEqualTo("stop");
        assertThat(response.usage()).isEqualTo(new Usage(10, 5, false));
        assertThat(response.toolCalls()).isEmpty();
        assertAuthenticated(server.lastRequest(), KEY);
        assertThat(server.lastRequest().body()).contains("Say hello");
        assertThat(server.lastRequest().path() + server.lastRequest().body())
                .as("the deployment's model, in the body or (Gemini) the path")
                .contains(MODEL);
    }

    @Test
    void streamsTextInChunksAndReportsUsage() {
        server.enqueue(FakeReply.text("The quick brown fox jumps").inChunks(4).withUsage(12, 7));
        List<ChatChunk> chunks = new CopyOnWriteArrayList<>();

        StreamOutcome outcome = provider.stream(deployment(), hello(), chunks::add);

        assertThat(chunks.stream().filter(c -> !c.contentDelta().isEmpty())).hasSize(4);
        assertThat(Chunks.text(chunks)).isEqualTo("The quick brown fox jumps");
        assertThat(outcome.finishReason()).isEqualTo("stop");
        assertThat(outcome.usage()).isEqualTo(new Usage(12, 7, false));
        assertThat(chunks.getLast()
                        .finishReason()
                        .or(() -> chunks.getLast().usage().map(u -> "usage")))
                .as("the end of the answer reaches the listener too")
                .isPresent();
        assertAuthenticated(server.lastRequest(), KEY);
    }

    @Test
    void streamWithoutUsageReportsNone() {
        server.enqueue(FakeReply.text("No usage here").inChunks(2).withoutUsage());

        StreamOutcome outcome = provider.stream(deployment(), hello(), chunk -> {});

        assertThat(outcome.usage()).isEqualTo(Usage.NONE);
        assertThat(outcome.finishReason()).isEqualTo("stop");
    }

    @Test
    void callsToolsWithoutStreaming() {
        server.enqueue(FakeReply.toolCall("get_weather", "{\"city\":\"Paris\",\"unit\":\"celsius\"}")
                .withUsage(30, 12));

        ChatResponse response = provider.chat(deployment(), hello());

        assertThat(response.finishReason()).isEqualTo("tool_calls");
        assertThat(response.toolCalls()).singleElement().satisfies(call -> {
            assertThat(call.id()).isNotBlank();
            assertThat(call.name()).isEqualTo("get_weather");
            assertThat(json(call.argumentsJson())).isEqualTo(json("{\"city\":\"Paris\",\"unit\":\"celsius\"}"));
        });
    }

    @Test
    void streamsToolCallsThatReassembleByIndex() {
        server.enqueue(FakeReply.text("Let me check.")
                .inChunks(2)
                .withToolCall("get_weather", "{\"city\":\"Paris\"}")
                .withToolCall("get_time", "{\"zone\":\"Europe/Paris\"}")
                .withUsage(40, 20));
        List<ChatChunk> chunks = new CopyOnWriteArrayList<>();

        StreamOutcome outcome = provider.stream(deployment(), hello(), chunks::add);

        List<ToolCall> calls = Chunks.toolCalls(chunks);
        assertThat(Chunks.text(chunks)).isEqualTo("Let me check.");
        assertThat(calls).extracting(ToolCall::name).containsExactly("get_weather", "get_time");
        assertThat(calls).allSatisfy(call -> assertThat(call.id()).isNotBlank());
        assertThat(calls.get(0).id()).isNotEqualTo(calls.get(1).id());
        assertThat(json(calls.get(0).argumentsJson())).isEqualTo(json("{\"city\":\"Paris\"}"));
        assertThat(json(calls.get(1).argumentsJson())).isEqualTo(json("{\"zone\":\"Europe/Paris\"}"));
        assertThat(outcome.finishReason()).isEqualTo("tool_calls");
        assertThat(outcome.usage()).isEqualTo(new Usage(40, 20, false));
    }

    @Test
    void reportsLengthAndContentFilterFinishes() {
        server.enqueue(FakeReply.text("Cut sh").finishing(FakeReply.Finish.LENGTH));
        server.enqueue(FakeReply.text("").finishing(FakeReply.Finish.CONTENT_FILTER));

        assertThat(provider.stream(deployment(), hello(), chunk -> {}).finishReason())
                .isEqualTo("length");
        assertThat(provider.chat(deployment(), hello()).finishReason()).isEqualTo("content_filter");
    }

    @ParameterizedTest(name = "HTTP {0} is {1}")
    @CsvSource({
        "400, BAD_REQUEST",
        "401, AUTHENTICATION",
        "403, AUTHENTICATION",
        "404, NOT_FOUND",
        "408, TIMEOUT",
        "429, RATE_LIMITED",
        "500, SERVER_ERROR",
        "502, SERVER_ERROR",
        "503, SERVER_ERROR",
        "504, SERVER_ERROR",
        "529, RATE_LIMITED"
    })
    void classifiesHttpErrors(int status, ErrorKind kind) {
        server.enqueue(FakeReply.error(status), FakeReply.error(status));

        ProviderException unary = failure(() -> provider.chat(deployment(), hello()));
        ProviderException streamed = failure(() -> provider.stream(deployment(), hello(), chunk -> {}));

        for (ProviderException e : List.of(unary, streamed)) {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.retryable()).isEqualTo(kind.retryable());
            assertThat(e.httpStatus()).hasValue(status);
            assertThat(e.getMessage()).startsWith(DEPLOYMENT + ": ");
        }
    }

    @Test
    void rateLimitCarriesRetryAfter() {
        server.enqueue(FakeReply.error(429).retryAfter(2), FakeReply.error(429).retryAfter(7));

        assertThat(failure(() -> provider.chat(deployment(), hello())).retryAfter())
                .hasValue(Duration.ofSeconds(2));
        assertThat(failure(() -> provider.stream(deployment(), hello(), chunk -> {}))
                        .retryAfter())
                .hasValue(Duration.ofSeconds(7));
    }

    @Test
    void errorMessageIsTheVendorsOwnPrefixedWithTheDeployment() {
        server.enqueue(FakeReply.error(400).withMessage("messages.0: content must not be empty"));

        ProviderException e = failure(() -> provider.chat(deployment(), hello()));

        assertThat(e.getMessage()).isEqualTo(DEPLOYMENT + ": messages.0: content must not be empty");
    }

    @Test
    void keyNeverAppearsInErrorMessages() {
        String echoing = "Incorrect API key provided: " + KEY + ".";
        server.enqueue(
                FakeReply.error(401).withMessage(echoing), FakeReply.error(401).withMessage(echoing));
        server.enqueue(FakeReply.text("a b c").inChunks(3).failAfter(1, 500, "upstream broke with key " + KEY));

        List<ProviderException> failures = List.of(
                failure(() -> provider.chat(deployment(), hello())),
                failure(() -> provider.stream(deployment(), hello(), chunk -> {})),
                failure(() -> provider.stream(deployment(), hello(), chunk -> {})),
                failure(() -> provider.chat(
                        deployment(
                                URI.create("http://127.0.0.1:" + closedPort()),
                                Duration.ofSeconds(2),
                                Duration.ofSeconds(4)),
                        hello())));

        for (ProviderException e : failures) {
            assertThat(e.getMessage()).doesNotContain(KEY).startsWith(DEPLOYMENT + ": ");
            assertThat(e.toString()).doesNotContain(KEY);
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                assertThat(String.valueOf(cause.getMessage())).doesNotContain(KEY);
            }
        }
        assertThat(failures.get(0).getMessage()).contains("Incorrect API key provided");
    }

    @Test
    void slowFirstByteTimesOutWithinTheFirstTokenTimeout() {
        warmUp();
        server.enqueue(FakeReply.text("late").slowFirstByte(Duration.ofSeconds(5)));
        Deployment deployment = deployment(Duration.ofMillis(300), Duration.ofSeconds(10));

        assertTimesOutWithin(Duration.ofMillis(1800), () -> provider.stream(deployment, hello(), chunk -> {}));
    }

    /** A non-streamed answer's first byte is the whole answer: only the total timeout bounds it. */
    @Test
    void nonStreamedAnswersAreBoundedByTheTotalTimeoutNotTheFirstToken() {
        warmUp();
        server.enqueue(FakeReply.text("worth the wait").slowFirstByte(Duration.ofMillis(800)));
        Deployment patient = deployment(Duration.ofMillis(300), Duration.ofSeconds(10));
        assertThat(provider.chat(patient, hello()).content()).isEqualTo("worth the wait");

        server.enqueue(FakeReply.text("late").slowFirstByte(Duration.ofSeconds(5)));
        Deployment strict = deployment(Duration.ofMillis(300), Duration.ofMillis(700));
        assertTimesOutWithin(Duration.ofMillis(2000), () -> provider.chat(strict, hello()));
    }

    @Test
    void headersWithoutABodyStillTimeOutOnTheFirstToken() {
        warmUp();
        server.enqueue(FakeReply.text("late").slowBody(Duration.ofSeconds(5)));
        Deployment deployment = deployment(Duration.ofMillis(300), Duration.ofSeconds(10));

        assertTimesOutWithin(Duration.ofMillis(1800), () -> provider.stream(deployment, hello(), chunk -> {}));
    }

    @Test
    void totalTimeoutCutsALongStream() {
        warmUp();
        server.enqueue(FakeReply.text("one two three four five six seven eight nine ten")
                .inChunks(10)
                .chunkDelay(Duration.ofMillis(200)));
        Deployment deployment = deployment(Duration.ofSeconds(5), Duration.ofMillis(700));
        List<ChatChunk> chunks = new CopyOnWriteArrayList<>();

        assertTimesOutWithin(Duration.ofMillis(2000), () -> provider.stream(deployment, hello(), chunks::add));
        assertThat(Chunks.text(chunks))
                .as("the start of the answer arrived before the deadline")
                .isNotEmpty();
    }

    @Test
    void midStreamDisconnectIsAConnectionError() {
        // The JDK client drops data it has buffered but not handed out yet once the connection
        // fails, so the pieces are spaced out for the two before the cut to reach the listener.
        server.enqueue(FakeReply.text("one two three four")
                .inChunks(4)
                .chunkDelay(Duration.ofMillis(50))
                .disconnectAfter(2));
        List<ChatChunk> chunks = new CopyOnWriteArrayList<>();

        ProviderException e = failure(() -> provider.stream(deployment(), hello(), chunks::add));

        assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION);
        assertThat(chunks.stream().filter(ChatChunk::hasOutput)).hasSize(2);
        assertThat("one two three four").startsWith(Chunks.text(chunks)).isNotEqualTo(Chunks.text(chunks));
    }

    @Test
    void truncatedAnswerIsAConnectionError() {
        server.enqueue(FakeReply.text("cut in half").disconnectAfter(0));

        assertThat(failure(() -> provider.chat(deployment(), hello())).kind()).isEqualTo(ErrorKind.CONNECTION);
    }

    @Test
    void refusedConnectionIsAConnectionError() throws IOException {
        Deployment nowhere = deployment(
                URI.create("http://127.0.0.1:" + closedPort()), Duration.ofSeconds(2), Duration.ofSeconds(4));

        ProviderException e = failure(() -> provider.chat(nowhere, hello()));

        assertThat(e.kind()).isEqualTo(ErrorKind.CONNECTION);
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void errorInsideAStreamIsClassified() {
        server.enqueue(FakeReply.text("one two three").inChunks(3).failAfter(1, 500, "Internal server error"));
        List<ChatChunk> chunks = new CopyOnWriteArrayList<>();

        ProviderException e = failure(() -> provider.stream(deployment(), hello(), chunks::add));

        assertThat(e.kind()).isEqualTo(ErrorKind.SERVER_ERROR);
        assertThat(e.getMessage()).isEqualTo(DEPLOYMENT + ": Internal server error");
        assertThat(chunks.stream().filter(ChatChunk::hasOutput)).hasSize(1);
    }

    @Test
    void throwingListenerAbortsTheUpstreamCall() throws InterruptedException {
        server.enqueue(FakeReply.text("a b c d e f g h i j k l m n o p q r s t")
                .inChunks(20)
                .chunkDelay(Duration.ofMillis(100)));
        IllegalStateException gone = new IllegalStateException("caller went away");
        AtomicLong thrownAt = new AtomicLong();

        assertThatThrownBy(() -> provider.stream(deployment(), hello(), chunk -> {
                    if (chunk.hasOutput()) {
                        thrownAt.set(System.nanoTime());
                        throw gone;
                    }
                }))
                .isSameAs(gone);

        assertThat(Duration.ofNanos(System.nanoTime() - thrownAt.get()))
                .as("the rest of the stream (2 s) is not awaited")
                .isLessThan(Duration.ofMillis(500));
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (server.clientDisconnects() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(server.clientDisconnects())
                .as("the upstream saw the connection close")
                .isEqualTo(1);
    }

    @Test
    void concurrentStreamsStayApart() throws Exception {
        server.alwaysReply(FakeReply.text("alpha beta gamma delta").inChunks(4).withUsage(3, 4));
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> {
                List<ChatChunk> chunks = new ArrayList<>();
                provider.stream(deployment(), hello(), chunks::add);
                return Chunks.text(chunks);
            });
        }
        try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (var result : executor.invokeAll(calls)) {
                assertThat(result.get()).isEqualTo("alpha beta gamma delta");
            }
        }
    }

    protected static ProviderException failure(Runnable call) {
        ProviderException e = catchThrowableOfType(ProviderException.class, call::run);
        assertThat(e).as("a ProviderException").isNotNull();
        assertThat(e.getMessage()).doesNotContain(KEY);
        return e;
    }

    /**
     * The first HTTP call in a JVM pays for class loading (close to a second on a busy machine):
     * tests that bound a duration make one quick call first, so the bound is about the timeout.
     */
    protected void warmUp() {
        server.enqueue(FakeReply.text("warm"));
        provider.chat(deployment(), hello());
    }

    protected static void assertTimesOutWithin(Duration limit, Runnable call) {
        long start = System.nanoTime();
        ProviderException e = failure(call);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        assertThat(e.kind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(e.getMessage()).startsWith(DEPLOYMENT + ": ");
        assertThat(elapsed).isLessThan(limit);
    }

    protected static Object json(String text) {
        return WireJson.MAPPER.readTree(text);
    }

    protected static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
