package io.vectort.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CacheKeysTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String canonical(String json) {
        return CacheKeys.canonicalJson(JSON.readTree(json));
    }

    @Test
    void sortsKeysRecursivelyAndDropsWhitespace() {
        String a = canonical("""
                {"model": "m", "messages": [{"role": "user", "content": "hi"}], "temperature": 0.5}""");
        String b = canonical("""
                {"temperature":0.5,"messages":[{"content":"hi","role":"user"}],"model":"m"}""");
        assertThat(a)
                .isEqualTo(b)
                .isEqualTo(
                        "{\"messages\":[{\"content\":\"hi\",\"role\":\"user\"}],\"model\":\"m\",\"temperature\":0.5}");
        assertThat(CacheKeys.sha256(a)).isEqualTo(CacheKeys.sha256(b));
    }

    @Test
    void spellsEqualNumbersAlike() {
        assertThat(canonical("{\"t\":1}")).isEqualTo(canonical("{\"t\":1.0}")).isEqualTo("{\"t\":1}");
        assertThat(canonical("{\"t\":1e2}")).isEqualTo(canonical("{\"t\":100}"));
        assertThat(canonical("{\"t\":0.70}"))
                .isEqualTo(canonical("{\"t\":0.7}"))
                .isEqualTo("{\"t\":0.7}");
        assertThat(canonical("{\"t\":-0.0}")).isEqualTo(canonical("{\"t\":0}"));
    }

    @Test
    void differsWhenAnyValueDiffers() {
        String base = canonical("{\"model\":\"m\",\"temperature\":0.5,\"messages\":[\"a\",\"b\"]}");
        assertThat(canonical("{\"model\":\"m\",\"temperature\":0.6,\"messages\":[\"a\",\"b\"]}"))
                .isNotEqualTo(base);
        assertThat(canonical("{\"model\":\"n\",\"temperature\":0.5,\"messages\":[\"a\",\"b\"]}"))
                .isNotEqualTo(base);
        assertThat(canonical("{\"model\":\"m\",\"temperature\":0.5,\"messages\":[\"b\",\"a\"]}"))
                .isNotEqualTo(base);
        assertThat(canonical("{\"model\":\"m\",\"temperature\":\"0.5\",\"messages\":[\"a\",\"b\"]}"))
                .isNotEqualTo(base);
        assertThat(canonical("{\"model\":\"m\",\"temperature\":0.5,\"messages\":[\"a\",\"b\"],\"n\":null}"))
                .isNotEqualTo(base);
    }

    @Test
    void escapesStringsAsJson() {
        assertThat(canonical("{\"k\\\"\":\"line\\nquote\\\"\"}")).isEqualTo("{\"k\\\"\":\"line\\nquote\\\"\"}");
    }

    @Test
    void sha256IsLowercaseHex() {
        assertThat(CacheKeys.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void normalizesPromptsByTrimmingCollapsingWhitespaceAndCaseFolding() {
        assertThat(CacheKeys.normalizePrompt("  Create a  TODO\tapp\n in React  "))
                .isEqualTo("create a todo app in react");
        assertThat(CacheKeys.normalizePrompt("ÉCOLE")).isEqualTo("école");
        assertThat(CacheKeys.normalizePrompt("TITLE")).isEqualTo("title");
    }
}
