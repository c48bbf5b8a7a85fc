package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Entity;

/** The plain-HTML todo list: add with an optional due date, tick off, filter, delete, clear done. */
final class HtmlTodo {

    private static final String MAIN = """
                <main class="container todo">
                  <form class="card add-form" id="add-form">
                    <label class="sr-only" for="new-title">New «singular»</label>
                    <input id="new-title" name="title" type="text" placeholder="Add «article»" autocomplete="off" required />
                    <label class="sr-only" for="new-due">Due date</label>
                    <input id="new-due" name="dueDate" type="date" />
                    <button class="btn btn-primary" type="submit">Add</button>
                  </form>
                  <section class="card" aria-labelledby="list-title">
                    <div class="list-footer">
                      <h2 id="list-title">«label»</h2>
                      <div class="filters" role="group" aria-label="Show">
                        <button type="button" class="btn btn-small" data-filter="all" aria-pressed="true">All</button>
                        <button type="button" class="btn btn-small" data-filter="active" aria-pressed="false">To do</button>
                        <button type="button" class="btn btn-small" data-filter="done" aria-pressed="false">Done</button>
                      </div>
                    </div>
                    <ul class="todo-list" id="todo-items"></ul>
                    <p class="empty" id="empty" hidden>Nothing to show here.</p>
                    <div class="list-footer">
                      <p class="muted" id="remaining" aria-live="polite"></p>
                      <button type="button" class="btn btn-ghost btn-small" id="clear-done">Clear done</button>
                    </div>
                  </section>
                </main>
            """;

    private static final String SCRIPT = """

            const NOUN = { one: «one», many: «many» };
            const SEED = [
            «seed»
            ];
            const FILTERS = {
              all: () => true,
              active: (item) => !item.done,
              done: (item) => item.done,
            };

            const form = document.getElementById("add-form");
            const list = document.getElementById("todo-items");
            const empty = document.getElementById("empty");
            const remaining = document.getElementById("remaining");
            const filterButtons = [...document.querySelectorAll("[data-filter]")];
            let items = load(«storageKey», SEED);
            let filter = "all";

            function persist() {
              save(«storageKey», items);
              render();
            }

            function render() {
              const visible = items.filter(FILTERS[filter]);
              list.replaceChildren(...visible.map(renderItem));
              empty.hidden = visible.length > 0;
              const open = items.filter((item) => !item.done).length;
              remaining.textContent = `${open} ${open === 1 ? NOUN.one : NOUN.many} to do`;
              for (const filterButton of filterButtons) {
                filterButton.setAttribute("aria-pressed", String(filterButton.dataset.filter === filter));
              }
            }

            function renderItem(item) {
              const li = document.createElement("li");
              li.className = item.done ? "todo-item done" : "todo-item";
              const label = document.createElement("label");
              const checkbox = document.createElement("input");
              checkbox.type = "checkbox";
              checkbox.checked = item.done;
              checkbox.addEventListener("change", () => {
                items = items.map((other) => (other.id === item.id ? { ...other, done: checkbox.checked } : other));
                persist();
              });
              const title = document.createElement("span");
              title.className = "todo-title";
              title.textContent = item.title;
              label.append(checkbox, title);
              li.append(label);
              if (item.dueDate) {
                const overdue = !item.done && item.dueDate < toIsoDate(new Date());
                const due = document.createElement("span");
                due.className = overdue ? "due overdue" : "due";
                due.textContent = `${overdue ? "Overdue" : "Due"} ${formatDate(item.dueDate)}`;
                li.append(due);
              }
              li.append(
                button("Delete", "btn btn-danger btn-small", `Delete ${item.title}`, () => {
                  items = items.filter((other) => other.id !== item.id);
                  persist();
                }),
              );
              return li;
            }

            form.addEventListener("submit", (event) => {
              event.preventDefault();
              const title = form.elements.namedItem("title").value.trim();
              if (!title) {
                return;
              }
              const dueDate = form.elements.namedItem("dueDate").value || null;
              items = [...items, { id: newId(), title, dueDate, done: false }];
              form.reset();
              persist();
            });

            for (const filterButton of filterButtons) {
              filterButton.addEventListener("click", () => {
                filter = filterButton.dataset.filter;
                render();
              });
            }

            document.getElementById("clear-done").addEventListener("click", () => {
              items = items.filter((item) => !item.done);
              persist();
            });

            «themeCall»render();
            """;

    private HtmlTodo() {}

    static String index(AppSpec spec, String description) {
        Entity item = spec.primary();
        String main = Template.of(MAIN)
                .with("singular", item.singular())
                .with("article", item.withArticle())
                .with("label", item.label())
                .render();
        return HtmlShell.appPage(spec, description, main);
    }

    static String script(AppSpec spec) {
        Entity item = spec.primary();
        return VanillaScripts.storage(spec)
                + VanillaScripts.NEW_ID
                + VanillaScripts.BUTTON
                + VanillaScripts.FORMAT_DATE
                + TemplateTexts.get(TodoParts.DATES)
                + VanillaScripts.theme(spec)
                + Template.of(SCRIPT)
                        .with("one", Js.str(item.singular()))
                        .with("many", Js.str(item.plural()))
                        .with("seed", TodoParts.rows(item, "  "))
                        .with("storageKey", Js.str(item.identifier()))
                        .with("themeCall", VanillaScripts.themeCall(spec))
                        .render();
    }
}
