/** The content data store, read from its file when the pages first need it instead of compiled as one string literal. */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readAtRunTime } from '../../../src/integrations/data-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'data-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// What devalue writes for a Map of collections: the shape Astro's data store file has.
const STORE = JSON.stringify([['Map', 1], [2, 3], 'practices', ['Map', 4], 'est-x-road', { id: 5, body: 6 }, 'est-x-road', 'X-Road: "data" – Tallinn\n']);
let n = 0;
async function load(code: string): Promise<unknown> {
  const file = join(dir, `m${(n += 1)}.mjs`);
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

describe('readAtRunTime', () => {
  const file = join(dir, 'data-store.json');
  writeFileSync(file, STORE);
  const astro = `export default JSON.parse(${JSON.stringify(STORE)})`;

  it('gives a module whose value is the one Astro\'s inlined module gives', async () => {
    const code = readAtRunTime(astro, file)!;
    expect(code).not.toContain('Tallinn');
    expect(await load(code)).toEqual(await load(astro));
  });

  it('leaves any other shape of the module to Astro', () => {
    expect(readAtRunTime('export default new Map()', file)).toBeUndefined();
    expect(readAtRunTime(`export default{"practices":[(await import("x"))]}`, file)).toBeUndefined();
  });

  it('fails, naming the file, when the file changed after Astro read it', async () => {
    const code = readAtRunTime(astro, file)!;
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    await expect(load(code)).rejects.toThrow(/the content data store .*data-store\.json changed during the build/);
  });
});
