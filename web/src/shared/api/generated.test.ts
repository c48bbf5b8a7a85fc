import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script without type declarations
import { generate, OUTPUT } from '../../../scripts/generateApi.mjs';

describe('generated API types', () => {
  it('are what the schema of the server’s event records gives (else run npm run generate:api)', async () => {
    const committed = await readFile(OUTPUT, 'utf8');
    expect(committed).toBe(await generate());
  });
});
