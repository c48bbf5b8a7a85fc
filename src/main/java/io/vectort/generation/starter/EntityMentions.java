package io.vectort.generation.starter;

import io.vectort.generation.starter.Words.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.SequencedSet;

/**
 * The entities one prompt names, as singular nouns in order of appearance, and the ones it asks to
 * take away ("remove suppliers"). Reads the noun phrase after each trigger word ("for my bike
 * parts", "with suppliers", "track expenses"), after a comma and at the start, and keeps its head
 * noun when it is a plural, a known kind of record used attributively ("a recipe app") or a grouping
 * ("by category").
 */
record EntityMentions(List<String> added, List<String> removed) {

    EntityMentions {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    static EntityMentions in(String prompt) {
        List<Token> tokens = Words.tokenize(prompt);
        SequencedSet<String> added = new LinkedHashSet<>();
        SequencedSet<String> removed = new LinkedHashSet<>();
        boolean removing = false;
        boolean listingRecords = false;
        for (int i = -1; i < tokens.size(); i++) {
            String opener = i < 0 ? "" : tokens.get(i).text();
            if (i >= 0 && !tokens.get(i).word()) {
                removing = false;
            } else if (Words.TRIGGERS.contains(opener)) {
                // "remove suppliers and customers" removes both; "remove X, add Y" adds Y.
                removing = Words.REMOVING.contains(opener) || (removing && Words.CONTINUING.contains(opener));
            } else if (i >= 0) {
                continue;
            }
            // "a tool for landlords" names its audience; in "pets, owners and visits" owners are records.
            boolean inList = listingRecords && (opener.equals(",") || Words.CONTINUING.contains(opener));
            Optional<String> entity = entityAfter(tokens, i + 1, Words.GROUPING.contains(opener), inList);
            if (entity.isPresent()) {
                (removing ? removed : added).add(entity.get());
            }
            listingRecords = entity.isPresent();
        }
        added.removeAll(removed);
        return new EntityMentions(new ArrayList<>(added), new ArrayList<>(removed));
    }

    private static Optional<String> entityAfter(List<Token> tokens, int start, boolean grouping, boolean inList) {
        Words.Phrase phrase = Words.Phrase.at(tokens, start);
        List<String> words = new ArrayList<>(phrase.words());
        String next = phrase.next();
        boolean attributive = Words.CONTAINERS.contains(next);
        while (!words.isEmpty()
                && (Words.APP_WORDS.contains(words.getLast()) || Words.CONTAINERS.contains(words.getLast()))) {
            words.removeLast();
            attributive = true;
        }
        return words.isEmpty() ? Optional.empty() : headEntity(words.getLast(), attributive, grouping, inList);
    }

    private static Optional<String> headEntity(String head, boolean attributive, boolean grouping, boolean inList) {
        if (Words.UI_WORDS.contains(head) || (!inList && Words.AUDIENCES.contains(head))) {
            return Optional.empty();
        }
        if (Inflector.isPlural(head)) {
            String singular = Inflector.singular(head);
            boolean meaningful = !Words.APP_WORDS.contains(singular) && !Words.UI_WORDS.contains(singular);
            return meaningful && singular.length() > 1 ? Optional.of(singular) : Optional.empty();
        }
        if (attributive) {
            Optional<String> topic = EntityLexicon.forTopic(head);
            if (topic.isPresent()) {
                return topic;
            }
        }
        return (attributive || grouping) && EntityLexicon.knows(head) ? Optional.of(head) : Optional.empty();
    }
}
