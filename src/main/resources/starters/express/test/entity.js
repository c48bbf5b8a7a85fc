
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
