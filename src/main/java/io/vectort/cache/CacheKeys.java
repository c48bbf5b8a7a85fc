package io.vectort.cache;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pure functions that turn requests into cache keys: equal requests must hash equal, whatever the
 * order of their JSON keys, the spelling of their numbers or the spacing of their prompts.
 */
public final class CacheKeys {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private CacheKeys() {}

    /** Lowercase hex SHA-256 of the UTF-8 bytes. */
    public static String sha256(String canonical) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * The node as JSON text with the keys of every object sorted, no whitespace, and numbers in one
     * spelling ({@code 1}, {@code 1.0} and {@code 1e0} all become {@code 1}).
     */
    public static String canonicalJson(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    /**
     * The prompt as compared by the cache: Unicode-normalised (NFKC), trimmed, runs of whitespace
     * collapsed to one space, case-folded with {@link Locale#ROOT}.
     */
    public static String normalizePrompt(String description) {
        String text = Normalizer.normalize(description, Normalizer.Form.NFKC).strip();
        return WHITESPACE.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                sorted.put(property.getKey(), property.getValue());
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> property : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(JSON.writeValueAsString(property.getKey())).append(':');
                write(property.getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            boolean first = true;
            for (JsonNode element : node) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(element, out);
            }
            out.append(']');
        } else if (node.isNumber()) {
            out.append(number(node.decimalValue()));
        } else {
            out.append(JSON.writeValueAsString(node));
        }
    }

    private static String number(BigDecimal value) {
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        // Plain digits for ordinary numbers; scientific notation only where plain would be huge.
        if (Math.abs(stripped.scale()) <= 64) {
            return stripped.toPlainString();
        }
        return stripped.toString();
    }
}
