package io.vectort.generation.starter;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tokens of an English description and the word classes the analyser reads them with. */
final class Words {

    /** A lower-case word, or one punctuation mark that ends a phrase. */
    record Token(String text, boolean word) {}

    /**
     * A noun phrase: up to four content words after any leading stop words ("my", "a", "simple").
     *
     * @param next the token right after the phrase, empty at the end of the text
     */
    record Phrase(List<String> words, String next) {

        private static final int MAX_WORDS = 4;

        static Phrase at(List<Token> tokens, int start) {
            int i = start;
            while (i < tokens.size()
                    && tokens.get(i).word()
                    && STOP.contains(tokens.get(i).text())) {
                i++;
            }
            List<String> words = new ArrayList<>();
            while (i < tokens.size()
                    && tokens.get(i).word()
                    && content(tokens.get(i).text())
                    && words.size() < MAX_WORDS) {
                words.add(tokens.get(i++).text());
            }
            return new Phrase(words, i < tokens.size() ? tokens.get(i).text() : "");
        }
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?|[,.;:!?()]");

    /** Words that never name an entity and end a noun phrase. */
    static final Set<String> STOP = set("""
            a an the my our your their his her its this that these those some all any each every i i'm i've
            i'd i'll me we us you they them it is are was be been can could should would will want wants
            need needs like please so also just very really simple small little basic nice clean modern
            beautiful cool new personal different various other own more many lots lot few where when which
            who what how that's it's don't in on at from into about using use uses via but or if than then
            there here to do does has have having get gets make makes let lets help helps allow allows show
            shows see view keep keeps easy easily quick quickly always sometimes perhaps yes as plus less
            unless thus both one two three first last next current upcoming recent it'll called named call
            name rename titled mode theme dark light night accent accents colour color colours colors style
            styled design look red orange amber yellow green emerald teal cyan blue indigo purple violet
            pink rose gray grey slate brown black white everything something things thing stuff way ways
            kind kinds type types thanks thank cheers ok okay looks good great perfect awesome fine
            sure yeah hi hello
            """);

    /** Words that describe the app itself rather than what it manages. */
    static final Set<String> APP_WORDS = set("""
            app apps application tracker website site web page pages dashboard tool system manager
            management platform portal hub inventory catalog catalogue crm erp database todo todos list blog
            landing planner organizer organiser journal diary log logbook directory library portfolio
            frontend backend api rest service program software project's spa homepage admin panel starter
            template version mvp prototype collection
            """);

    /** Parts of a user interface: nouns that are not records. */
    static final Set<String> UI_WORDS = set("""
            chart charts graph graphs stat stats statistics filter filters search sorting tab tabs button
            buttons screen screens views feature features setting settings option options details detail
            update updates notification notifications totals total analytics metrics login logins signin
            auth columns column rows row fields field forms form sections section tables table icons icon
            images layout sidebar header footer menu menus links link cards card widgets pagination reports
            report exports export imports import modals modal users' people's numbers values amounts dates
            times hours minutes days weeks months years levels prices costs counts steps changes edits needs
            works ideas
            """);

    /** People an app is for rather than records it keeps ("a tool for landlords"). */
    static final Set<String> AUDIENCES = set("""
            landlords managers teachers parents kids families beginners developers freelancers designers
            owners businesses teams professionals agencies coaches startups companies creators writers
            makers
            """);

    /** Words after which a noun phrase may name an entity. */
    static final Set<String> TRIGGERS = set("""
            for of with and track tracking tracks manage managing manages organise organize organising
            organizing list store storing record recording log logging add adding include including plus by
            per catalog catalogue collect collecting handle handling monitor monitoring schedule scheduling
            plan planning browse also both remove drop delete without no exclude rid save saving
            """);

    /** Triggers that make the following phrases entities to take away, until an adding trigger. */
    static final Set<String> REMOVING = set("""
            remove drop delete without no exclude rid
            """);

    /** Triggers that continue the current adding or removing list instead of starting a new one. */
    static final Set<String> CONTINUING = set("""
            and of plus both
            """);

    /** Triggers after which a singular noun names a grouping entity ("by category", "per project"). */
    static final Set<String> GROUPING = set("""
            by per
            """);

    /** Nouns that name a part of the UI; the word before them names the entity ("a suppliers tab"). */
    static final Set<String> CONTAINERS = set("""
            page pages tab tabs section sections table tables list lists view views screen screens form
            forms panel panels module modules app tracker manager dashboard database catalog catalogue
            inventory log directory library planner organizer organiser journal tool system crm site website
            portal hub application collection
            """);

    private Words() {}

    private static Set<String> set(String words) {
        return Set.of(words.strip().split("\\s+"));
    }

    /** Lower-cases, strips accents and possessive {@code 's}, and splits into words and stops. */
    static List<Token> tokenize(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\bto-dos?\\b", "todo");
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(plain);
        while (matcher.find()) {
            String token = matcher.group().replace('’', '\'');
            boolean word = Character.isLetterOrDigit(token.charAt(0));
            if (word && token.endsWith("'s") && !STOP.contains(token)) {
                token = token.substring(0, token.length() - 2);
            }
            tokens.add(new Token(token, word));
        }
        return tokens;
    }

    /** A word that can be part of a noun phrase: not a stop word, trigger or number. */
    static boolean content(String word) {
        return !STOP.contains(word) && !TRIGGERS.contains(word) && !word.chars().allMatch(Character::isDigit);
    }
}
