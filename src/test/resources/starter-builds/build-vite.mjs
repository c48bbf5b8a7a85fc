// Builds many generated Vite projects in one Node process, the way `npm run build` (vite build)
// builds each: one process start and one warm module cache instead of one per project.
// Usage: node build-vite.mjs roots.txt   (one project root per line; run from the folder whose
// node_modules holds vite). Prints one JSON line per project: {target, ok, output}.
import { build } from "vite";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const roots = readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean);
for (const root of roots) {
  const result = { target: root, ok: false, output: "" };
  try {
    await build({ root, logLevel: "silent", configFile: join(root, "vite.config.js") });
    const html = readFileSync(join(root, "dist", "index.html"), "utf8");
    const script = /<script type="module"[^>]*src="\.\/(assets\/[^"]+\.js)"/.exec(html);
    if (!script) {
      result.output = "dist/index.html references no built script:\n" + html;
    } else if (!existsSync(join(root, "dist", script[1]))) {
      result.output = "dist/index.html references a missing script: " + script[1];
    } else {
      result.ok = true;
    }
  } catch (error) {
    const where = error.id ? `${error.id}${error.loc ? `:${error.loc.line}:${error.loc.column}` : ""}\n` : "";
    result.output = where + (error.frame ? error.frame + "\n" : "") + (error.stack || String(error));
  }
  console.log(JSON.stringify(result));
}
