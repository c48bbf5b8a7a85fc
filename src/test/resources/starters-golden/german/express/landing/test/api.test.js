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
  const response = await fetch(`${baseUrl}/api/signups`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{ not json",
  });
  assert.equal(response.status, 400);
  assert.equal((await response.json()).error, "invalid_json");
});

test("serves the landing page", async () => {
  const response = await fetch(`${baseUrl}/`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get("content-type"), /text\/html/);
  assert.ok((await response.text()).includes("Physiotherapie-Praxis"));
});

describe("/api/signups", () => {
  const valid = { name: "Ada Lovelace", email: "ada@example.com" };

  test("lists the sample signups", async () => {
    const { status, body } = await request("GET", "/api/signups");
    assert.equal(status, 200);
    assert.equal(body.length, 3);
    assert.equal(body[0].name, "Ada Lovelace");
  });

  test("creates, reads, changes, replaces and deletes a signup", async () => {
    const created = await request("POST", "/api/signups", valid);
    assert.equal(created.status, 201);
    assert.equal(created.headers.get("location"), `/api/signups/${created.body.id}`);
    assert.equal(created.body.name, valid.name);

    const read = await request("GET", `/api/signups/${created.body.id}`);
    assert.equal(read.status, 200);
    assert.deepEqual(read.body, created.body);

    const changed = await request("PATCH", `/api/signups/${created.body.id}`, { name: "Changed" });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.name, "Changed");

    const replaced = await request("PUT", `/api/signups/${created.body.id}`, valid);
    assert.equal(replaced.status, 200);
    assert.deepEqual(replaced.body, created.body);

    const deleted = await request("DELETE", `/api/signups/${created.body.id}`);
    assert.equal(deleted.status, 204);

    const gone = await request("GET", `/api/signups/${created.body.id}`);
    assert.equal(gone.status, 404);
    assert.equal(gone.body.error, "not_found");
  });

  test("rejects a signup without name", async () => {
    const { status, body } = await request("POST", "/api/signups", { ...valid, name: "" });
    assert.equal(status, 400);
    assert.equal(body.error, "validation_failed");
    assert.deepEqual(body.fields.map((problem) => problem.field), ["name"]);
  });

  test("rejects an e-mail that is not an e-mail address", async () => {
    const { status, body } = await request("POST", "/api/signups", { ...valid, email: "not valid" });
    assert.equal(status, 400);
    assert.deepEqual(body.fields.map((problem) => problem.field), ["email"]);
  });

  test("answers 404 for signups that do not exist", async () => {
    for (const method of ["GET", "PUT", "PATCH", "DELETE"]) {
      const { status, body } = await request(method, "/api/signups/999999", method.startsWith("P") ? valid : undefined);
      assert.equal(status, 404, method);
      assert.equal(body.error, "not_found");
    }
  });
});
