package io.vectort.assistant.understanding;

import java.util.Arrays;
import java.util.Set;

/**
 * Guesses English or French by counting words that only one of them uses. Mixed messages go to
 * the language with more such words; a tie goes to French when the original has French accents,
 * otherwise to English.
 */
final class LanguageGuess {

    private static final Set<String> FRENCH = words("""
            je j'ai j' tu il elle nous vous moi toi te de d' du des le la les l' un une et ou au aux ce cet
            cette ces mon ma mes ton ta tes que qu' quoi qui pas plus pour avec dans sur chez est c'est
            suis dois faut fais fait demain aujourd'hui soir matin apres midi minuit heures semaine jours
            jour mois tous toutes chaque prochain prochaine maintenant tard lundi mardi mercredi jeudi
            vendredi samedi dimanche lundis mardis mercredis jeudis vendredis samedis dimanches rappelle
            rappel rappels ajoute ajouter fini termine retiens oublie n'oublie souviens aide taches tache
            liste appeler acheter envoyer prendre faire payer ranger arroser sortir nettoyer laver manger
            finir ecrire lire aller voir repondre chercher reserver mettre boire plantes maman papa courses
            pain lait poubelles linge vaisselle rdv medecin boulot travail medicaments medocs soeur frere
            quand comment pourquoi bonjour salut coucou merci oui non ouais mais donc stp svp vers ici
            d'ici quelque chose semaines ans annee demie demi quart moins prochains encore rien tout sais
            peux veux repousse reporte decale
            """);

    private static final Set<String> ENGLISH = words("""
            i i'm i've you me my the to of at in on and or is are am pm this that with for about what
            what's when how do does did done should need have has got gotta must tomorrow today tonight
            morning evening afternoon night noon midnight hours minutes days day week weeks month months
            every each next now later monday tuesday wednesday thursday friday saturday sunday mondays
            tuesdays wednesdays thursdays fridays saturdays sundays remind reminder reminders remember
            forget don't add todo task tasks list finished completed snooze help call buy send take pay
            clean water mom dad meds pills groceries milk bread trash laundry dishes email doctor work
            appointment please thanks hello hi hey yes no ok it an be up out by from sister brother o'clock
            daily weekly half hour let again not
            """);

    private LanguageGuess() {}

    private static Set<String> words(String list) {
        return Set.copyOf(Arrays.asList(list.strip().split("\\s+")));
    }

    static Language of(NormalizedText message) {
        int french = 0;
        int english = 0;
        for (String word : message.text().split(" ")) {
            if (FRENCH.contains(word) || startsWithFrenchElision(word)) {
                french++;
            }
            if (ENGLISH.contains(word)) {
                english++;
            }
        }
        if (french != english) {
            return french > english ? Language.FR : Language.EN;
        }
        return hasFrenchAccents(message.original()) ? Language.FR : Language.EN;
    }

    private static boolean startsWithFrenchElision(String word) {
        return word.length() > 2
                && word.charAt(1) == '\''
                && "dljnmtsc".indexOf(word.charAt(0)) >= 0
                && !word.equals("i'm");
    }

    private static boolean hasFrenchAccents(String original) {
        return original.chars().anyMatch(c -> "éèêàâùûîïôçœÉÈÀ".indexOf(c) >= 0);
    }
}
