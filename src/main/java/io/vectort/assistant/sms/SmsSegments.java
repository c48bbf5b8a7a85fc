package io.vectort.assistant.sms;

/**
 * How many SMS segments a text takes, as carriers count them. GSM-7 (the GSM 03.38 alphabet) fits
 * 160 characters in one segment and 153 per segment when split (the rest of each carries the
 * concatenation header); an extension character (€, [, ], {, }, \, ~, ^, |) takes two. Any
 * other character (é is GSM-7, but ê, emoji and CJK are not) makes the whole text UCS-2: 70 UTF-16
 * units, 67 per segment when split.
 */
public record SmsSegments(Encoding encoding, int units, int count) {

    public enum Encoding {
        GSM_7("GSM-7"),
        UCS_2("UCS-2");

        private final String label;

        Encoding(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    public static SmsSegments of(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                int units = text.length();
                return new SmsSegments(Encoding.UCS_2, units, count(units, 70, 67));
            }
        }
        return new SmsSegments(Encoding.GSM_7, septets, count(septets, 160, 153));
    }

    public static boolean isGsm7(String text) {
        return of(text).encoding() == Encoding.GSM_7;
    }

    /**
     * {@code text} with the characters that would make it UCS-2 replaced by their closest GSM-7
     * look-alikes, as carriers' "smart encoding" does: typographic dashes and quotes, ellipsis,
     * non-breaking spaces, and letters whose accent GSM-7 lacks (ê → e, ç → c). One such character
     * halves what a segment holds; a character with no look-alike (an emoji) is kept.
     */
    public static String gsmFriendly(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0) {
                out.append(c);
                continue;
            }
            String replacement = switch (c) {
                case '\u2014', '\u2013', '\u2012', '\u2212' -> "-";
                case '\u2018', '\u2019', '\u201a', '\u2032' -> "'";
                case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb' -> "\"";
                case '\u2026' -> "...";
                case '\u00a0', '\u202f', '\u2009' -> " ";
                case '\u0153' -> "oe";
                case '\u0152' -> "OE";
                default -> {
                    String bare = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD)
                            .replaceAll("\\p{M}", "");
                    yield bare.length() == 1 && GSM_BASIC.indexOf(bare.charAt(0)) >= 0 ? bare : String.valueOf(c);
                }
            };
            out.append(replacement);
        }
        return out.toString();
    }

    /** Units (septets or UTF-16 units) that fit in {@code segments} segments of this encoding. */
    public static int capacity(Encoding encoding, int segments) {
        if (encoding == Encoding.GSM_7) {
            return segments == 1 ? 160 : 153 * segments;
        }
        return segments == 1 ? 70 : 67 * segments;
    }

    private static int count(int units, int single, int part) {
        if (units == 0) {
            return 1;
        }
        return units <= single ? 1 : (units + part - 1) / part;
    }
}
