package io.vectort.web.fuzz;

import java.util.List;

/** Values that break careless code, as JSON string contents (escaped) and as raw URL text. */
final class HostileValues {

    private HostileValues() {}

    /** JSON string literals, already escaped; each decodes to a Java string that code must survive. */
    static final List<String> JSON_STRINGS = List.of(
            "\"\"",
            "\" \"",
            "\"\\u0000\"",
            "\"a\\u0000b\"",
            "\"\\ud800\"",
            "\"\\udc00x\"",
            "\"x\\ud83d\"",
            "\"\\u202eevil\\u202c\"",
            "\"zero\\u200bwidth\\ufeff\"",
            "\"\\ud83d\\ude00\\ud83d\\udc68\\u200d\\ud83d\\udc69\\u200d\\ud83d\\udc67\"",
            "\"\\u001b[31mred\"",
            "\"../../etc/passwd\"",
            "\"<script>alert(1)</script>\"",
            "\"' or 1=1 --\"",
            "\"" + "a".repeat(10_000) + "\"",
            "\"" + "\\ud83d\\ude00".repeat(3_000) + "\"");

    /** JSON values of the wrong type for most fields. */
    static final List<String> JSON_WRONG_TYPES = List.of(
            "null",
            "0",
            "-1",
            "1e309",
            "-1e309",
            "99999999999999999999999999",
            "0.5",
            "true",
            "[]",
            "[1,2]",
            "{}",
            "{\"a\":{\"b\":[]}}");

    /** Whole bodies that are not the JSON an endpoint expects. */
    static final List<String> BROKEN_BODIES = List.of(
            "",
            "{",
            "}",
            "[",
            "null",
            "\"text\"",
            "42",
            "{\"a\":",
            "{\"a\" 1}",
            "{'a':1}",
            "{\"a\":1,}",
            "\u0000",
            "[".repeat(5_000) + "]".repeat(5_000),
            "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000));

    /** Path segments and query values, already percent-encoded where they must be. */
    static final List<String> URL_VALUES = List.of(
            "",
            "x",
            "0",
            "-1",
            "2147483648",
            "99999999999999999999999999",
            "1e309",
            "NaN",
            "-0",
            "0x10",
            "true",
            "%00",
            "%ED%A0%80",
            "%E2%80%AE",
            "%F0%9F%98%80",
            "%20",
            "a%2Cb",
            "-999999999-01-01",
            "%2B999999999-12-31",
            "00000000-0000-0000-0000-000000000000",
            "not-a-uuid",
            "a".repeat(3_000));

    static final List<String> CONTENT_TYPES = List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
            "application/json; charset=ebcdic",
            "application/json; charset=utf-16",
            "!!!",
            "application/octet-stream");

    static final List<String> ACCEPTS =
            List.of("text/html", "image/png", "application/xml", "*/*;q=abc", "application/json;q=0", ";;;", "text/*");
}
