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
