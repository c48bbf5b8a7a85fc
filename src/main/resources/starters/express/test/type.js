
  test("rejects «label» that is not «kind»", async () => {
    const { status, body } = await request("POST", "/api/«plural»", { ...valid, «key»: "not valid" });
    assert.equal(status, 400);
    assert.deepEqual(body.fields.map((problem) => problem.field), [«keyString»]);
  });
