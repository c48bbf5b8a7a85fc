package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Naming;
import java.util.List;
import java.util.stream.Collectors;

/** What the React and Vue dashboards share: the fields module and the per-entity lines of App. */
final class DashboardModules {

    /** {@code src/fields.js}: formatting, parsing and search for the entity panels. */
    static final String FIELDS = """
            /** Display and form helpers shared by the entity panels. */
            export function formatValue(type, value) {
              if (value === null || value === undefined || value === "") {
                return "";
              }
              switch (type) {
                case "money":
                  return Number(value).toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
                case "number":
                  return Number(value).toLocaleString();
                case "boolean":
                  return value ? "Yes" : "No";
                case "date":
                  return new Date(`${value}T00:00:00`).toLocaleDateString();
                default:
                  return String(value);
              }
            }

            export function toNumber(value) {
              return value === "" || value === null || value === undefined ? null : Number(value);
            }

            export function matches(record, query) {
              const needle = query.trim().toLowerCase();
              return !needle || Object.entries(record).some(([key, value]) => key !== "id" && String(value ?? "").toLowerCase().includes(needle));
            }

            /** A record as form values: inputs want strings or booleans, never null. */
            export function toDraft(record, empty) {
              return Object.fromEntries(Object.entries(empty).map(([key, blank]) => [key, record[key] ?? blank]));
            }
            """;

    private DashboardModules() {}

    /** {@code parts as sampleParts, suppliers as sampleSuppliers}. */
    static String seedImports(List<Entity> entities) {
        return entities.stream()
                .map(e -> e.identifier() + " as " + sampleName(e))
                .collect(Collectors.joining(", "));
    }

    /** One import line per panel component; {@code extension} is {@code jsx} or {@code vue}. */
    static String panelImports(List<Entity> entities, String extension) {
        return entities.stream()
                .map(e -> "import " + e.pascalPlural() + "Panel from \"./components/" + e.pascalPlural() + "Panel."
                        + extension + "\";")
                .collect(Collectors.joining("\n"));
    }

    /** The elements of the {@code TABS} array: one tab per entity. */
    static String tabs(List<Entity> entities) {
        return entities.stream()
                .map(e -> "  { id: " + Js.str(e.identifier()) + ", label: " + Js.str(e.label()) + " },")
                .collect(Collectors.joining("\n"));
    }

    static String sampleName(Entity entity) {
        return "sample" + Naming.pascal(entity.identifier());
    }
}
