package io.vectort.providers.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.providers.ChatChunk;
import io.vectort.providers.ErrorKind;
import io.vectort.providers.LlmProvider;
import io.vectort.providers.LlmProviderContractTest;
import io.vectort.providers.ProviderException;
import io.vectort.providers.fakes.FakeAnthropicServer;
import io.vectort.providers.fakes.FakeReply;
import io.vectort.providers.fakes.FakeUpstreamServer;
import io.vectort.providers.fakes.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnthropicProviderTest extends LlmProviderContractTest {

    @Override
    protected LlmProvider newProvider() {
        return new AnthropicProvider();
    }

    @Override
    protected FakeUpstreamServer newServer() {
        return new FakeAnthropicServer();
    }

    @Override
    protected void assertAuthenticated(RecordedRequest request, String key) {
        assertThat(request.path()).isEqualTo("/v1/messages");
        assertThat(request.header("x-api-key")).hasValue(key);
        assertThat(request.header("anthropic-version")).hasValue("2023-06-01");
        assertThat(request.header("authorization")).isEmpty();
    }

    @Test
    void overloadedMidStreamIsRateLimited() {
        server.enqueue(FakeReply.text("one two").inChunks(2).failAfter(1, 529, "Overloaded"));
        List<ChatChunk> chunks = new ArrayList<>();

        ProviderException e = failure(() -> provider.stream(deployment(), hello(), chunks::add));

        assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(e.getMessage()).isEqualTo(DEPLOYMENT + ": Overloaded");
    }

    @Test
    void refusalFinishesWithContentFilter() {
        server.enqueue(FakeReply.promptBlocked());

        assertThat(provider.chat(deployment(), hello()).finishReason()).isEqualTo("content_filter");
    }

    @Test
    void maxTokensIsAlwaysSent() {
        server.enqueue(FakeReply.text("ok"), FakeReply.text("ok"));

        provider.chat(deployment(), hello());
        assertThat(server.lastRequest().json().path("max_tokens").asInt()).isEqualTo(4096);
        provider.chat(deployment(), hello().withMaxTokens(100));
        assertThat(server.lastRequest().json().path("max_tokens").asInt()).isEqualTo(100);
        assertThat(server.lastRequest().json().path("system").asString()).isEqualTo("Be brief.");
    }

    @Test
    void toleratesABaseUrlThatNamesTheVersion() {
        server.enqueue(FakeReply.text("ok"));

        provider.chat(
                deployment(server.origin().resolve("/v1/"), Duration.ofSeconds(5), Duration.ofSeconds(10)), hello());

        assertThat(server.lastRequest().path()).isEqualTo("/v1/messages");
    }

    @Test
    void offersNoEmbeddings() {
        assertThat(failure(() -> provider.embed(deployment(), List.of("x"))).kind())
                .isEqualTo(ErrorKind.BAD_REQUEST);
    }
}
