package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.Entity;

/** One entity's panel in the Vue dashboard: an add/edit form and a searchable table. */
final class VuePanel {

    private static final String TEMPLATE = """
            <script setup>
            import { computed, reactive, ref } from "vue";
            import { formatValue, matches, toDraft, toNumber } from "../fields.js";
            import { newId } from "../storage.js";

            const EMPTY = «empty»;

            const items = defineModel("items", { type: Array, required: true });
            const draft = reactive({ ...EMPTY });
            const editingId = ref(null);
            const query = ref("");
            const visible = computed(() => items.value.filter((item) => matches(item, query.value)));

            function reset() {
              Object.assign(draft, EMPTY);
              editingId.value = null;
            }

            function submit() {
              const record = {
            «record»
              };
              const id = editingId.value;
              items.value = id
                ? items.value.map((item) => (item.id === id ? { id, ...record } : item))
                : [...items.value, { id: newId(), ...record }];
              reset();
            }

            function edit(item) {
              editingId.value = item.id;
              Object.assign(draft, toDraft(item, EMPTY));
            }

            function remove(item) {
              if (confirm(`Delete ${item.«titleKey»}?`)) {
                items.value = items.value.filter((other) => other.id !== item.id);
                if (editingId.value === item.id) {
                  reset();
                }
              }
            }
            </script>

            <template>
              <section id="panel-«key»" class="panel" role="tabpanel" aria-labelledby="tab-«key»">
                <form class="card form-grid" @submit.prevent="submit">
                  <h2>{{ editingId ? "Edit «singular»" : "Add «article»" }}</h2>
            «inputs»
                  <div class="form-actions">
                    <button class="btn btn-primary" type="submit">{{ editingId ? "Save «singular»" : "Add «singular»" }}</button>
                    <button v-if="editingId" class="btn btn-ghost" type="button" @click="reset">Cancel</button>
                  </div>
                </form>
                <div class="card">
                  <div class="table-toolbar">
                    <h2>«label»</h2>
                    <label class="sr-only" for="«key»-search">Search «plural»</label>
                    <input id="«key»-search" v-model="query" type="search" placeholder="Search «plural»" />
                  </div>
                  <p v-if="visible.length === 0" class="empty">
                    {{ items.length === 0 ? "No «plural» yet. Add the first one with the form above." : "No «plural» match your search." }}
                  </p>
                  <div v-else class="table-wrap">
                    <table>
                      <thead>
                        <tr>
            «headings»
                          <th scope="col"><span class="sr-only">Actions</span></th>
                        </tr>
                      </thead>
                      <tbody>
                        <tr v-for="item in visible" :key="item.id">
            «cells»
                          <td class="row-actions">
                            <button type="button" class="btn btn-ghost btn-small" :aria-label="`Edit ${item.«titleKey»}`" @click="edit(item)">Edit</button>
                            <button type="button" class="btn btn-danger btn-small" :aria-label="`Delete ${item.«titleKey»}`" @click="remove(item)">Delete</button>
                          </td>
                        </tr>
                      </tbody>
                    </table>
                  </div>
                </div>
              </section>
            </template>
            """;

    private VuePanel() {}

    static String render(Entity entity) {
        return Template.of(TEMPLATE)
                .with("empty", ReactFields.emptyDraft(entity))
                .with("record", VueFields.record(entity, "    "))
                .with("titleKey", entity.titleField().key())
                .with("key", entity.identifier())
                .with("singular", entity.singular())
                .with("article", entity.withArticle())
                .with("label", entity.label())
                .with("plural", entity.plural())
                .with("inputs", VueFields.inputs(entity, 6))
                .with("headings", HtmlFields.headings(entity, " ".repeat(14)))
                .with("cells", VueFields.cells(entity, 12))
                .render();
    }
}
