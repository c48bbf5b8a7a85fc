package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Entity;
import java.util.SequencedMap;

/** The Vue todo list: an add form, items to tick off, filters and "clear done". */
final class VueTodo {

    private static final String APP = """
            <script setup>
            import { computed, ref } from "vue";
            import { APP_NAME } from "./config.js";
            import { newId, useStoredRef } from "./storage.js";
            import { «identifier» as sampleItems } from "./data/seed.js";
            import «pascal»Form from "./components/«pascal»Form.vue";
            import «pascal»Item from "./components/«pascal»Item.vue";
            «themeImport»
            const FILTERS = [
              { id: "all", label: "All", test: () => true },
              { id: "active", label: "To do", test: (item) => !item.done },
              { id: "done", label: "Done", test: (item) => item.done },
            ];

            const items = useStoredRef(«storageKey», sampleItems);
            const filter = ref("all");
            const visible = computed(() => items.value.filter(FILTERS.find((candidate) => candidate.id === filter.value).test));
            const open = computed(() => items.value.filter((item) => !item.done).length);

            function add(title, dueDate) {
              items.value = [...items.value, { id: newId(), title, dueDate, done: false }];
            }

            function toggle(id) {
              items.value = items.value.map((item) => (item.id === id ? { ...item, done: !item.done } : item));
            }

            function remove(id) {
              items.value = items.value.filter((item) => item.id !== id);
            }

            function clearDone() {
              items.value = items.value.filter((item) => !item.done);
            }
            </script>

            <template>
            «header»
              <main class="container todo">
                <«pascal»Form @add="add" />
                <section class="card" aria-labelledby="list-title">
                  <div class="list-footer">
                    <h2 id="list-title">«label»</h2>
                    <div class="filters" role="group" aria-label="Show">
                      <button
                        v-for="option in FILTERS"
                        :key="option.id"
                        type="button"
                        class="btn btn-small"
                        :aria-pressed="String(filter === option.id)"
                        @click="filter = option.id"
                      >
                        {{ option.label }}
                      </button>
                    </div>
                  </div>
                  <p v-if="visible.length === 0" class="empty">Nothing to show here.</p>
                  <ul v-else class="todo-list">
                    <«pascal»Item v-for="item in visible" :key="item.id" :item="item" @toggle="toggle(item.id)" @remove="remove(item.id)" />
                  </ul>
                  <div class="list-footer">
                    <p class="muted" aria-live="polite">{{ open }} {{ open === 1 ? "«singular»" : "«plural»" }} to do</p>
                    <button type="button" class="btn btn-ghost btn-small" @click="clearDone">Clear done</button>
                  </div>
                </section>
              </main>
            «footer»
            </template>
            """;

    private static final String FORM = """
            <script setup>
            import { ref } from "vue";

            const emit = defineEmits(["add"]);
            const title = ref("");
            const dueDate = ref("");

            function submit() {
              if (!title.value.trim()) {
                return;
              }
              emit("add", title.value.trim(), dueDate.value || null);
              title.value = "";
              dueDate.value = "";
            }
            </script>

            <template>
              <form class="card add-form" @submit.prevent="submit">
                <label class="sr-only" for="new-title">New «singular»</label>
                <input id="new-title" v-model="title" type="text" placeholder="Add «article»" autocomplete="off" required />
                <label class="sr-only" for="new-due">Due date</label>
                <input id="new-due" v-model="dueDate" type="date" />
                <button class="btn btn-primary" type="submit">Add</button>
              </form>
            </template>
            """;

    private static final String ITEM = """
            <script setup>
            import { computed } from "vue";
            import { formatDate, toIsoDate } from "../dates.js";

            const props = defineProps({ item: { type: Object, required: true } });
            defineEmits(["toggle", "remove"]);
            const overdue = computed(() => !props.item.done && Boolean(props.item.dueDate) && props.item.dueDate < toIsoDate(new Date()));
            </script>

            <template>
              <li :class="item.done ? 'todo-item done' : 'todo-item'">
                <label>
                  <input type="checkbox" :checked="item.done" @change="$emit('toggle')" />
                  <span class="todo-title">{{ item.title }}</span>
                </label>
                <span v-if="item.dueDate" :class="overdue ? 'due overdue' : 'due'">
                  {{ overdue ? "Overdue" : "Due" }} {{ formatDate(item.dueDate) }}
                </span>
                <button type="button" class="btn btn-danger btn-small" :aria-label="`Delete ${item.title}`" @click="$emit('remove')">
                  Delete
                </button>
              </li>
            </template>
            """;

    private VueTodo() {}

    static void addFiles(AppSpec spec, SequencedMap<String, String> files) {
        Entity item = spec.primary();
        files.put(
                "src/App.vue",
                TodoParts.slots(APP, item)
                        .with("themeImport", VueProject.themeImport(spec))
                        .with("header", VueProject.header(spec))
                        .with("footer", VueProject.FOOTER)
                        .render());
        files.put("src/dates.js", TemplateTexts.get("shared/vite/dates.js"));
        files.put("src/data/seed.js", TodoParts.seedModule(item));
        files.put(
                "src/components/" + item.pascal() + "Form.vue",
                TodoParts.slots(FORM, item).render());
        files.put(
                "src/components/" + item.pascal() + "Item.vue",
                TodoParts.slots(ITEM, item).render());
    }
}
