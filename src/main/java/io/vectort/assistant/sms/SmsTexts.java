package io.vectort.assistant.sms;

import io.vectort.assistant.understanding.Language;

/**
 * What the Assistant texts on its own, in English or French; all GSM-7, so a segment holds 160
 * characters (an accent like ê would halve that: French texts here avoid the few that do).
 */
final class SmsTexts {

    private SmsTexts() {}

    static String code(Language language, String code) {
        return fr(language)
                ? code + " est ton code Vectort. Il expire dans 10 minutes. Ne le donne a personne."
                : code + " is your Vectort code. It expires in 10 minutes. Don't share it.";
    }

    static String help(Language language) {
        return fr(language)
                ? "Vectort Assistant: ecris-moi tes taches et rappels, ex. \"rappelle-moi d'appeler Lea demain a 9h\"."
                        + " Reponds FAIT ou PLUS TARD a un rappel. ARRET pour ne plus recevoir de SMS."
                : "Vectort Assistant: text me tasks and reminders, e.g. \"remind me to call Lea tomorrow at 9\"."
                        + " Reply DONE or LATER to a reminder. Reply STOP to stop texts.";
    }

    static String welcomeBack(Language language) {
        return fr(language)
                ? "Re-bonjour ! Les SMS de Vectort Assistant reprennent. ARRET pour arreter, AIDE pour l'aide."
                : "Welcome back! Vectort Assistant texts are on again. Reply STOP to stop, HELP for help.";
    }

    static String moreNote(Language language) {
        return fr(language) ? " (reponds SUITE)" : " (reply MORE)";
    }

    static String nothingMore(Language language) {
        return fr(language) ? "C'est tout pour l'instant." : "That's all for now.";
    }

    static String media(Language language) {
        return fr(language)
                ? "Je ne lis que le texte pour l'instant, pas les photos ni les fichiers. Tu peux me l'ecrire ?"
                : "I can only read text for now, not pictures or files. Could you type it?";
    }

    static String reminder(Language language, String text) {
        return fr(language)
                ? "Rappel : " + text + "\nReponds FAIT, PLUS TARD ou \"snooze 10\"."
                : "Reminder: " + text + "\nReply DONE, LATER or \"snooze 10\".";
    }

    static String stranger(String signUpUrl) {
        return "This number belongs to Vectort Assistant. To use it, sign up at " + signUpUrl
                + " and add your phone in Settings. / Inscris-toi sur " + signUpUrl + " pour l'utiliser.";
    }

    private static boolean fr(Language language) {
        return language == Language.FR;
    }
}
