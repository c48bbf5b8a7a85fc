package io.vectort.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Refuses request text that no store can keep: PostgreSQL rejects NUL in {@code text}, and an
 * unpaired UTF-16 surrogate (a JSON escape such as {@code "\ud800"}) has no UTF-8 form. Refused
 * while the body is read, such text is a 400 naming the field instead of a failed write later.
 */
final class StorableTextDeserializer extends StringDeserializer {

    static final String REASON = "text must not contain NUL characters or unpaired UTF-16 surrogates";

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String value = super.deserialize(parser, context);
        if (value != null && !storable(value)) {
            throw context.weirdStringException(value, String.class, REASON);
        }
        return value;
    }

    static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
