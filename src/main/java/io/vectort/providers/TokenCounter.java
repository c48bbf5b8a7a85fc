package io.vectort.providers;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.List;

/**
 * Counts tokens locally when a provider reports no usage (a stream cut short, a server without
 * usage reporting). The o200k encoding is exact for recent OpenAI models and a close estimate for
 * others; such counts are always marked estimated.
 */
public final class TokenCounter {

    private static final Encoding ENCODING = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
    /** Per-message framing tokens (role markers) that chat formats add around each message. */
    private static final int PER_MESSAGE = 4;

    private TokenCounter() {}

    public static long count(String text) {
        return text.isEmpty() ? 0 : ENCODING.countTokensOrdinary(text);
    }

    public static long countPrompt(List<ChatMessage> messages) {
        long tokens = 3;
        for (ChatMessage message : messages) {
            tokens += PER_MESSAGE + count(message.content());
            for (ToolCall call : message.toolCalls()) {
                tokens += count(call.name()) + count(call.argumentsJson());
            }
        }
        return tokens;
    }
}
