package io.vectort.providers;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Automatic tiering: a cheap, deterministic look at the prompt decides whether it needs the cheap,
 * the default or the strongest model, and says why. Long prompts and demanding topics go up; short
 * lookups and reformatting go down.
 */
final class ComplexityClassifier {

    private static final Pattern DEMANDING = Pattern.compile(
            "\\b(architect\\w*|authenticat\\w*|authoriz\\w*|oauth|payment\\w*|stripe|security|concurren\\w*|"
                    + "distributed|real-?time|websocket\\w*|migrat\\w*|refactor\\w*|optimi[sz]\\w*|algorithm\\w*|"
                    + "prove|proof|debug\\w*|multi-?tenant\\w*|scal(e|ing|able))\\b");
    private static final Pattern LIGHT = Pattern.compile(
            "\\b(translate|summari[sz]e|rephrase|reword|spell|typo|format|classify|extract|yes or no|one word)\\b");

    private ComplexityClassifier() {}

    record Verdict(Tier tier, String reason) {}

    enum Tier {
        SIMPLE,
        MEDIUM,
        COMPLEX
    }

    static Verdict classify(List<ChatMessage> messages) {
        String text =
                String.join("\n", messages.stream().map(ChatMessage::content).toList());
        long tokens = TokenCounter.count(text);
        String lower = text.toLowerCase(Locale.ROOT);
        var demanding = DEMANDING.matcher(lower);
        if (tokens > 4000) {
            return new Verdict(Tier.COMPLEX, "long prompt (" + tokens + " tokens)");
        }
        if (demanding.find()) {
            return new Verdict(
                    Tier.COMPLEX, "demanding topic (mentions \"" + demanding.group() + "\"), " + tokens + " tokens");
        }
        var light = LIGHT.matcher(lower);
        if (tokens < 200 && light.find()) {
            return new Verdict(Tier.SIMPLE, "short, light task (\"" + light.group() + "\"), " + tokens + " tokens");
        }
        if (tokens < 20) {

            return new Verdict(Tier.SIMPLE, "short prompt (" + tokens + " tokens)");
        }
        return new Verdict(Tier.MEDIUM, "ordinary prompt (" + tokens + " tokens)");
    }
}
