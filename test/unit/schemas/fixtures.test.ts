/** Every fixture under test/fixtures/valid parses; every one under invalid/ fails with the message it names. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEntry, formatProblem } from '../../../src/checks/content-check.ts';
import type { ModelName } from '../../../src/schemas/models.ts';
import { loadRefs } from '../../../src/content/refs.ts';

const refs = loadRefs('content');
const FIXTURES = 'test/fixtures';

function fixtures(kind: 'valid' | 'invalid') {
  return readdirSync(join(FIXTURES, kind)).flatMap((model) =>
    readdirSync(join(FIXTURES, kind, model)).map((f) => {
      const file = join(FIXTURES, kind, model, f);
      return { model: model as ModelName, name: `${model}/${f}`, file, text: readFileSync(file, 'utf8') };
    }),
  );
}

describe('valid fixtures', () => {
  it.each(fixtures('valid'))('$name parses', ({ model, file, text }) => {
    expect(checkEntry(model, file, text, refs).map(formatProblem)).toEqual([]);
  });
});

describe('invalid fixtures', () => {
  const all = fixtures('invalid');
  it('there are at least 20, each naming the message it expects', () => {
    expect(all.length).toBeGreaterThanOrEqual(20);
    for (const f of all) expect(f.text, f.name).toMatch(/# expect: .+/);
  });
  it.each(all)('$name fails with the expected message', ({ model, file, text }) => {
    const expected = /# expect: (.+)/.exec(text)![1]!;
    const messages = checkEntry(model, file, text, refs).map(formatProblem);
    expect(messages.length, 'the fixture was accepted').toBeGreaterThan(0);
    expect(messages.join('\n')).toContain(expected);
    expect(messages.every((m) => m.startsWith(file)), 'every message names the file').toBe(true);
  });
});
