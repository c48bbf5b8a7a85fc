package io.vectort.assistant.understanding;

import java.util.regex.Pattern;

/**
 * The words that say what a message asks, on folded text. Whole-message intents must match the
 * message (without greetings and "please"); verb intents match its start, and what follows the
 * verb is the title, fact or reference.
 */
final class Intents {

    /** Greetings and politeness that may open a message: "hey can you please remind me...". */
    static final Pattern OPENING = Pattern.compile("(?:(?:hey|hi|hello|ok|okay|oh|so|alors|bon|euh|um|uh|please"
            // Sighs and fillers a tired person types first.
            + "|ugh+|argh+|hmm+|hm|omg|oops|btw|pf+|bah|ben|oups|zut|rah+"
            + "|can\\s+(?:you|u)|could\\s+(?:you|u)|would\\s+you|will\\s+you|tu\\s+peux|peux\\s+tu|tu\\s+pourrais"
            + "|pourrais\\s+tu|est\\s+ce\\s+que\\s+tu\\s+peux|tu\\s+veux\\s+bien|vectort|assistant|yo|salut"
            + "|coucou|bonjour|dis|dis\\s+moi)\\s+)+");

    static final Pattern CLOSING =
            Pattern.compile("(?:\\s+(?:please|thanks|thank\\s+you|thx|ty|merci|merci\\s+beaucoup|svp|stp))+$");

    static final Pattern HELP =
            whole("help|aide|aide\\s+moi|aidez\\s+moi|menu|commands?|commandes?|what\\s+can\\s+you\\s+do"
                    + "|what\\s+can\\s+i\\s+(?:say|ask|do)|how\\s+does\\s+(?:this|it)\\s+work|how\\s+do\\s+i\\s+use\\s+(?:this|it|you)"
                    + "|que\\s+sais\\s+tu\\s+faire|que\\s+peux\\s+tu\\s+faire|qu'est\\s+ce\\s+que\\s+tu\\s+(?:sais|peux)\\s+faire"
                    + "|tu\\s+sais\\s+faire\\s+quoi|tu\\s+fais\\s+quoi|comment\\s+(?:ca|tu)\\s+marches?|comment\\s+ca\\s+fonctionne"
                    + "|hi|hello|hey|hiya|yo|bonjour|bonsoir|salut|coucou|start|info");

    private static final String SHOW = "(?:(?:list|show|see|view|display|get|check|liste|lister|affiche|afficher"
            + "|montre|montre\\s+moi|voir|donne\\s+moi|what\\s+are)\\s+)?(?:(?:all|tous|toutes)\\s+)?"
            + "(?:(?:my|the|mes|les|ma|la)\\s+)?";

    static final Pattern LIST_REMINDERS = whole(SHOW + "(?:reminders?|rappels?|alarms?|alarmes?|alertes?)"
            + "(?:\\s+(?:list|liste))?|what\\s+reminders\\s+do\\s+i\\s+have|any\\s+reminders|quels\\s+sont\\s+mes\\s+rappels"
            + "|quels\\s+rappels|j'ai\\s+quoi\\s+comme\\s+rappels|j'ai\\s+des\\s+rappels");

    static final Pattern LIST_TASKS =
            whole(SHOW + "(?:tasks?|todos?|to\\s+dos?|to\\s+do\\s+list|todo\\s+list|list|taches?"
                    + "|liste|liste\\s+de\\s+taches|choses\\s+a\\s+faire|trucs\\s+a\\s+faire)(?:\\s+(?:for\\s+)?(?:today|aujourd'hui))?"
                    + "|ls|what\\s+do\\s+i\\s+(?:have|need)\\s+to\\s+do(?:\\s+today)?|what's\\s+on\\s+my\\s+(?:list|plate|todo\\s+list)"
                    + "|what\\s+is\\s+on\\s+my\\s+list|qu'est\\s+ce\\s+que\\s+j'ai\\s+a\\s+faire(?:\\s+aujourd'hui)?"
                    + "|j'ai\\s+quoi\\s+a\\s+faire(?:\\s+aujourd'hui)?|qu'est\\s+ce\\s+que\\s+je\\s+dois\\s+faire\\s+aujourd'hui"
                    + "|il\\s+me\\s+reste\\s+quoi|what's\\s+left|what\\s+is\\s+left");

    static final Pattern WHATS_NEXT =
            whole("what\\s+now|now\\s+what|what\\s+next|what's\\s+next|what\\s+is\\s+next|next"
                    + "|next\\s+one|next\\s+task|next\\s+thing|what\\s+should\\s+i\\s+do(?:\\s+(?:now|next|first))?"
                    + "|what\\s+do\\s+i\\s+do(?:\\s+(?:now|next))?|what\\s+to\\s+do(?:\\s+(?:now|next))?"
                    + "|what\\s+should\\s+i\\s+(?:work\\s+on|start\\s+with)(?:\\s+now)?|where\\s+(?:do|should)\\s+i\\s+start"
                    + "|i'm\\s+stuck|i\\s+don't\\s+know\\s+what\\s+to\\s+do|help\\s+me\\s+focus|pick\\s+(?:something|one)\\s*(?:for\\s+me)?"
                    + "|je\\s+fais\\s+quoi(?:\\s+maintenant)?|et\\s+maintenant|maintenant\\s+quoi|on\\s+fait\\s+quoi(?:\\s+maintenant)?"
                    + "|quoi\\s+faire(?:\\s+maintenant)?|que\\s+faire(?:\\s+maintenant)?|qu'est\\s+ce\\s+que\\s+je\\s+fais(?:\\s+maintenant)?"
                    + "|qu'est\\s+ce\\s+que\\s+je\\s+dois\\s+faire(?:\\s+maintenant)?|je\\s+commence\\s+par\\s+quoi"
                    + "|par\\s+quoi\\s+(?:je\\s+commence|commencer)|quelle\\s+est\\s+la\\s+suite|la\\s+suite|suivant|prochaine\\s+tache"
                    + "|je\\s+suis\\s+bloquee?|je\\s+(?:ne\\s+)?sais\\s+pas\\s+quoi\\s+faire|choisis\\s+pour\\s+moi");

    static final Pattern REMIND = verb("remind\\s+me|remind|reminder|set\\s+(?:a\\s+)?reminder(?:\\s+for\\s+me)?"
            + "|new\\s+reminder|add\\s+(?:a\\s+)?reminder|create\\s+(?:a\\s+)?reminder|remember(?=\\s+to\\s)"
            + "|don't\\s+let\\s+me\\s+forget|do\\s+not\\s+let\\s+me\\s+forget|don't\\s+forget(?!\\s+that)"
            + "|(?:i\\s+)?(?:must\\s+not|mustn't|can't|cannot|shouldn't)\\s+forget(?!\\s+that)"
            + "|(?:il\\s+)?(?:ne\\s+)?faut\\s+pas\\s+que\\s+j'oublie|je\\s+(?:ne\\s+)?dois\\s+pas\\s+oublier"
            + "|ping\\s+me|nudge\\s+me|alert\\s+me|notify\\s+me|rappelle\\s+moi|rappelle\\s+nous|rappel\\s+moi|rappel"
            + "|fais\\s+moi\\s+penser|fait\\s+moi\\s+penser|pense\\s+a\\s+me\\s+rappeler|n'oublie\\s+pas(?!\\s+(?:que|qu'))"
            + "|ne\\s+me\\s+laisse\\s+pas\\s+oublier|ajoute\\s+un\\s+rappel|mets?\\s+(?:moi\\s+)?un\\s+rappel"
            + "|programme\\s+un\\s+rappel|cree\\s+un\\s+rappel|nouveau\\s+rappel|il\\s+faut\\s+me\\s+rappeler"
            + "|faut\\s+me\\s+rappeler");

    static final Pattern SNOOZE = verb("snooze|snoozer|snoozed|snoze|snooz|repousse|repousser|reporte|reporter|decale"
            + "|decaler|postpone|push\\s+back|delay|remets|remettre|remet");

    static final Pattern DONE = verb(
            "done\\s+with|finished\\s+with|i'm\\s+done\\s+with|i\\s+am\\s+done\\s+with|all\\s+done"
                    + "|did\\s+it|done\\s+it|ok\\s+done|done|did(?!\\s+you)|finished|completed|c'est\\s+fait|c\\s+fait"
                    + "|j'ai\\s+fait|j'ai\\s+fini|j'ai\\s+termine|je\\s+l'ai\\s+fait|i\\s+did|i\\s+finished|i've\\s+done"
                    + "|i've\\s+finished|i\\s+have\\s+done|i\\s+have\\s+finished|fait|fini|finie|finis|termine|terminee");

    /** "check 2", "x 3", "mark 2 as done": verbs that are tasks of their own unless a number follows. */
    static final Pattern DONE_BY_NUMBER =
            whole("(?:complete|mark|check|check\\s+off|tick|tick\\s+off|cross\\s+off|coche"
                    + "|raye|x)\\s+(#?\\d{1,3})(?:\\s+(?:as\\s+)?(?:done|complete|completed|fait|termine))?"
                    + "|(#?\\d{1,3})\\s+(?:done|fait|fini|ok|termine)");

    static final Pattern DONE_SUFFIX = whole("(?:mark|marque)\\s+(.+?)\\s+(?:as\\s+)?(?:done|complete|completed"
            + "|comme\\s+(?:fait|termine|terminee))|(.+?)\\s+(?:is\\s+done|c'est\\s+fait|est\\s+fait|est\\s+fini"
            + "|est\\s+finie|est\\s+termine|est\\s+terminee)");

    static final Pattern REMEMBER =
            verb("remember|rember|remeber|rmbr|memorize|memorise|note\\s+that|keep\\s+in\\s+mind"
                    + "|don't\\s+forget\\s+that|fyi|for\\s+your\\s+information|retiens\\s+bien|retiens|souviens\\s+toi"
                    + "|rappelle\\s+toi|n'oublie\\s+pas\\s+que|n'oublie\\s+pas\\s+qu'|note\\s+que|garde\\s+en\\s+memoire"
                    + "|sache\\s+que|pour\\s+info");

    static final Pattern FORGET = verb("forget|oublie|oublier");

    static final Pattern TASK =
            verb("add\\s+(?:a\\s+)?task|new\\s+task|add|ad|nouvelle\\s+tache|task|tache|todo|to\\s+do"
                    + "|i\\s+need\\s+to|i\\s+have\\s+to|i've\\s+got\\s+to|i\\s+got\\s+to|i\\s+gotta|gotta|need\\s+to|have\\s+to"
                    + "|i\\s+must|must|i\\s+should|je\\s+dois|faut\\s+que\\s+je|il\\s+faut\\s+que\\s+je|faudrait\\s+que\\s+je"
                    + "|il\\s+faudrait\\s+que\\s+je|je\\s+devrais|ajoute\\s+une\\s+tache|ajoute|ajouter|rajoute|a\\s+faire"
                    + "|mets\\s+sur\\s+(?:ma|la)\\s+liste|je\\s+veux|i\\s+want\\s+to");

    /** "to my list", "à ma liste", "on my todo": where a task goes, not part of its title. */
    static final Pattern TO_MY_LIST = Pattern.compile(
            "(?<![\\p{L}])(?:to|on|in|onto|a|sur|dans)\\s+(?:my|the|ma|la|mes)"
                    + "\\s+(?:todo\\s+|to\\s+do\\s+)?(?:list|liste|tasks|taches|todos?)(?:\\s+de\\s+taches)?(?![\\p{L}])");

    /** Messages that are chat rather than commands, when no verb said otherwise. */
    static final Pattern SMALL_TALK = whole("thanks?|thank\\s+you|thx|ty|merci(?:\\s+beaucoup)?|ok|okay|k|kk|yes|yep"
            + "|yeah|no|nope|nah|oui|ouais|non|lol|mdr|cool|great|super|top|nice|good|bien|parfait|d'accord|daccord|dac"
            + "|ok\\s+merci|ok\\s+thanks|bye|bonne\\s+nuit|good\\s+night|ciao|a\\s+plus|ah|oh|hmm|hm|euh|ugh|argh|pff"
            + "|ok\\s+cool|sure|np|de\\s+rien|test|testing");

    static final Pattern QUESTION_OR_SELF = Pattern.compile("(?:what|what's|how|why|when|who|where|which|is|are|do"
            + "|does|did|can|could|would|will|quoi|comment|pourquoi|quand|qui|ou|quel|quelle|quels|quelles|est\\s+ce"
            + "|c'est|es\\s+tu|as\\s+tu|i|i'm|i've|i'll|i'd|my|me|we|we're|our|je|j'ai|jsuis|mon|ma|mes|on|nous"
            + "|moi|it's|it|that's|this|ca|cela)(?![\\p{L}'])");

    private Intents() {}

    private static Pattern whole(String alternatives) {
        return Pattern.compile("(?:" + alternatives + ")");
    }

    private static Pattern verb(String alternatives) {
        return Pattern.compile("(?:" + alternatives + ")(?![\\p{L}\\d])\\s*");
    }
}
