package io.vectort.support;

import io.vectort.providers.fakes.FakeAnthropicServer;
import io.vectort.providers.fakes.FakeGeminiServer;
import io.vectort.providers.fakes.FakeOpenAiServer;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * One fake of each LLM vendor for the whole integration suite, and the deployments that point at
 * them. Every scenario gets its own deployment (and alias), so circuit-breaker state of one test
 * cannot leak into another although the fakes are shared.
 */
public final class FakeUpstreams {

    public static final FakeOpenAiServer OPENAI = new FakeOpenAiServer();
    public static final FakeAnthropicServer ANTHROPIC = new FakeAnthropicServer();
    public static final FakeGeminiServer GEMINI = new FakeGeminiServer();

    /** OpenAI-compatible deployments on the OpenAI fake, one per scenario. */
    public static final List<String> OPENAI_SCENARIOS = List.of(
            "ok", "fallback", "cut", "strict", "retry", "slow", "breaker", "builder", "sdk", "gone", "assistant");

    private FakeUpstreams() {}

    public static void reset() {
        OPENAI.reset();
        ANTHROPIC.reset();
        GEMINI.reset();
    }

    /** Registers the deployments and aliases as Spring properties. */
    public static void register(BiConsumer<String, Object> property) {
        int i = 0;
        for (String scenario : OPENAI_SCENARIOS) {
            String prefix = "vectort.llm.deployments[" + i++ + "].";
            property.accept(prefix + "name", scenario + "-openai");
            property.accept(prefix + "provider", "openai");
            property.accept(prefix + "model", "gpt-4.1-mini");
            property.accept(prefix + "base-url", OPENAI.baseUrl().toString());
            property.accept(prefix + "api-key", "sk-test-" + scenario);
            if (scenario.equals("slow")) {
                property.accept(prefix + "first-token-timeout", "400ms");
            }
            property.accept("vectort.llm.aliases." + scenario + "-chain[0]", scenario + "-openai");
            property.accept("vectort.llm.aliases." + scenario + "-chain[1]", "fake-anthropic");
            property.accept("vectort.llm.aliases." + scenario + "-chain[2]", "fake-gemini");
        }
        String anthropic = "vectort.llm.deployments[" + i++ + "].";
        property.accept(anthropic + "name", "fake-anthropic");
        property.accept(anthropic + "provider", "anthropic");
        property.accept(anthropic + "model", "claude-haiku-4-5");
        property.accept(anthropic + "base-url", ANTHROPIC.baseUrl().toString());
        property.accept(anthropic + "api-key", "sk-ant-test");
        String gemini = "vectort.llm.deployments[" + i + "].";
        property.accept(gemini + "name", "fake-gemini");
        property.accept(gemini + "provider", "gemini");
        property.accept(gemini + "model", "gemini-2.5-flash");
        property.accept(gemini + "base-url", GEMINI.baseUrl().toString());
        property.accept(gemini + "api-key", "g-test");
    }
}
