package io.vectort.support;

/**
 * How many SMS segments a body takes, as carriers (and Twilio's {@code num_segments}) count them. A
 * body written only in the GSM-7 alphabet packs 160 characters into one SMS, or 153 per segment once
 * concatenated (the user data header takes the rest); characters of the GSM-7 extension table cost
 * two, and the pair is never split across segments. Any other character switches the whole body to
 * UCS-2: 70 UTF-16 units alone, 67 per segment, a surrogate pair never split.
 */
final class SmsSegments {

    private static final String GSM7_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM7_EXTENSION = "\f^{}\\[~]|€";

    private SmsSegments() {}

    static int count(String body) {
        return isGsm7(body) ? gsm7(body) : ucs2(body);
    }

    static boolean isGsm7(String body) {
        return body.chars().allMatch(c -> GSM7_BASIC.indexOf(c) >= 0 || GSM7_EXTENSION.indexOf(c) >= 0);
    }

    private static int gsm7(String body) {
        int[] costs =
                body.chars().map(c -> GSM7_EXTENSION.indexOf(c) >= 0 ? 2 : 1).toArray();
        return segments(costs, 160, 153);
    }

    private static int ucs2(String body) {
        int[] costs = body.codePoints().map(Character::charCount).toArray();
        return segments(costs, 70, 67);
    }

    /** Fills segments unit by unit; a unit that does not fit whole opens the next segment. */
    private static int segments(int[] costs, int single, int concatenated) {
        int total = 0;
        for (int cost : costs) {
            total += cost;
        }
        if (total <= single) {
            return 1;
        }
        int segments = 1;
        int used = 0;
        for (int cost : costs) {
            if (used + cost > concatenated) {
                segments++;
                used = 0;
            }
            used += cost;
        }
        return segments;
    }
}
