package io.vectort.assistant.sms;

import java.util.Optional;

/**
 * A long answer cut to the segment budget: at the last sentence that fits (or, for one long
 * sentence, the last word), with a note telling how to get the rest. The rest is kept for "MORE".
 */
public record ReplyCut(String head, Optional<String> rest) {

    /** Cuts {@code text} so that the head plus {@code moreNote} fits in {@code maxSegments}. */
    public static ReplyCut of(String text, int maxSegments, String moreNote) {
        String clean = text.strip();
        if (SmsSegments.of(clean).count() <= maxSegments) {
            return new ReplyCut(clean, Optional.empty());
        }
        int sentenceEnd = -1;
        int wordEnd = -1;
        for (int i = 1; i < clean.length(); i++) {
            char c = clean.charAt(i);
            boolean boundary = Character.isWhitespace(c);
            if (!boundary) {
                continue;
            }
            String head = clean.substring(0, i).stripTrailing();
            if (SmsSegments.of(head + moreNote).count() > maxSegments) {
                break;
            }
            wordEnd = i;
            char last = head.isEmpty() ? ' ' : head.charAt(head.length() - 1);
            if (last == '.' || last == '!' || last == '?' || last == '…' || c == '\n') {
                sentenceEnd = i;
            }
        }
        int cut = sentenceEnd > 0 ? sentenceEnd : wordEnd;
        if (cut <= 0) {
            // One unbroken word longer than the budget: cut it where it must be.
            cut = hardCut(clean, maxSegments, moreNote);
        }
        String head = clean.substring(0, cut).stripTrailing();
        String rest = clean.substring(cut).strip();
        return new ReplyCut(head + moreNote, rest.isEmpty() ? Optional.empty() : Optional.of(rest));
    }

    private static int hardCut(String text, int maxSegments, String moreNote) {
        int cut = 1;
        while (cut < text.length()
                && SmsSegments.of(text.substring(0, cut + 1) + moreNote).count() <= maxSegments) {
            cut++;
        }
        return cut;
    }
}
