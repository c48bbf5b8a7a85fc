package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Archetype;
import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Field;
import io.vectort.generation.starter.spec.FieldType;
import io.vectort.generation.starter.spec.Naming;
import java.util.Locale;
import java.util.Optional;

/** The generated API tests: node:test against the real app on a free port, no extra packages. */
final class ExpressTests {

    private static final String HEADER = """
            import { after, before, describe, test } from "node:test";
            import assert from "node:assert/strict";
            import { once } from "node:events";
            import { createApp } from "../src/app.js";

            let server;
            let baseUrl;

            before(async () => {
              server = createApp().listen(0, "127.0.0.1");
              await once(server, "listening");
              baseUrl = `http://127.0.0.1:${server.address().port}`;
            });

            after(async () => {
              server.closeAllConnections();
              server.close();
              await once(server, "close");
            });

            async function request(method, path, body) {
              const response = await fetch(baseUrl + path, {
                method,
                headers: body === undefined ? {} : { "content-type": "application/json" },
                body: body === undefined ? undefined : JSON.stringify(body),
              });
              const text = await response.text();
              return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
            }

            test("GET /health answers ok", async () => {
              const { status, body } = await request("GET", "/health");
              assert.equal(status, 200);
              assert.deepEqual(body, { status: "ok" });
            });

            test("unknown routes answer 404 with a JSON error", async () => {
              const { status, body } = await request("GET", "/api/no-such-thing");
              assert.equal(status, 404);
              assert.equal(body.error, "not_found");
            });

            test("a body that is not JSON answers 400", async () => {
              const response = await fetch(`${baseUrl}/api/«firstPlural»`, {
                method: "POST",
                headers: { "content-type": "application/json" },
                body: "{ not json",
              });
              assert.equal(response.status, 400);
              assert.equal((await response.json()).error, "invalid_json");
            });
            """;

    private static final String LANDING = """

            test("serves the landing page", async () => {
              const response = await fetch(`${baseUrl}/`);
              assert.equal(response.status, 200);
              assert.match(response.headers.get("content-type"), /text\\/html/);
              assert.ok((await response.text()).includes(«htmlName»));
            });
            """;

    private static final String ENTITY = """

            describe("/api/«plural»", () => {
              const valid = «valid»;

              test("lists the sample «plural»", async () => {
                const { status, body } = await request("GET", "/api/«plural»");
                assert.equal(status, 200);
                assert.equal(body.length, 3);
                assert.equal(body[0].«titleKey», «firstTitle»);
              });

              test("creates, reads, changes, replaces and deletes «article»", async () => {
                const created = await request("POST", "/api/«plural»", valid);
                assert.equal(created.status, 201);
                assert.equal(created.headers.get("location"), `/api/«plural»/${created.body.id}`);
                assert.equal(created.body.«titleKey», valid.«titleKey»);

                const read = await request("GET", `/api/«plural»/${created.body.id}`);
                assert.equal(read.status, 200);
                assert.deepEqual(read.body, created.body);

                const changed = await request("PATCH", `/api/«plural»/${created.body.id}`, { «titleKey»: "Changed" });
                assert.equal(changed.status, 200);
                assert.equal(changed.body.«titleKey», "Changed");

                const replaced = await request("PUT", `/api/«plural»/${created.body.id}`, valid);
                assert.equal(replaced.status, 200);
                assert.deepEqual(replaced.body, created.body);

                const deleted = await request("DELETE", `/api/«plural»/${created.body.id}`);
                assert.equal(deleted.status, 204);

                const gone = await request("GET", `/api/«plural»/${created.body.id}`);
                assert.equal(gone.status, 404);
                assert.equal(gone.body.error, "not_found");
              });

              test("rejects «article» without «titleLabel»", async () => {
                const { status, body } = await request("POST", "/api/«plural»", { ...valid, «titleKey»: "" });
                assert.equal(status, 400);
                assert.equal(body.error, "validation_failed");
                assert.deepEqual(body.fields.map((problem) => problem.field), [«titleKeyString»]);
              });
            «typeTest»
              test("answers 404 for «plural» that do not exist", async () => {
                for (const method of ["GET", "PUT", "PATCH", "DELETE"]) {
                  const { status, body } = await request(method, "/api/«plural»/999999", method.startsWith("P") ? valid : undefined);
                  assert.equal(status, 404, method);
                  assert.equal(body.error, "not_found");
                }
              });
            });
            """;

    private static final String TYPE_TEST = """

              test("rejects «label» that is not «kind»", async () => {
                const { status, body } = await request("POST", "/api/«plural»", { ...valid, «key»: "not valid" });
                assert.equal(status, 400);
                assert.deepEqual(body.fields.map((problem) => problem.field), [«keyString»]);
              });
            """;

    private ExpressTests() {}

    static String render(AppSpec spec) {
        StringBuilder out = new StringBuilder(
                Template.of(HEADER).with("firstPlural", spec.primary().plural()).render());
        if (spec.archetype() == Archetype.LANDING) {
            out.append(Template.of(LANDING)
                    .with("htmlName", Js.str(Html.escape(spec.name())))
                    .render());
        }
        for (Entity entity : spec.entities()) {
            out.append(entityTests(entity));
        }
        return out.toString();
    }

    private static String entityTests(Entity entity) {
        Field title = entity.titleField();
        return Template.of(ENTITY)
                .with("plural", entity.plural())
                .with("article", entity.withArticle())
                .with("valid", Js.row(entity, 0, ""))
                .with("titleKey", title.key())
                .with("titleKeyString", Js.str(title.key()))
                .with("titleLabel", title.label().toLowerCase(Locale.ROOT))
                .with("firstTitle", Js.sample(title, 0))
                .with(
                        "typeTest",
                        typedField(entity).map(f -> typeTest(entity, f)).orElse(""))
                .render();
    }

    /** The first field whose type a plain string cannot satisfy, to test type validation on. */
    private static Optional<Field> typedField(Entity entity) {
        return entity.fields().stream()
                .filter(f -> f.type() != FieldType.TEXT && f.type() != FieldType.LONGTEXT)
                .findFirst();
    }

    private static String typeTest(Entity entity, Field field) {
        String kind = switch (field.type()) {
            case NUMBER -> "a number";
            case MONEY -> "an amount";
            case DATE -> "a date";
            case BOOLEAN -> "true or false";
            case EMAIL -> "an e-mail address";
            case URL -> "a URL";
            case TEXT, LONGTEXT -> "text";
        };
        return Template.of(TYPE_TEST)
                .with("label", Naming.withArticle(field.label().toLowerCase(Locale.ROOT)))
                .with("kind", kind)
                .with("plural", entity.plural())
                .with("key", field.key())
                .with("keyString", Js.str(field.key()))
                .render();
    }
}
