// A node:test reporter that prints one JSON line per test result and per line a test file writes,
// each with the test file it comes from ({target, ok, output} or {target, log}), so that one
// `node --test` run over many generated projects' test files still says which project failed and
// why. Each test file still runs in its own process, as in the project's own `npm test`.
// Usage: node --test --test-reporter=./test-reporter.mjs a/test/api.test.js b/test/api.test.js
export default async function* reporter(source) {
  for await (const { type, data } of source) {
    if ((type === "test:pass" || type === "test:fail") && data.details?.type !== "suite") {
      const error = data.details?.error;
      yield JSON.stringify({
        target: data.file,
        ok: type === "test:pass",
        output: type === "test:fail" ? `${data.name}: ${error?.cause?.stack ?? error?.stack ?? error}` : "",
      }) + "\n";
    } else if (type === "test:stdout" || type === "test:stderr") {
      yield JSON.stringify({ target: data.file, log: data.message }) + "\n";
    }
  }
}
