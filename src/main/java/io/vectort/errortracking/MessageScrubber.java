package io.vectort.errortracking;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule every text sent to Sentry passes through (exception messages, log messages,
 * breadcrumbs, paths). Prompts, generated code and secrets must not leave, yet a message like
 * "Connection refused" is what makes an error readable. So a message keeps only:
 *
 * <ol>
 *   <li>its first line (prompts, code, stack-like dumps and request bodies span lines);
 *   <li>with every known secret shape masked: bearer/basic credentials, {@code key=value} pairs
 *       whose key names a secret, Vectort ({@code vt_}), OpenAI/Anthropic ({@code sk-}), Stripe,
 *       Twilio, GitHub, Slack, Google and AWS keys, JWTs, credentials in URLs, long random tokens;
 *   <li>with query strings, e-mail addresses and quoted text longer than a short identifier
 *       masked (parsers quote the input they choke on, which may be a prompt);
 *   <li>with runs of ten or more plain words masked (prose: a prompt, not a diagnostic);
 *   <li>cut where code begins (a function, a declaration, an arrow, an import, a statement in
 *       braces, an HTML/JSX tag): the rest of the line becomes {@code [code]};
 *   <li>at most {@value #MAX_LENGTH} characters.
 * </ol>
 */
final class MessageScrubber {

    static final int MAX_LENGTH = 200;
    static final String REDACTED = "[redacted]";

    private record Rule(Pattern pattern, String replacement) {}

    private static final List<Rule> RULES = List.of(
            // Credentials in URLs and query strings, before the shapes below cut them up.
            rule("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s:@]+:[^/\\s@]+@", "$1" + REDACTED + "@"),
            rule("\\?[^\\s\"'#]+", "?" + REDACTED),
            rule("(?i)\\b(bearer|basic|token)\\s+[A-Za-z0-9._~+/=-]{8,}", "$1 " + REDACTED),
            rule(
                    "(?i)\\b([a-z_-]*(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|authorization"
                            + "|cookie|credential|private[_-]?key|signature)[a-z_-]*)(\\s*[:=]\\s*)"
                            + "(\"[^\"]*\"|'[^']*'|\\S+)",
                    "$1$2" + REDACTED),
            rule("\\bvt_[A-Za-z0-9_-]{6,}", REDACTED),
            rule("\\bsk-[A-Za-z0-9_-]{8,}", REDACTED),
            rule("\\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9_]{6,}", REDACTED),
            rule("\\bwhsec_[A-Za-z0-9_]{6,}", REDACTED),
            rule("\\b(?:AC|SK)[0-9a-fA-F]{32}\\b", REDACTED),
            rule("\\bgh[pousr]_[A-Za-z0-9]{20,}", REDACTED),
            rule("\\bgithub_pat_[A-Za-z0-9_]{20,}", REDACTED),
            rule("\\bxox[abprs]-[A-Za-z0-9-]{10,}", REDACTED),
            rule("\\bAIza[0-9A-Za-z_-]{30,}", REDACTED),
            rule("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b", REDACTED),
            rule("\\beyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*", REDACTED),
            // Random tokens of any vendor: long runs mixing letters and digits. A UUID (36) stays.
            rule(
                    "(?<![A-Za-z0-9+/_-])(?=[A-Za-z0-9+/_=-]*[0-9])(?=[A-Za-z0-9+/_=-]*[A-Za-z])"
                            + "[A-Za-z0-9+/_=-]{40,}",
                    REDACTED),
            rule("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}", "[email]"),
            rule("\"[^\"]{25,}\"|'[^']{25,}'|`[^`]{25,}`|«[^»]{25,}»|“[^”]{25,}”", "\"[text]\""),
            rule("(?:[\\p{L}'’]+[ ,;]+){9,}[\\p{L}'’]+", "[text]"),
            // Code: everything from the first sure sign of it to the end of the line.
            rule(
                    "(?:\\bfunction\\b\\s*[\\w$]*\\s*\\(|\\b(?:const|let|var)\\s+[\\w$]+\\s*=|\\bimport\\s+\\S.*\\bfrom\\s"
                            + "|=>|\\bdef\\s+\\w+\\s*\\(|\\{[^}]*;|</?[a-z][\\w.-]*(?:\\s[^<>]*)?/?>|</[A-Za-z][\\w.-]*>).*",
                    "[code]"));

    private MessageScrubber() {}

    static String scrub(String text) {
        String line = firstLine(text);
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(line);
            line = matcher.replaceAll(rule.replacement());
        }
        if (line.length() > MAX_LENGTH) {
            line = line.substring(0, MAX_LENGTH) + "…";
        }
        return line;
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int end = 0;
        while (end < trimmed.length() && trimmed.charAt(end) != '\n' && trimmed.charAt(end) != '\r') {
            end++;
        }
        // Checked before the rules: masking could otherwise hide the marker of a cut.
        return end < trimmed.length() ? trimmed.substring(0, end) + " […]" : trimmed;
    }

    private static Rule rule(String regex, String replacement) {
        return new Rule(Pattern.compile(regex), replacement);
    }
}
