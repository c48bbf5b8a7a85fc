package io.vectort.identity.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.util.HtmlUtils;

/**
 * An email's text and HTML, {@code mail/<name>.txt} and {@code .html}, with {@code {{placeholders}}}.
 * Values are escaped in the HTML; a value that looks like a placeholder stays as it is (one pass).
 * {@code {{subject}}} is always available.
 */
public final class MailTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private final String name;
    private final String text;
    private final String html;

    private MailTemplate(String name, String text, String html) {
        this.name = name;
        this.text = text;
        this.html = html;
    }

    /** Loads both parts now, so a missing template fails at start-up rather than at the first email. */
    public static MailTemplate load(String name) {
        return new MailTemplate(name, read("mail/" + name + ".txt"), read("mail/" + name + ".html"));
    }

    public MailContent render(String subject, Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.put("subject", subject);
        return new MailContent(
                subject, render(text, all, UnaryOperator.identity()), render(html, all, HtmlUtils::htmlEscape));
    }

    /** Flattens line breaks in a value a user chose, so that it cannot shape the message. */
    public static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private String render(String template, Map<String, String> values, UnaryOperator<String> escape) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException(
                        "the " + name + " email template uses an unknown placeholder " + matcher.group());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(escape.apply(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String read(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing " + path, e);
        }
    }
}
