package io.vectort.generation.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the framework a description names: "a React app with a map", "une application Vue",
 * "eine REST-API mit Express", "una página en HTML". Names count only where they are used as a
 * technology (with "in", "avec", "con"..., before or after "app", "API", "site"..., or spelled as
 * one: "vue.js", "nodejs"), so that "friends react to posts" or "Vue d'ensemble des ventes" name
 * nothing. The name written first wins. Pure and deterministic.
 */
public final class FrameworkInference {

    private static final String PREPOSITION = "in|with|using|on|en|avec|sous|con|usando|mit|met|com|em";

    /** What a framework builds, after its name: "React app", "Vue front-end", "Express API". */
    private static final String AFTER_NAME = "apps?|applications?|web-?app|frontend|front-end|front|spa|site|website"
            + "|components?|project|ui|interface|api|rest-api|server|backend|back-end";

    /**
     * The same before the name, as French, Spanish, Italian, Portuguese, Dutch and German put it
     * ("application React", "API Express"); singular only, so "the components react" names nothing.
     */
    private static final String BEFORE_NAME = "app|appli|application|aplicaci[oó]n|applicazione|aplica[cç][aã]o"
            + "|applicatie|anwendung|projet|proyecto|progetto|projeto|projekt|site|sitio|sito|webseite|page"
            + "|p[aá]gina|seite|interface|api|serveur|servidor|front|front-end|frontend|spa";

    /**
     * One word may stand between a name and what it builds ("React todo app", "Express REST API"),
     * but not a little word: "the components react to the site's changes" names nothing.
     */
    private static final String ONE_WORD =
            "(?:[\\s-]+(?!(?:to|on|at|in|with|the|a|an|and|or|of|for|when|if|as)\\b)\\p{L}+)?";

    /** What a Node program is when it is one. */
    private static final String NODE_ROLE = "api|rest-api|server|serveur|servidor|backend|back-end";

    /** What follows "vue" when it means a view ("vue sur", "vue de", "vue d'ensemble"). */
    private static final String NOT_A_VIEW =
            "(?!\\s*(?:d['’]|(?:de|du|des|sur|sobre|su|sul|sulla|da|do|dos|das|al|aux)\\b))";

    /**
     * Each way of naming a framework, as a pattern whose group "name" (or "rest") is the name. Node
     * counts only as "Node.js" or a Node server, API or back-end: a graph's "node" is no framework.
     */
    private static final List<Pattern> MENTIONS = List.of(
            unicode("\\b(?<name>react|vue|express|node)\\s*\\.?\\s*js\\b"),
            unicode("\\b(?<name>node)[\\s-]+(?:" + NODE_ROLE + ")\\b"),
            unicode("\\b(?:" + NODE_ROLE + ")\\s+(?<name>node)\\b"),
            // "avec vue sur la mer" and "en vue de" are views, not Vue.
            unicode("\\b(?:" + PREPOSITION + ")\\s+(?<name>react|vue|express)\\b" + NOT_A_VIEW),
            unicode("\\b(?<name>react|vue|express)" + ONE_WORD + "[\\s-]+(?:" + AFTER_NAME + ")\\b"),
            unicode("\\b(?:" + BEFORE_NAME + ")\\s+(?<name>react|vue|express)\\b"),
            // A REST or JSON API is what the Express framework builds.
            unicode("\\b(?<name>rest|json)[\\s-]+api\\b|\\bapi[\\s-]+(?<rest>rest|json)\\b"),
            // Plain pages: "in HTML", "HTML5", "vanilla JS".
            unicode("\\b(?<name>html5?|vanilla\\s+(?:js|javascript)|plain\\s+javascript)\\b"));

    private static final List<String> FRAMEWORK_NAMES = List.of("react", "vue", "express", "node");
    private static final Pattern PREPOSITION_ONLY = unicode(PREPOSITION);
    private static final Pattern JS_SUFFIX = unicode("\\s*\\.?\\s*js\\b");

    private FrameworkInference() {}

    /** Any case, and word boundaries that know accented letters: "prévue" holds no "vue". */
    private static Pattern unicode(String regex) {
        return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);
    }

    /** A framework the description names, and the words that named it. */
    public record Inferred(String framework, ChoiceReason reason) {}

    /** The framework {@code description} names first, if any. */
    public static Optional<Inferred> infer(String description) {
        int bestAt = Integer.MAX_VALUE;
        Optional<Inferred> best = Optional.empty();
        for (Pattern mention : MENTIONS) {
            Matcher matcher = mention.matcher(description);
            if (matcher.find() && matcher.start() < bestAt) {
                bestAt = matcher.start();
                String evidence = description.substring(matcher.start(), matcher.end());
                best = Optional.of(new Inferred(framework(named(matcher)), ChoiceReason.described(evidence)));
            }
        }
        return best;
    }

    /**
     * {@code description} without the framework names it uses as technologies, for code that reads
     * the app's subject from it: "A React todo app" is a todo app, not a list of Reacts. A name
     * goes with the little word that introduced it ("in React", "avec Vue"); REST, JSON and HTML
     * stay, they say what the app is.
     */
    public static String withoutNames(String description) {
        String text = description;
        for (Pattern mention : MENTIONS) {
            Matcher matcher = mention.matcher(text);
            StringBuilder out = new StringBuilder();
            int copied = 0;
            while (matcher.find()) {
                int start = matcher.start("name");
                int end = matcher.end("name");
                if (start < 0 || !FRAMEWORK_NAMES.contains(matcher.group("name").toLowerCase(Locale.ROOT))) {
                    continue;
                }
                // "in React" loses its "in" too; "application React" keeps "application".
                boolean introduced = PREPOSITION_ONLY
                        .matcher(text.substring(matcher.start(), start).strip())
                        .matches();
                out.append(text, copied, introduced ? matcher.start() : start);
                copied = jsSuffixEnd(text, end);
            }
            text = out.append(text, copied, text.length()).toString();
        }
        return text.replaceAll("[ \\t]{2,}", " ")
                .replaceAll(" ([,.;:!?])", "$1")
                .replaceAll("[,;:]+([.!?]|$)", "$1")
                .strip();
    }

    private static int jsSuffixEnd(String text, int end) {
        Matcher js = JS_SUFFIX.matcher(text).region(end, text.length());
        return js.lookingAt() ? js.end() : end;
    }

    private static String named(Matcher matcher) {
        // Only the REST pattern has a second group, for "API REST" written the other way round.
        String name = matcher.group("name") != null
                        || !matcher.pattern().namedGroups().containsKey("rest")
                ? matcher.group("name")
                : matcher.group("rest");
        if (name == null) {
            throw new IllegalStateException("a framework mention without a name: " + matcher.group());
        }
        return name.toLowerCase(Locale.ROOT);
    }

    private static String framework(String name) {
        return switch (name) {
            case "react" -> BuilderCatalog.REACT.id();
            case "vue" -> BuilderCatalog.VUE.id();
            case "express", "node", "rest", "json" -> BuilderCatalog.EXPRESS.id();
            default -> BuilderCatalog.HTML.id();
        };
    }
}
