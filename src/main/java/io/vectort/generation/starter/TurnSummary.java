package io.vectort.generation.starter;

import io.vectort.generation.catalog.BuilderCatalog;
import io.vectort.generation.catalog.Framework;
import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Naming;
import io.vectort.generation.starter.spec.Phrasebook;
import io.vectort.generation.starter.templates.ProjectTemplates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The narrative line before the files and the summary after them, in the description's language
 * (the phrasebook's {@code turn…} phrases); both say "not AI".
 */
final class TurnSummary {

    private static final BuilderCatalog CATALOG = new BuilderCatalog();

    private TurnSummary() {}

    static String narrative(StarterProject project, boolean followUp) {
        Phrasebook words = project.spec().words();
        return words.filled(
                followUp ? "turnUpdating" : "turnBuilding",
                Map.of(
                        "who", words.word("turnWho"),
                        "name", project.spec().name(),
                        "what", project.description()));
    }

    static String summary(StarterProject project, Optional<StarterProject> previous, ProjectChanges changes) {
        Phrasebook words = project.spec().words();
        if (previous.isEmpty()) {
            return words.filled(
                    "turnFirst",
                    Map.of(
                            "name", project.spec().name(),
                            "what", project.description(),
                            "run", words.word(howToRun(project.framework()))));
        }
        if (changes.isEmpty()) {
            return words.word("turnNothing");
        }
        List<String> changed = differences(previous.get(), project, words);
        String what = changed.isEmpty()
                ? words.word("turnRegenerated")
                : Naming.capitalize(String.join(words.word("turnSeparator"), changed));
        return what + ". " + count("turnWritten", changes.writes().size(), words) + ", "
                + count("turnDeleted", changes.deletes().size(), words) + ".";
    }

    private static List<String> differences(StarterProject before, StarterProject after, Phrasebook words) {
        List<String> changes = new ArrayList<>();
        if (!before.framework().equals(after.framework())) {
            changes.add(words.filled(
                    "turnSwitched", Map.of("from", label(before.framework()), "to", label(after.framework()))));
        }
        AppSpec old = before.spec();
        AppSpec now = after.spec();
        if (old.archetype() != now.archetype()) {
            String kind = words.word("kind" + Naming.pascal(now.archetype().id()));
            changes.add(words.filled("turnNowA", Map.of("kind", kind)));
        }
        if (!old.name().equals(now.name())) {
            changes.add(words.filled("turnRenamed", Map.of("name", now.name())));
        }
        String and = " " + words.word("and") + " ";
        List<String> added = plurals(now.entities(), old.entities());
        List<String> removed = plurals(old.entities(), now.entities());
        if (!added.isEmpty()) {
            changes.add(words.filled("turnAdded", Map.of("list", String.join(and, added))));
        }
        if (!removed.isEmpty()) {
            changes.add(words.filled("turnRemoved", Map.of("list", String.join(and, removed))));
        }
        boolean looks = ProjectTemplates.hasUi(now, after.framework());
        if (looks && old.darkMode() != now.darkMode()) {
            changes.add(words.word(now.darkMode() ? "turnDarkOn" : "turnDarkOff"));
        }
        if (looks && !old.accent().equals(now.accent())) {
            String colour = words.word("colour." + now.accent().name());
            changes.add(words.filled("turnAccent", Map.of("colour", colour)));
        }
        return changes;
    }

    /** Plural names of the entities in {@code these} that {@code others} does not have. */
    private static List<String> plurals(List<Entity> these, List<Entity> others) {
        return these.stream()
                .filter(e -> others.stream().noneMatch(o -> o.singular().equals(e.singular())))
                .map(Entity::displayPlural)
                .toList();
    }

    private static String label(String framework) {
        return CATALOG.framework(framework).map(Framework::label).orElse(framework);
    }

    private static String howToRun(String framework) {
        return switch (framework) {
            case "html" -> "turnRunHtml";
            case "express" -> "turnRunExpress";
            default -> "turnRunVite";
        };
    }

    /** "4 files written", "1 fichier supprimé", "0 fichier écrit": {@code key}One or {@code key}Many. */
    private static String count(String key, int n, Phrasebook words) {
        boolean one = n == 1 || (n == 0 && Boolean.parseBoolean(words.word("turnZeroIsSingular")));
        return words.filled(key + (one ? "One" : "Many"), Map.of("n", Integer.toString(n)));
    }
}
