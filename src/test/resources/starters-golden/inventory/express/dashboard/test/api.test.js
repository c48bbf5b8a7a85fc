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
  const response = await fetch(`${baseUrl}/api/parts`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{ not json",
  });
  assert.equal(response.status, 400);
  assert.equal((await response.json()).error, "invalid_json");
});

describe("/api/parts", () => {
  const valid = { name: "Chain", sku: "CH-11S", price: 29.99, quantity: 12 };

  test("lists the sample parts", async () => {
    const { status, body } = await request("GET", "/api/parts");
    assert.equal(status, 200);
    assert.equal(body.length, 3);
    assert.equal(body[0].name, "Chain");
  });

  test("creates, reads, changes, replaces and deletes a part", async () => {
    const created = await request("POST", "/api/parts", valid);
    assert.equal(created.status, 201);
    assert.equal(created.headers.get("location"), `/api/parts/${created.body.id}`);
    assert.equal(created.body.name, valid.name);

    const read = await request("GET", `/api/parts/${created.body.id}`);
    assert.equal(read.status, 200);
    assert.deepEqual(read.body, created.body);

    const changed = await request("PATCH", `/api/parts/${created.body.id}`, { name: "Changed" });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.name, "Changed");

    const replaced = await request("PUT", `/api/parts/${created.body.id}`, valid);
    assert.equal(replaced.status, 200);
    assert.deepEqual(replaced.body, created.body);

    const deleted = await request("DELETE", `/api/parts/${created.body.id}`);
    assert.equal(deleted.status, 204);

    const gone = await request("GET", `/api/parts/${created.body.id}`);
    assert.equal(gone.status, 404);
    assert.equal(gone.body.error, "not_found");
  });

  test("rejects a part without name", async () => {
    const { status, body } = await request("POST", "/api/parts", { ...valid, name: "" });
    assert.equal(status, 400);
    assert.equal(body.error, "validation_failed");
    assert.deepEqual(body.fields.map((problem) => problem.field), ["name"]);
  });

  test("rejects a price that is not an amount", async () => {
    const { status, body } = await request("POST", "/api/parts", { ...valid, price: "not valid" });
    assert.equal(status, 400);
    assert.deepEqual(body.fields.map((problem) => problem.field), ["price"]);
  });

  test("answers 404 for parts that do not exist", async () => {
    for (const method of ["GET", "PUT", "PATCH", "DELETE"]) {
      const { status, body } = await request(method, "/api/parts/999999", method.startsWith("P") ? valid : undefined);
      assert.equal(status, 404, method);
      assert.equal(body.error, "not_found");
    }
  });
});

describe("/api/suppliers", () => {
  const valid = { name: "Northwind Parts", email: "orders@northwind.example", phone: "+1 555 0100" };

  test("lists the sample suppliers", async () => {
    const { status, body } = await request("GET", "/api/suppliers");
    assert.equal(status, 200);
    assert.equal(body.length, 3);
    assert.equal(body[0].name, "Northwind Parts");
  });

  test("creates, reads, changes, replaces and deletes a supplier", async () => {
    const created = await request("POST", "/api/suppliers", valid);
    assert.equal(created.status, 201);
    assert.equal(created.headers.get("location"), `/api/suppliers/${created.body.id}`);
    assert.equal(created.body.name, valid.name);

    const read = await request("GET", `/api/suppliers/${created.body.id}`);
    assert.equal(read.status, 200);
    assert.deepEqual(read.body, created.body);

    const changed = await request("PATCH", `/api/suppliers/${created.body.id}`, { name: "Changed" });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.name, "Changed");

    const replaced = await request("PUT", `/api/suppliers/${created.body.id}`, valid);
    assert.equal(replaced.status, 200);
    assert.deepEqual(replaced.body, created.body);

    const deleted = await request("DELETE", `/api/suppliers/${created.body.id}`);
    assert.equal(deleted.status, 204);

    const gone = await request("GET", `/api/suppliers/${created.body.id}`);
    assert.equal(gone.status, 404);
    assert.equal(gone.body.error, "not_found");
  });

  test("rejects a supplier without name", async () => {
    const { status, body } = await request("POST", "/api/suppliers", { ...valid, name: "" });
    assert.equal(status, 400);
    assert.equal(body.error, "validation_failed");
    assert.deepEqual(body.fields.map((problem) => problem.field), ["name"]);
  });

  test("rejects an email that is not an e-mail address", async () => {
    const { status, body } = await request("POST", "/api/suppliers", { ...valid, email: "not valid" });
    assert.equal(status, 400);
    assert.deepEqual(body.fields.map((problem) => problem.field), ["email"]);
  });

  test("answers 404 for suppliers that do not exist", async () => {
    for (const method of ["GET", "PUT", "PATCH", "DELETE"]) {
      const { status, body } = await request(method, "/api/suppliers/999999", method.startsWith("P") ? valid : undefined);
      assert.equal(status, 404, method);
      assert.equal(body.error, "not_found");
    }
  });
});
