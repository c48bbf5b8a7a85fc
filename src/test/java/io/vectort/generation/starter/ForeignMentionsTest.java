package io.vectort.generation.starter;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.generation.starter.ForeignMentions.Mention;
import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Archetype;
import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.templates.ProjectTemplates;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Descriptions in the six foreign UI languages name their records in the person's words. */
class ForeignMentionsTest {

    private final DescriptionAnalyzer analyzer = new DescriptionAnalyzer();

    @Test
    void readsAFrenchDescription() {
        assertThat(ForeignMentions.in("Gestion des rendez-vous de mon cabinet de kinésithérapie avec les patients"))
                .containsExactly(
                        new Mention("rendezVous", "rendezVous", "rendez-vous", "rendez-vous", "meeting"),
                        new Mention("patient", "patients", "patient", "patients", "patient"));
    }

    @Test
    void readsASpanishDescription() {
        assertThat(ForeignMentions.in("Gestión de citas para mi consulta de fisioterapia con pacientes"))
                .containsExactly(
                        new Mention("cita", "citas", "cita", "citas", "meeting"),
                        new Mention("paciente", "pacientes", "paciente", "pacientes", "patient"));
    }

    @Test
    void readsAGermanDescriptionWhereOnlyNounsAreCapitalised() {
        assertThat(ForeignMentions.in("Verwaltung der Termine meiner Praxis mit Patienten"))
                .containsExactly(
                        new Mention("termin", "termine", "Termin", "Termine", "meeting"),
                        new Mention("patient", "patienten", "Patient", "Patienten", "patient"));
    }

    @Test
    void readsAnItalianDescriptionWithElidedArticlesAndInfinitives() {
        assertThat(ForeignMentions.in("Un'app per gestire le prenotazioni del mio ristorante con i clienti"))
                .containsExactly(
                        new Mention("prenotazione", "prenotazioni", "prenotazione", "prenotazioni", "prenotazione"),
                        new Mention("cliente", "clienti", "cliente", "clienti", "customer"));
    }

    @Test
    void readsAPortugueseDescriptionWithCedillas() {
        assertThat(ForeignMentions.in("Inventário das peças da minha oficina com fornecedores"))
                .containsExactly(
                        new Mention("peca", "pecas", "peça", "peças", "peca"),
                        new Mention("fornecedor", "fornecedores", "fornecedor", "fornecedores", "supplier"));
    }

    @Test
    void readsADutchDescriptionWithDiaeresesAndLongVowels() {
        assertThat(ForeignMentions.in("Afspraken van mijn fysiotherapiepraktijk met patiënten beheren"))
                .containsExactly(
                        new Mention("afspraak", "afspraken", "afspraak", "afspraken", "meeting"),
                        new Mention("patient", "patienten", "patiënt", "patiënten", "patient"));
    }

    @Test
    void readsEveryItemOfAListAfterAColonOrCommas() {
        assertThat(ForeignMentions.in("CRM pour ma boulangerie : clients, commandes et livraisons"))
                .extracting(Mention::code)
                .containsExactly("client", "commande", "livraison");
        assertThat(ForeignMentions.in("Mi tienda: pedidos, clientes y productos"))
                .extracting(Mention::code)
                .containsExactly("pedido", "cliente", "producto");
        assertThat(ForeignMentions.in("Negozio con ordini, clienti e fornitori"))
                .extracting(Mention::code)
                .containsExactly("ordine", "cliente", "fornitore");
    }

    @Test
    void readsGermanDativeAndUmlautPlurals() {
        assertThat(ForeignMentions.in("Eine App zur Verwaltung meiner Bücher mit Autoren und Verlagen"))
                .extracting(Mention::displaySingular)
                .containsExactly("Buch", "Autor", "Verlag");
        assertThat(ForeignMentions.in("Ein Reiseblog mit Beiträgen und Kategorien"))
                .extracting(Mention::displaySingular)
                .containsExactly("Beitrag", "Kategorie");
    }

    @Test
    void tellsTheLanguageOfShortDescriptionsByTheirSpelling() {
        assertThat(ForeignMentions.languageOf("Blog über Gartenarbeit")).isEqualTo(ForeignLanguage.GERMAN);
        assertThat(ForeignMentions.languageOf("checklist para a mudança")).isEqualTo(ForeignLanguage.PORTUGUESE);
        assertThat(ForeignMentions.languageOf("liste des films à voir")).isEqualTo(ForeignLanguage.FRENCH);
        // Word endings: "animaux", "vétérinaire", "aniversário"; a repeated small word counts once.
        assertThat(ForeignMentions.languageOf("Clinique vétérinaire : animaux, propriétaires et consultations"))
                .isEqualTo(ForeignLanguage.FRENCH);
        assertThat(ForeignMentions.languageOf("Lista de presentes de aniversário"))
                .isEqualTo(ForeignLanguage.PORTUGUESE);
        assertThat(ForeignMentions.languageOf("La lista della spesa per la settimana"))
                .isEqualTo(ForeignLanguage.ITALIAN);
        assertThat(ForeignMentions.languageOf("an app for young readers and amateur entrepreneurs"))
                .isEqualTo(ForeignLanguage.ENGLISH);
    }

    @Test
    void englishWithForeignPlaceNamesStaysEnglish() {
        assertThat(ForeignMentions.languageOf("A landing page for Café de Flore in São Paulo"))
                .isEqualTo(ForeignLanguage.ENGLISH);
        assertThat(ForeignMentions.in("A menu app for my piñata shop with orders and customers"))
                .isEmpty();
    }

    @Test
    void leavesEnglishToTheEnglishReader() {
        assertThat(ForeignMentions.in("An inventory tracker for bike parts with suppliers"))
                .isEmpty();
        assertThat(ForeignMentions.in("A todo list for household chores")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "fr, Suivi des dépenses du foyer par catégorie, catégorie, catégories",
        "es, Gastos del piso compartido por categoría, categoría, categorías",
        "de, Ausgaben nach Kategorie für unseren Haushalt, Kategorie, Kategorien",
        "it, Monitoraggio delle spese di casa per categoria, categoria, categorie",
        "pt, Controle das despesas da casa por categoria, categoria, categorias",
        "nl, Uitgaven van het huishouden per categorie bijhouden, categorie, categorieën"
    })
    void aKnownNounAfterByNamesItsRecordsInTheSingular(
            String language, String description, String singular, String plural) {
        Mention grouping = ForeignMentions.in(description).getLast();

        assertThat(ForeignMentions.languageOf(description).code()).isEqualTo(language);
        assertThat(grouping.displaySingular()).isEqualTo(singular);
        assertThat(grouping.displayPlural()).isEqualTo(plural);
        assertThat(grouping.lexiconKey()).isEqualTo("category");
    }

    @Test
    void anUnknownSingularAfterByNamesNothing() {
        assertThat(ForeignMentions.in("Suivi des dépenses du foyer par mois"))
                .extracting(Mention::code)
                .containsExactly("depense");
    }

    @ParameterizedTest
    @CsvSource({
        "fr, journaux, journal",
        "fr, cadeaux, cadeau",
        "fr, factures, facture",
        "fr, avis, ''",
        "es, autores, autor",
        "es, padres, padre",
        "es, canciones, canción",
        "es, lápices, lápiz",
        "de, Rechnungen, Rechnung",
        "de, Kunden, Kunde",
        "de, Autoren, Autor",
        "de, Termine, Termin",
        "de, Praxis, ''",
        "de, Bücher, Buch",
        "de, Beiträge, Beitrag",
        "de, Beiträgen, Beitrag",
        "de, Verlagen, Verlag",
        "de, Künstlern, Künstler",
        "de, Mitgliedern, Mitglied",
        "de, Tieren, Tier",
        "it, fatture, fattura",
        "it, clienti, cliente",
        "it, artisti, artista",
        "it, appuntamenti, appuntamento",
        "it, prenotazioni, prenotazione",
        "it, vinili, vinile",
        "it, biblioteche, biblioteca",
        "it, libro, ''",
        "it, gestire, ''",
        "it, proprietari, proprietario",
        "pt, peças, peça",
        "pt, reservações, reservação",
        "pt, fornecedores, fornecedor",
        "pt, itens, item",
        "pt, animais, animal",
        "pt, livro, ''",
        "nl, klanten, klant",
        "nl, facturen, factuur",
        "nl, afspraken, afspraak",
        "nl, lessen, les",
        "nl, leveranciers, leverancier",
        "nl, auto's, auto",
        "nl, categorieën, categorie",
        "nl, bestellingen, bestelling",
        "nl, cadeaus, cadeau",
        "nl, leden, lid",
        "nl, huis, ''"
    })
    void singularisesPlurals(String language, String plural, String singular) {
        var result = switch (language) {
            case "fr" -> ForeignInflector.frenchSingular(plural);
            case "es" -> ForeignInflector.spanishSingular(plural);
            case "it" -> ForeignInflector.italianSingular(plural);
            case "pt" -> ForeignInflector.portugueseSingular(plural);
            case "nl" -> GermanicInflector.dutchSingular(plural);
            default -> GermanicInflector.germanSingular(plural);
        };
        assertThat(result.orElse("")).isEqualTo(singular);
    }

    @Test
    void aFrenchDashboardShowsTheFrenchWordsWithValidCode() {
        AppSpec spec = analyzer.analyze(
                List.of("Gestion des rendez-vous de mon cabinet de kinésithérapie avec les patients"),
                Archetype.DASHBOARD);

        assertThat(spec.entities()).extracting(Entity::label).containsExactly("Rendez-vous", "Patients");
        assertThat(spec.primary().fields())
                .isEqualTo(EntityLexicon.entity("meeting").fields());
        Map<String, String> react = ProjectTemplates.render(spec, "react");
        assertThat(react).containsKeys("src/components/RendezVousPanel.jsx", "src/components/PatientsPanel.jsx");
        assertThat(react.get("src/App.jsx")).contains("{ id: \"rendezVous\", label: \"Rendez-vous\" }");
        Map<String, String> express = ProjectTemplates.render(spec, "express");
        assertThat(express.get("src/app.js")).contains("app.use(\"/api/rendez-vous\", rendezVousRouter(");
    }

    @Test
    void anUnknownGermanNounGetsTheGenericShapeWithItsOwnWords() {
        AppSpec spec = analyzer.analyze(List.of("Inventar der Werkzeuge in meiner Werkstatt"), Archetype.DASHBOARD);

        Entity tools = spec.primary();
        assertThat(tools.identifier()).isEqualTo("werkzeuge");
        assertThat(tools.label()).isEqualTo("Werkzeuge");
        assertThat(tools.titleField().samples()).containsExactly("Werkzeug A", "Werkzeug B", "Werkzeug C");
    }
}
