package io.vectort.gateway;

import static io.vectort.support.FakeUpstreams.OPENAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.NotFoundException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import io.vectort.providers.fakes.FakeReply;
import io.vectort.support.Api;
import io.vectort.support.FakeUpstreams;
import io.vectort.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The official OpenAI Java SDK talks to Vectort's /v1 as it would to OpenAI. */
class OpenAiSdkIT extends IntegrationTest {

    private OpenAIClient client;

    @BeforeEach
    void setUp() {
        FakeUpstreams.reset();
        Api.Session user = api.newUser();
        String key = api.post("/api/v1/keys", user.token(), Map.of("name", "sdk"))
                .json()
                .get("key")
                .asString();
        client = OpenAIOkHttpClient.builder()
                .apiKey(key)
                .baseUrl("http://127.0.0.1:" + port + "/v1")
                .maxRetries(0)
                .build();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void createsACompletion() {
        OPENAI.enqueue(FakeReply.text("Bonjour!").withUsage(8, 3));
        ChatCompletion completion = client.chat()
                .completions()
                .create(ChatCompletionCreateParams.builder()
                        .model("sdk-openai")
                        .addSystemMessage("You speak French.")
                        .addUserMessage("Say hello")
                        .build());

        assertThat(completion.choices().get(0).message().content()).hasValue("Bonjour!");
        assertThat(completion.usage().orElseThrow().totalTokens()).isEqualTo(11);
        assertThat(completion.model()).isEqualTo("sdk-openai");
        assertThat(OPENAI.lastRequest()
                        .json()
                        .get("messages")
                        .get(0)
                        .get("content")
                        .asString())
                .isEqualTo("You speak French.");
    }

    @Test
    void streamsACompletion() {
        OPENAI.enqueue(FakeReply.text("one, two, three").inChunks(5).withUsage(4, 6));
        StringBuilder text = new StringBuilder();
        long[] usage = {0};
        try (StreamResponse<ChatCompletionChunk> stream = client.chat()
                .completions()
                .createStreaming(ChatCompletionCreateParams.builder()
                        .model("sdk-openai")
                        .addUserMessage("Count to three")
                        .streamOptions(ChatCompletionStreamOptions.builder()
                                .includeUsage(true)
                                .build())
                        .build())) {
            stream.stream().forEach(chunk -> {
                chunk.choices().forEach(choice -> choice.delta().content().ifPresent(text::append));
                chunk.usage().ifPresent(u -> usage[0] = u.completionTokens());
            });
        }
        assertThat(text).hasToString("one, two, three");
        assertThat(usage[0]).isEqualTo(6);
    }

    @Test
    void embedsWithTheBundledModel() {
        CreateEmbeddingResponse response = client.embeddings()
                .create(EmbeddingCreateParams.builder()
                        .model("vectort-minilm")
                        .input("a todo app")
                        .build());
        assertThat(response.data()).hasSize(1);
        assertThat(response.data().get(0).embedding()).hasSize(384);
    }

    @Test
    void getsOpenAiErrorsAsTheSdkExpectsThem() {
        assertThatThrownBy(() -> client.chat()
                        .completions()
                        .create(ChatCompletionCreateParams.builder()
                                .model("no-such-model")
                                .addUserMessage("hi")
                                .build()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no-such-model");
    }
}
