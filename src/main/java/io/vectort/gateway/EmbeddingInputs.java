package io.vectort.gateway;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import com.knuddels.jtokkit.api.IntArrayList;
import io.vectort.providers.TokenCounter;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The {@code input} of an embeddings request in OpenAI's four shapes — a string, an array of
 * strings, an array of token ids, an array of arrays of token ids — read into texts, with OpenAI's
 * limits. The limits also bound the CPU one request can ask of the bundled model.
 */
public final class EmbeddingInputs {

    public static final int MAX_INPUTS = 2048;
    public static final int MAX_TOKENS_PER_INPUT = 8192;
    public static final int MAX_TOTAL_TOKENS = 300_000;

    /** OpenAI's embedding models read cl100k_base token ids; upstreams and the local model read text. */
    private static final Encoding TOKEN_IDS =
            Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

    /** cl100k_base's ordinary tokens are 0 to 100255; its special tokens (end of text...) are no input. */
    private static final int TOKEN_ID_LIMIT = 100_256;

    private EmbeddingInputs() {}

    /** The texts to embed and their token count. */
    public record Texts(List<String> texts, long tokens) {}

    public static Texts read(JsonNode input) {
        if (input == null || input.isNull()) {
            throw OpenAiError.invalid("input", "you must provide an input: a string or an array of strings or tokens");
        }
        if (input.isString()) {
            return new Counter().add(text(input, "input")).texts();
        }
        if (!input.isArray() || input.isEmpty()) {
            throw OpenAiError.invalid(
                    "input",
                    "input must be a non-empty string, array of strings, array of tokens or array of token arrays");
        }
        if (input.get(0).isIntegralNumber()) {
            return new Counter().add(tokens(input, "input")).texts();
        }
        if (input.size() > MAX_INPUTS) {
            throw OpenAiError.invalid(
                    "input",
                    "input holds " + input.size() + " items; at most " + MAX_INPUTS + " are allowed per request");
        }
        Counter counter = new Counter();
        for (int i = 0; i < input.size(); i++) {
            JsonNode item = input.get(i);
            String where = "input[" + i + "]";
            if (item.isString()) {
                counter.add(text(item, where));
            } else if (item.isArray()) {
                counter.add(tokens(item, where));
            } else {
                throw OpenAiError.invalid(where, where + " must be a string or an array of token ids");
            }
        }
        return counter.texts();
    }

    /**
     * Blank means nothing to embed: only whitespace, control characters and invisible format
     * characters (zero-width space and joiners, word joiner, byte-order mark). The model's tokenizer
     * drops them all and would have no token left to read.
     */
    static boolean blank(String text) {
        return text.codePoints()
                .allMatch(c -> Character.isWhitespace(c)
                        || Character.isSpaceChar(c)
                        || Character.getType(c) == Character.FORMAT
                        || Character.getType(c) == Character.CONTROL);
    }

    private static Item text(JsonNode node, String where) {
        String text = node.asString();
        if (blank(text)) {
            throw OpenAiError.invalid(where, where + " must not be empty or only whitespace or invisible characters");
        }
        return new Item(text, TokenCounter.count(text), where);
    }

    private static Item tokens(JsonNode array, String where) {
        if (array.isEmpty()) {
            throw OpenAiError.invalid(where, where + " must not be an empty token array");
        }
        if (array.size() > MAX_TOKENS_PER_INPUT) {
            throw tooLong(where, array.size());
        }
        IntArrayList ids = new IntArrayList(array.size());
        for (JsonNode id : array) {
            if (!id.isIntegralNumber() || !id.canConvertToInt() || id.asInt() < 0 || id.asInt() >= TOKEN_ID_LIMIT) {
                throw OpenAiError.invalid(
                        where, where + " must hold token ids (integers from 0 to " + (TOKEN_ID_LIMIT - 1) + ")");
            }
            ids.add(id.asInt());
        }
        String text = TOKEN_IDS.decode(ids);
        if (blank(text)) {
            throw OpenAiError.invalid(where, where + " decodes to nothing but whitespace");
        }
        return new Item(text, array.size(), where);
    }

    private static OpenAiError tooLong(String where, long tokens) {
        return OpenAiError.invalid(
                where, where + " has " + tokens + " tokens; each input may have at most " + MAX_TOKENS_PER_INPUT);
    }

    private record Item(String text, long tokens, String where) {}

    private static final class Counter {
        private final List<String> texts = new ArrayList<>();
        private long tokens;

        Counter add(Item item) {
            if (item.tokens() > MAX_TOKENS_PER_INPUT) {
                throw tooLong(item.where(), item.tokens());
            }
            tokens += item.tokens();
            if (tokens > MAX_TOTAL_TOKENS) {
                throw OpenAiError.invalid(
                        "input",
                        "input holds more than " + MAX_TOTAL_TOKENS + " tokens in total (reached at " + item.where()
                                + "); split it into several requests");
            }
            texts.add(item.text());
            return this;
        }

        Texts texts() {
            return new Texts(List.copyOf(texts), tokens);
        }
    }
}
