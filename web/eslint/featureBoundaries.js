import path from 'node:path';

/**
 * Features do not import each other: `src/features/a/**` may import its own files and
 * `src/shared/**`, never `src/features/b/**`. What two features need lives in `src/shared/`, so a
 * feature can be changed (or removed) without breaking another; and `src/shared/` imports no
 * feature at all. The import is resolved against the importing file, so `../b/X` and
 * `../../features/b/X` are caught alike at any depth. Only `src/app/` (the router that puts the
 * features together) and test helpers may import any feature.
 */
const FEATURES = `${path.sep}src${path.sep}features${path.sep}`;
const SHARED = `${path.sep}src${path.sep}shared${path.sep}`;

function featureOf(file) {
  const at = file.lastIndexOf(FEATURES);
  if (at < 0) return null;
  return file.slice(at + FEATURES.length).split(path.sep)[0];
}

const noCrossFeatureImports = {
  meta: {
    type: 'problem',
    docs: { description: 'A feature imports only itself and src/shared, never another feature.' },
    messages: {
      crossFeature: "'{{importer}}' must not import from feature '{{imported}}': move what both need to src/shared/.",
      sharedImportsFeature: "src/shared must not import from feature '{{imported}}': shared code serves every feature.",
    },
    schema: [],
  },
  create(context) {
    const importer = featureOf(context.filename);
    const inShared = context.filename.includes(SHARED);
    if (!importer && !inShared) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const imported = featureOf(path.resolve(path.dirname(context.filename), source));
      if (!imported || imported === importer) return;
      if (inShared) context.report({ node: node.source, messageId: 'sharedImportsFeature', data: { imported } });
      else context.report({ node: node.source, messageId: 'crossFeature', data: { importer, imported } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export const featureBoundaries = { rules: { 'no-cross-feature-imports': noCrossFeatureImports } };
