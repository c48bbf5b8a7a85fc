package io.vectort.generation.starter;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The foreign nouns people use for their records, by their lower-case singular, to the English
 * lexicon entry whose fields they take; and the words after a trigger that are not records.
 */
final class ForeignLexicon {

    // Words after a trigger that are not records: app words, time spans, colours, determiners, and
    // the verbs of a follow-up ("passe en mode sombre et mets l'accent en vert").
    private static final Set<String> NOT_RECORDS =
            Set.copyOf(List.of("""
            gestion gestión gestione gestão applications application apps outils aplicaciones herramientas
            anwendungen tools applicazioni strumenti aplicativos ferramentas apps hulpmiddelen
            jours semaines mois días semanas meses tage wochen monate giorni settimane mesi dias semanas
            vacances vacaciones ferien vacanze férias vakantie
            dagen weken maanden couleurs colores farben colori cores kleuren leurs tous toutes todos todas
            alle meine meinen eine einen diese unsere mes nos vos ses mis sus tutti tutte miei mie nostri
            meus minhas nossos nossas mijn onze deze beheer beheren bijhouden cose coisas dingen choses
            cosas lista checklist
            mets mettre ajoute ajouter enlève enlever retire retirer change changer passe passer rends fais
            affiche pone añade agrega quita cambia mache füge ändere setze zeige metti aggiungi togli
            cambia rendi coloca adiciona muda voeg verander
            """.strip().split("\\s+")));

    /** Words after which the records named are taken away ("enlève les fournisseurs", "ohne Kunden"). */
    static final Set<String> REMOVING = Set.copyOf(List.of("""
            enlève enleve enlever supprime supprimer retire retirer sans quita quitar elimina eliminar borra
            borrar sin entferne lösche loesche ohne togli togliere rimuovi rimuovere eliminare cancella senza
            tira tirar remove remover apaga apagar sem verwijder zonder schrap
            """.strip().split("\\s+")));

    /** Verbs at the end of a German or Dutch clause that take away the records before them ("Kunden entfernen"). */
    static final Set<String> REMOVING_AFTER = Set.copyOf(List.of("""
            entfernen löschen loeschen weglassen verwijderen weghalen schrappen
            """.strip().split("\\s+")));

    /** Words that end a removal: what follows is added ("enlève X et ajoute Y"). */
    static final Set<String> ADDING = Set.copyOf(List.of("""
            ajoute ajouter ajoutez rajoute avec añade añadir agrega agregar con füge hinzu mit aggiungi
            aggiungere adiciona adicionar acrescenta com voeg toevoegen met
            """.strip().split("\\s+")));

    private static final Map<String, String> ENTRIES = Map.ofEntries(
            Map.entry("patient", "patient"),
            Map.entry("paciente", "patient"),
            Map.entry("paziente", "patient"),
            Map.entry("patiënt", "patient"),
            Map.entry("rendez-vous", "meeting"),
            Map.entry("cita", "meeting"),
            Map.entry("termin", "meeting"),
            Map.entry("appuntamento", "meeting"),
            Map.entry("agendamento", "meeting"),
            Map.entry("afspraak", "meeting"),
            Map.entry("client", "customer"),
            Map.entry("cliente", "customer"),
            Map.entry("kunde", "customer"),
            Map.entry("klant", "customer"),
            Map.entry("tâche", "task"),
            Map.entry("tarea", "task"),
            Map.entry("aufgabe", "task"),
            Map.entry("compito", "task"),
            Map.entry("tarefa", "task"),
            Map.entry("taak", "task"),
            Map.entry("corvée", "chore"),
            Map.entry("course", "grocery"),
            Map.entry("facture", "invoice"),
            Map.entry("factura", "invoice"),
            Map.entry("rechnung", "invoice"),
            Map.entry("fattura", "invoice"),
            Map.entry("fatura", "invoice"),
            Map.entry("factuur", "invoice"),
            Map.entry("produit", "product"),
            Map.entry("producto", "product"),
            Map.entry("produkt", "product"),
            Map.entry("prodotto", "product"),
            Map.entry("produto", "product"),
            Map.entry("product", "product"),
            Map.entry("livre", "book"),
            Map.entry("libro", "book"),
            Map.entry("buch", "book"),
            Map.entry("livro", "book"),
            Map.entry("boek", "book"),
            Map.entry("recette", "recipe"),
            Map.entry("receta", "recipe"),
            Map.entry("rezept", "recipe"),
            Map.entry("ricetta", "recipe"),
            Map.entry("receita", "recipe"),
            Map.entry("recept", "recipe"),
            Map.entry("fournisseur", "supplier"),
            Map.entry("proveedor", "supplier"),
            Map.entry("lieferant", "supplier"),
            Map.entry("fornitore", "supplier"),
            Map.entry("fornecedor", "supplier"),
            Map.entry("leverancier", "supplier"),
            Map.entry("commande", "order"),
            Map.entry("pedido", "order"),
            Map.entry("bestellung", "order"),
            Map.entry("ordine", "order"),
            Map.entry("encomenda", "order"),
            Map.entry("bestelling", "order"),
            Map.entry("projet", "project"),
            Map.entry("proyecto", "project"),
            Map.entry("projekt", "project"),
            Map.entry("progetto", "project"),
            Map.entry("projeto", "project"),
            Map.entry("project", "project"),
            Map.entry("employé", "employee"),
            Map.entry("empleado", "employee"),
            Map.entry("mitarbeiter", "employee"),
            Map.entry("dipendente", "employee"),
            Map.entry("funcionário", "employee"),
            Map.entry("medewerker", "employee"),
            Map.entry("élève", "student"),
            Map.entry("étudiant", "student"),
            Map.entry("alumno", "student"),
            Map.entry("estudiante", "student"),
            Map.entry("studente", "student"),
            Map.entry("aluno", "student"),
            Map.entry("leerling", "student"),
            Map.entry("dépense", "expense"),
            Map.entry("gasto", "expense"),
            Map.entry("ausgabe", "expense"),
            Map.entry("spesa", "expense"),
            Map.entry("despesa", "expense"),
            Map.entry("uitgave", "expense"),
            Map.entry("film", "movie"),
            Map.entry("película", "movie"),
            Map.entry("filme", "movie"),
            Map.entry("plante", "plant"),
            Map.entry("planta", "plant"),
            Map.entry("pflanze", "plant"),
            Map.entry("pianta", "plant"),
            Map.entry("plant", "plant"),
            Map.entry("catégorie", "category"),
            Map.entry("categoría", "category"),
            Map.entry("kategorie", "category"),
            Map.entry("categoria", "category"),
            Map.entry("categorie", "category"),
            Map.entry("auteur", "author"),
            Map.entry("autor", "author"),
            Map.entry("autore", "author"),
            Map.entry("ingrédient", "ingredient"),
            Map.entry("ingrediente", "ingredient"),
            Map.entry("zutat", "ingredient"),
            Map.entry("ingrediënt", "ingredient"));

    /**
     * Mass nouns that name many records in the singular ("l'inventaire du matériel"), by their
     * lower-case word, to the countable record a person means: display singular, display plural and
     * English entry.
     */
    private static final Map<String, List<String>> COLLECTIVES = Map.ofEntries(
            Map.entry("matériel", List.of("équipement", "équipements", "item")),
            Map.entry("ausrüstung", List.of("Ausrüstungsgegenstand", "Ausrüstungsgegenstände", "item")),
            Map.entry("attrezzatura", List.of("attrezzo", "attrezzi", "item")),
            Map.entry("equipamento", List.of("equipamento", "equipamentos", "item")),
            Map.entry("gereedschap", List.of("gereedschap", "gereedschappen", "item")),
            Map.entry("uitrusting", List.of("uitrustingsstuk", "uitrustingsstukken", "item")));

    /**
     * Lists named by an idiom whose noun is not what they hold ("la lista de la compra", "ma liste de
     * lecture", "Einkaufsliste", "Wunschliste"), to the records they hold: display singular, display
     * plural and English entry.
     */
    private static final Map<Pattern, List<String>> LIST_IDIOMS = Map.ofEntries(
            Map.entry(idiom("lista de (la )?compra\\b"), List.of("producto", "productos", "grocery")),
            Map.entry(idiom("lista della spesa"), List.of("prodotto", "prodotti", "grocery")),
            Map.entry(idiom("einkaufs(liste|zettel)"), List.of("Artikel", "Artikel", "grocery")),
            Map.entry(idiom("liste de lecture"), List.of("livre", "livres", "book")),
            Map.entry(idiom("lista de lectura"), List.of("libro", "libros", "book")),
            Map.entry(idiom("leseliste"), List.of("Buch", "Bücher", "book")),
            Map.entry(idiom("lista di lettura"), List.of("libro", "libri", "book")),
            Map.entry(idiom("lista de leitura"), List.of("livro", "livros", "book")),
            Map.entry(idiom("leeslijst"), List.of("boek", "boeken", "book")),
            Map.entry(idiom("liste d['’]envies"), List.of("envie", "envies", "envie")),
            Map.entry(idiom("wunschliste|wunschzettel"), List.of("Wunsch", "Wünsche", "wunsch")),
            Map.entry(idiom("lista dei desideri"), List.of("desiderio", "desideri", "desiderio")),
            Map.entry(idiom("verlanglijst"), List.of("wens", "wensen", "wens")));

    private ForeignLexicon() {}

    /** Whether {@code singular} is a foreign noun for a record the English lexicon knows. */
    static boolean knows(String singular) {
        return ENTRIES.containsKey(singular.toLowerCase(Locale.ROOT));
    }

    /** The record a mass noun stands for: display singular, display plural, English entry; else empty. */
    static List<String> collective(String word) {
        return COLLECTIVES.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }

    private static Pattern idiom(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** {@code prompt} without the list idioms it names. */
    static String withoutListIdioms(String prompt) {
        String without = prompt;
        for (Pattern idiom : LIST_IDIOMS.keySet()) {
            without = idiom.matcher(without).replaceAll(" ");
        }
        return without;
    }

    /** What a list named by an idiom holds: display singular, display plural, English entry. */
    static Optional<List<String>> listIdiom(String prompt) {
        return LIST_IDIOMS.entrySet().stream()
                .filter(idiom -> idiom.getKey().matcher(prompt).find())
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** Whether a word after a trigger still cannot name records ("gestion", "jours", "Geburtstagsliste"). */
    static boolean notRecords(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return NOT_RECORDS.contains(lower) || lower.endsWith("liste") || lower.endsWith("lijst");
    }

    /** The English lexicon entry for a foreign singular, or {@code fallback} when unknown. */
    static String englishFor(String singular, String fallback) {
        return ENTRIES.getOrDefault(singular.toLowerCase(Locale.ROOT), fallback);
    }
}
