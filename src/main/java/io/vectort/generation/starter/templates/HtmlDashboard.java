package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Entity;
import java.util.stream.Collectors;

/** The plain-HTML CRUD dashboard: totals, a tab per entity, each with a form and a searchable table. */
final class HtmlDashboard {

    private static final String MAIN = """
                <main class="container">
                  <section class="stats" aria-label="Totals">
            «stats»
                  </section>
                  <nav class="tabs" role="tablist" aria-label="Sections">
            «tabs»
                  </nav>
            «panels»
                </main>
            """;

    private static final String PANEL = """
                  <section class="panel" role="tabpanel" id="panel-«key»" aria-labelledby="tab-«key»" hidden>
                    <form class="card form-grid" id="«key»-form">
                      <h2 id="«key»-form-title">Add «article»</h2>
            «fields»
                      <div class="form-actions">
                        <button class="btn btn-primary" type="submit">Add «singular»</button>
                        <button class="btn btn-ghost" type="button" data-action="cancel" hidden>Cancel</button>
                      </div>
                    </form>
                    <div class="card">
                      <div class="table-toolbar">
                        <h2>«label»</h2>
                        <label class="sr-only" for="«key»-search">Search «plural»</label>
                        <input id="«key»-search" type="search" placeholder="Search «plural»" />
                      </div>
                      <div class="table-wrap">
                        <table>
                          <thead>
                            <tr>
            «headings»
                              <th scope="col"><span class="sr-only">Actions</span></th>
                            </tr>
                          </thead>
                          <tbody id="«key»-rows"></tbody>
                        </table>
                      </div>
                      <p class="empty" id="«key»-empty" hidden>No «plural» yet. Add the first one with the form above.</p>
                    </div>
                  </section>
            """;

    private static final String SCRIPT = """
            const ENTITIES = [
            «entities»
            ];

            function format(field, value) {
              if (value === null || value === undefined || value === "") {
                return "";
              }
              switch (field.type) {
                case "money":
                  return Number(value).toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
                case "number":
                  return Number(value).toLocaleString();
                case "boolean":
                  return value ? "Yes" : "No";
                case "date":
                  return formatDate(value);
                default:
                  return String(value);
              }
            }

            function readForm(form, entity) {
              const record = {};
              for (const field of entity.fields) {
                const input = form.elements.namedItem(field.name);
                if (field.type === "boolean") {
                  record[field.name] = input.checked;
                } else if (field.type === "number" || field.type === "money") {
                  record[field.name] = input.value === "" ? null : Number(input.value);
                } else {
                  record[field.name] = input.value.trim();
                }
              }
              return record;
            }

            function fillForm(form, entity, record) {
              for (const field of entity.fields) {
                const input = form.elements.namedItem(field.name);
                if (field.type === "boolean") {
                  input.checked = Boolean(record[field.name]);
                } else {
                  input.value = record[field.name] ?? "";
                }
              }
            }

            function matches(record, query) {
              const needle = query.trim().toLowerCase();
              return !needle || Object.entries(record).some(([key, value]) => key !== "id" && String(value ?? "").toLowerCase().includes(needle));
            }
            """;

    private HtmlDashboard() {}

    static String index(AppSpec spec, String description) {
        String main = Template.of(MAIN)
                .with("stats", spec.entities().stream().map(HtmlDashboard::stat).collect(Collectors.joining("\n")))
                .with("tabs", spec.entities().stream().map(HtmlDashboard::tab).collect(Collectors.joining("\n")))
                .with(
                        "panels",
                        spec.entities().stream().map(HtmlDashboard::panel).collect(Collectors.joining()))
                .render();
        return HtmlShell.appPage(spec, description, main);
    }

    static String script(AppSpec spec) {
        return VanillaScripts.storage(spec) + VanillaScripts.NEW_ID + VanillaScripts.BUTTON
                + VanillaScripts.FORMAT_DATE + VanillaScripts.theme(spec) + "\n"
                + Template.of(SCRIPT)
                        .with(
                                "entities",
                                spec.entities().stream()
                                        .map(HtmlDashboard::config)
                                        .collect(Collectors.joining("\n")))
                        .render()
                + HtmlDashboardScript.BEHAVIOUR + "\n" + VanillaScripts.themeCall(spec)
                + "setUpTabs();\nENTITIES.forEach(setUpEntity);\n";
    }

    private static String stat(Entity entity) {
        return "        <div class=\"stat\"><span class=\"stat-value\" id=\"count-" + entity.identifier()
                + "\">0</span><span class=\"stat-label\">" + entity.label() + "</span></div>";
    }

    private static String tab(Entity entity) {
        String key = entity.identifier();
        return "        <button type=\"button\" class=\"tab\" role=\"tab\" id=\"tab-" + key
                + "\" aria-controls=\"panel-" + key + "\" aria-selected=\"false\" data-tab=\"" + key + "\">"
                + entity.label() + "</button>";
    }

    private static String panel(Entity entity) {
        String key = entity.identifier();
        return Template.of(PANEL)
                .with("key", key)
                .with("article", entity.withArticle())
                .with("singular", entity.singular())
                .with("plural", entity.plural())
                .with("label", entity.label())
                .with("fields", HtmlFields.form(entity, key, "          "))
                .with("headings", HtmlFields.headings(entity, "                  "))
                .render();
    }

    private static String config(Entity entity) {
        return "  {\n"
                + "    key: " + Js.str(entity.identifier()) + ",\n"
                + "    singular: " + Js.str(entity.singular()) + ",\n"
                + "    article: " + Js.str(entity.withArticle()) + ",\n"
                + "    titleField: " + Js.str(entity.titleField().key()) + ",\n"
                + "    fields: [\n" + Js.schema(entity, "      ") + "\n    ],\n"
                + "    seed: [\n" + Js.rows(entity, "      ", true) + "\n    ],\n"
                + "  },";
    }
}
