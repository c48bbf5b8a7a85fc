package io.vectort.support;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The small parts of Twilio's wire format the fake's resources share: forms, dates, SIDs, numbers. */
final class FakeTwilioWire {

    static final String API_VERSION = "2010-04-01";

    /** Twilio writes dates as RFC 2822 in UTC: {@code Fri, 04 Dec 2026 18:00:00 +0000}. */
    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss Z", Locale.US)
            .withZone(ZoneOffset.UTC);

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");

    private FakeTwilioWire() {}

    static String date(Instant instant) {
        return RFC_2822.format(instant);
    }

    /** A new SID: the two-letter prefix of its resource type and 32 hex digits. */
    static String sid(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    static boolean isE164(String number) {
        return number != null && E164.matcher(number).matches();
    }

    /** The ISO country of a number, as Twilio's {@code FromCountry}/{@code ToCountry}; "" if unknown. */
    static String country(String number) {
        if (number.startsWith("+1")) {
            return "US";
        } else if (number.startsWith("+33")) {
            return "FR";
        } else if (number.startsWith("+44")) {
            return "GB";
        } else if (number.startsWith("+49")) {
            return "DE";
        }
        return "";
    }

    /** A form or query string decoded; a repeated key keeps its last value. */
    static Map<String, String> decode(String encoded) {
        Map<String, String> form = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return form;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            form.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return form;
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
