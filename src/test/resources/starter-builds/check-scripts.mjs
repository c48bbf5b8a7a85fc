// Parses the scripts of many generated HTML projects in one Node process, as `node --check` would
// parse each as a classic script. Usage: node check-scripts.mjs files.txt (one path per line).
// Prints one JSON line per file: {target, ok, output}.
import { readFileSync } from "node:fs";
import vm from "node:vm";

const files = readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean);
for (const file of files) {
  const result = { target: file, ok: true, output: "" };
  try {
    new vm.Script(readFileSync(file, "utf8"), { filename: file });
  } catch (error) {
    result.ok = false;
    result.output = error.stack || String(error);
  }
  console.log(JSON.stringify(result));
}
