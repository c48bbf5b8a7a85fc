package io.vectort.generation.starter;

import java.util.List;
import java.util.Map;

/**
 * The words of look-and-feel requests in the seven languages the starter reads: how people ask for
 * a dark mode, turn it off, and name colours (with their feminine and plural forms: "verte",
 * "grünen", "rossa", "groene"). {@link Features} builds its patterns from them.
 */
final class ThemeWords {

    private ThemeWords() {}

    /** Phrases that ask for a dark theme. */
    static final List<String> DARK = List.of(
            "(?:dark|night)[ -]?(?:mode|theme)",
            "dark ui",
            "(?:mode|th[eè]me) (?:sombre|nuit|noir)",
            "(?:modo|tema) (?:oscuro|noche|escuro|noturno)",
            "(?:modalit[aà]|tema) (?:scur[ao]|notte)",
            "dunkel(?:modus|design|thema)",
            "dunkle[rsn]? (?:modus|design|thema)",
            "nachtmodus",
            "donker(?:e)? (?:modus|thema)");

    /** Phrases that name a light theme: they name no record either. */
    static final List<String> LIGHT = List.of(
            "light[ -]?(?:mode|theme)",
            "(?:mode|th[eè]me) clair",
            "(?:modo|tema) claro",
            "(?:modalit[aà]|tema) chiar[ao]",
            "hell(?:modus|design)",
            "helle[rsn]? (?:modus|design|thema)",
            "licht(?:e)? (?:modus|thema)");

    /** Words that take a dark theme away when they come just before it ("sans mode sombre"). */
    static final List<String> WITHOUT = List.of(
            "no",
            "without",
            "remove",
            "disable",
            "drop",
            "turn off",
            "switch off",
            "get rid of",
            "don't want",
            "do not want",
            "sans",
            "enl[eè]ve",
            "enlever",
            "supprime",
            "supprimer",
            "retire",
            "retirer",
            "d[ée]sactive",
            "d[ée]sactiver",
            "pas de",
            "plus de",
            "sin",
            "quita",
            "quitar",
            "elimina",
            "eliminar",
            "desactiva",
            "desactivar",
            "ohne",
            "entferne",
            "entfernen",
            "deaktiviere",
            "deaktivieren",
            "kein",
            "keinen",
            "senza",
            "togli",
            "togliere",
            "rimuovi",
            "rimuovere",
            "disattiva",
            "disattivare",
            "sem",
            "tira",
            "tirar",
            "remover",
            "desativa",
            "desativar",
            "zonder",
            "verwijder",
            "verwijderen",
            "geen");

    /** The articles that may stand between such a word and the theme ("remove the dark mode"). */
    static final String ARTICLES = "the|a|le|la|les|du|un|el|los|las|der|die|das|den|dem|il|lo|o|os|as|de|het|een";

    /** Each colour the starter knows, by its English name, and how the other languages write it. */
    static final Map<String, List<String>> COLOUR_FORMS = Map.ofEntries(
            Map.entry(
                    "red",
                    List.of(
                            "rouge",
                            "rouges",
                            "rojo",
                            "roja",
                            "rot",
                            "rote",
                            "roten",
                            "rotes",
                            "rosso",
                            "rossa",
                            "vermelho",
                            "vermelha",
                            "rood",
                            "rode")),
            Map.entry("orange", List.of("naranja", "arancione", "arancio", "laranja", "oranje")),
            Map.entry("amber", List.of("ambre", "ámbar", "ambar", "bernstein", "ambra", "âmbar")),
            Map.entry(
                    "yellow",
                    List.of(
                            "jaune",
                            "jaunes",
                            "amarillo",
                            "amarilla",
                            "gelb",
                            "gelbe",
                            "gelben",
                            "giallo",
                            "gialla",
                            "amarelo",
                            "amarela",
                            "geel",
                            "gele")),
            Map.entry(
                    "green",
                    List.of(
                            "vert", "verte", "verts", "vertes", "verde", "grün", "grüne", "grünen", "grünes", "groen",
                            "groene")),
            Map.entry("emerald", List.of("émeraude", "emeraude", "esmeralda", "smaragd", "smeraldo")),
            Map.entry("teal", List.of("turquoise", "turquesa", "türkis", "turchese")),
            Map.entry("cyan", List.of("cian", "ciano", "cyaan")),
            Map.entry(
                    "blue",
                    List.of(
                            "bleu", "bleue", "bleus", "azul", "blau", "blaue", "blauen", "blu", "azzurro", "azzurra",
                            "blauw", "blauwe")),
            Map.entry("indigo", List.of("índigo", "indaco")),
            Map.entry("purple", List.of("morado", "morada", "púrpura", "lila", "roxo", "roxa", "paars", "paarse")),
            Map.entry("violet", List.of("violette", "violeta", "violett", "viola")),
            Map.entry("pink", List.of("rosa", "roze")),
            Map.entry(
                    "gray", List.of("gris", "grise", "grau", "graue", "grigio", "grigia", "cinza", "grijs", "grijze")),
            Map.entry("slate", List.of("ardoise", "pizarra", "schiefer", "ardesia", "ardósia", "leisteen")),
            Map.entry(
                    "brown",
                    List.of(
                            "marron",
                            "brun",
                            "brune",
                            "marrón",
                            "braun",
                            "braune",
                            "marrone",
                            "marrom",
                            "castanho",
                            "bruin",
                            "bruine")),
            Map.entry(
                    "black",
                    List.of(
                            "noir",
                            "noire",
                            "negro",
                            "negra",
                            "schwarz",
                            "schwarze",
                            "nero",
                            "nera",
                            "preto",
                            "preta",
                            "zwart",
                            "zwarte")));
}
