package io.vectort.generation.starter;

import io.vectort.generation.catalog.BuilderCatalog;
import io.vectort.generation.catalog.Framework;
import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Naming;
import io.vectort.generation.starter.templates.ProjectTemplates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The narrative line before the files and the summary after them; both say "not AI". */
final class TurnSummary {

    private static final String WHO = "Vectort offline starter (not AI)";
    private static final BuilderCatalog CATALOG = new BuilderCatalog();

    private TurnSummary() {}

    static String narrative(StarterProject project, boolean followUp) {
        String verb = followUp ? "updating " : "building ";
        return WHO + ": " + verb + project.spec().name() + " as " + project.description() + ".";
    }

    static String summary(StarterProject project, Optional<StarterProject> previous, ProjectChanges changes) {
        if (previous.isEmpty()) {
            return project.spec().name() + ": " + project.description() + ". " + howToRun(project.framework())
                    + " Generated from templates by Vectort's offline starter, not by AI.";
        }
        if (changes.isEmpty()) {
            return "Nothing to change: the project already matches everything asked for so far.";
        }
        List<String> changed = differences(previous.get(), project);
        String what =
                changed.isEmpty() ? "Regenerated the starter files" : Naming.capitalize(String.join("; ", changed));
        return what + ". " + count(changes.writes().size(), "file") + " written, "
                + count(changes.deletes().size(), "file") + " deleted.";
    }

    private static List<String> differences(StarterProject before, StarterProject after) {
        List<String> changes = new ArrayList<>();
        if (!before.framework().equals(after.framework())) {
            changes.add("switched from " + label(before.framework()) + " to " + label(after.framework()));
        }
        AppSpec old = before.spec();
        AppSpec now = after.spec();
        if (old.archetype() != now.archetype()) {
            changes.add("now a " + now.archetype().noun());
        }
        if (!old.name().equals(now.name())) {
            changes.add("renamed to " + now.name());
        }
        List<String> added = plurals(now.entities(), old.entities());
        List<String> removed = plurals(old.entities(), now.entities());
        if (!added.isEmpty()) {
            changes.add("added " + String.join(" and ", added));
        }
        if (!removed.isEmpty()) {
            changes.add("removed " + String.join(" and ", removed));
        }
        boolean looks = ProjectTemplates.hasUi(now, after.framework());
        if (looks && old.darkMode() != now.darkMode()) {
            changes.add(now.darkMode() ? "dark mode on" : "dark mode off");
        }
        if (looks && !old.accent().equals(now.accent())) {
            changes.add("accent colour now " + now.accent().name());
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
            case "html" -> "Open index.html in a browser; no build needed.";
            case "express" -> "Run npm install, then npm start; npm test runs the API tests.";
            default -> "Run npm install, then npm run dev (npm run build for production).";
        };
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
