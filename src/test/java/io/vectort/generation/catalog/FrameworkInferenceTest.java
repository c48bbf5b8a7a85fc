package io.vectort.generation.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The framework a description names, in the seven languages, and the words that only look like one. */
class FrameworkInferenceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A React app with a map of my favourite hikes              | react   | React app
            A React todo app with due dates                           | react   | React todo app
            An Express REST API for my invoices                       | express | Express REST API
            Build me a recipe book in React please                    | react   | in React
            a reactjs dashboard for my plants                         | react   | reactjs
            Une application React pour suivre mes lectures            | react   | application React
            Eine Vue-App für meine Rezepte                            | vue     | Vue-App
            une appli vue.js pour gérer les rendez-vous du cabinet    | vue     | appli vue
            Una aplicación con Vue para la lista de la compra         | vue     | con Vue
            Un'applicazione Vue per le prenotazioni                   | vue     | applicazione Vue
            A REST API for my book collection                         | express | REST API
            Una API REST para gestionar pedidos                       | express | API REST
            An Express API for invoices, with a React front end       | express | Express API
            eine REST-API mit Express für Termine                     | express | REST-API
            Um servidor Node para as tarefas da equipe                | express | servidor Node
            a node.js backend for my shop                             | express | node.js
            Een website in HTML voor mijn bakkerij                    | html    | HTML
            A landing page for my band, plain HTML and CSS            | html    | HTML
            a todo list in vanilla JS                                 | html    | vanilla JS
            """)
    void aNamedFrameworkIsReadWithTheWordsThatNamedIt(String description, String framework, String evidence) {
        FrameworkInference.Inferred inferred =
                FrameworkInference.infer(description).orElseThrow();

        assertThat(inferred.framework()).isEqualTo(framework);
        assertThat(inferred.reason().source()).isEqualTo(ChoiceReason.Source.DESCRIPTION);
        assertThat(inferred.reason().evidence().orElseThrow()).startsWith(evidence);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "An app where friends react to each other's photos",
                "Vue d'ensemble des ventes de ma boutique",
                "Réservation de chambres avec vue sur la mer",
                "Préparer les repas en vue de la semaine",
                "A graph editor where each node component can be dragged",
                "Click on node names to rename them in my family tree",
                "Suivi des livraisons express pour mon épicerie",
                "The components react instantly when the stock changes",
                "Buttons that react to the site's colour scheme",
                "Let the team react with emoji to each project update",
                "An inventory tracker for my bike parts with suppliers",
                "Gestion des rendez-vous de mon cabinet de kinésithérapie",
            })
    void wordsThatOnlyLookLikeAFrameworkNameNone(String description) {
        assertThat(FrameworkInference.infer(description)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A React todo app with due dates                    | A todo app with due dates
            Build me a recipe book in React please             | Build me a recipe book please
            Une application React pour suivre mes lectures     | Une application pour suivre mes lectures
            une appli vue.js pour gérer les rendez-vous        | une appli pour gérer les rendez-vous
            Um servidor Node para as tarefas, com Express.     | Um servidor para as tarefas.
            A REST API for my books, in HTML                   | A REST API for my books, in HTML
            Réservation de chambres avec vue sur la mer        | Réservation de chambres avec vue sur la mer
            """)
    void withoutNamesLeavesWhatTheAppIsAbout(String description, String subject) {
        assertThat(FrameworkInference.withoutNames(description)).isEqualTo(subject);
    }

    @Test
    void theFrameworkNamedFirstWins() {
        assertThat(FrameworkInference.infer("A Vue front-end talking to an Express API"))
                .map(FrameworkInference.Inferred::framework)
                .isEqualTo(Optional.of("vue"));
        assertThat(FrameworkInference.infer("An Express API with a Vue front-end"))
                .map(FrameworkInference.Inferred::framework)
                .isEqualTo(Optional.of("express"));
    }
}
