package io.vectort.assistant.sms;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The words a whole text may be that carriers and Twilio treat as commands: opt-out, opt-in, help;
 * and MORE for the rest of a long answer. Matched on the whole text, case, accents and punctuation
 * aside ("Stop.", "arrêt", "  HELP ").
 */
public enum SmsKeyword {
    STOP,
    START,
    HELP,
    MORE;

    private static final Set<String> STOP_WORDS =
            Set.of("stop", "stopall", "unsubscribe", "cancel", "end", "quit", "arret");
    private static final Set<String> START_WORDS = Set.of("start", "unstop");
    private static final Set<String> HELP_WORDS = Set.of("help", "info", "aide");
    private static final Set<String> MORE_WORDS = Set.of("more", "plus", "suite");

    public static Optional<SmsKeyword> of(String text) {
        String word = Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[\\p{Punct}\\s]+$", "")
                .replaceAll("^[\\p{Punct}\\s]+", "")
                .toLowerCase(Locale.ROOT);
        if (STOP_WORDS.contains(word)) {
            return Optional.of(STOP);
        }
        if (START_WORDS.contains(word)) {
            return Optional.of(START);
        }
        if (HELP_WORDS.contains(word)) {
            return Optional.of(HELP);
        }
        return MORE_WORDS.contains(word) ? Optional.of(MORE) : Optional.empty();
    }

    /** Whether the keyword was French ("arrêt", "aide", "suite"): the answer follows it. */
    public static boolean french(String text) {
        String word = Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("\\p{Punct}", "")
                .toLowerCase(Locale.ROOT);
        return word.equals("arret") || word.equals("aide") || word.equals("suite") || word.equals("plus");
    }
}
