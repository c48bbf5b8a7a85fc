package io.vectort.providers.openai;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.providers.ErrorKind;
import io.vectort.providers.LlmProvider;
import io.vectort.providers.LlmProviderContractTest;
import io.vectort.providers.fakes.FakeOpenAiServer;
import io.vectort.providers.fakes.FakeReply;
import io.vectort.providers.fakes.FakeUpstreamServer;
import io.vectort.providers.fakes.RecordedRequest;

class OpenAiCompatibleProviderTest extends LlmProviderContractTest {

    @Override
    protected LlmProvider newProvider() {
        return new OpenAiCompatibleProvider();
    }

    @Override
    protected FakeUpstreamServer newServer() {
        return new FakeOpenAiServer();
    }

    @Override
    protected void assertAuthenticated(RecordedRequest request, String key) {
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.header("authorization")).hasValue("Bearer " + key);
    }

    @org.junit.jupiter.api.Test
    void blockedPromptIsAContentFilterError() {
        server.enqueue(FakeReply.promptBlocked());

        assertThat(failure(() -> provider.chat(deployment(), hello())).kind()).isEqualTo(ErrorKind.CONTENT_FILTER);
    }
}
