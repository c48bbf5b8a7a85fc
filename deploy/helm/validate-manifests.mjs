// Validates rendered Kubernetes manifests (multi-document YAML on stdin) against the Kubernetes
// OpenAPI schemas compiled into the npm package kubernetes-models: types, enums, formats and
// required fields, like kubeconform without -strict (unknown fields are not reported).
// Usage: node validate-manifests.mjs < manifests.yaml   (NODE_PATH pointing at node_modules)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// ES modules ignore NODE_PATH, so resolve the packages' files from it by hand.
const modules = process.env.NODE_PATH || join(process.cwd(), 'node_modules');
const load = (path) => import(pathToFileURL(join(modules, path)).href);
const { parseAllDocuments } = await load('yaml/dist/index.js');

const text = readFileSync(0, 'utf8');
let failures = 0;
let checked = 0;
for (const document of parseAllDocuments(text)) {
  if (document.errors.length) {
    console.error(`YAML error: ${document.errors.map((e) => e.message).join('; ')}`);
    failures++;
    continue;
  }
  const manifest = document.toJS();
  if (!manifest) continue;
  const { apiVersion, kind } = manifest;
  const group = apiVersion.includes('/') ? apiVersion : `v1`;
  let models;
  try {
    models = await load(`kubernetes-models/${group}/index.js`);
  } catch {
    console.error(`${kind} ${apiVersion}: no schema for this API version`);
    failures++;
    continue;
  }
  const Model = models[kind];
  if (!Model) {
    console.error(`${kind} ${apiVersion}: unknown kind`);
    failures++;
    continue;
  }
  try {
    new Model(manifest).validate();
    checked++;
    console.log(`ok   ${apiVersion} ${kind} ${manifest.metadata?.name}`);
  } catch (error) {
    failures++;
    console.error(`FAIL ${apiVersion} ${kind} ${manifest.metadata?.name}: ${error.message}`);
  }
}
console.log(`${checked} valid, ${failures} invalid`);
process.exit(failures ? 1 : 0);
