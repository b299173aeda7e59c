/** The safe-MDX gate on every bad-content fixture, on all real content, and on its own rules. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMdx, isCommentOnly } from '../../../src/checks/mdx-gate.ts';
import { unsafeUrlProblem } from '../../../src/schemas/mdx-props.ts';

const INVALID = 'test/fixtures/invalid';

/** Every MDX fixture whose body the gate must refuse (named mdx-*), with the line and message it expects. */
const fixtures = readdirSync(INVALID).flatMap((model) =>
  readdirSync(join(INVALID, model))
    .filter((f) => f.startsWith('mdx-'))
    .map((f) => {
      const text = readFileSync(join(INVALID, model, f), 'utf8');
      const [, line, message] = /# expect: [\w.-]+\.mdx:(\d+): (.+)/.exec(text) ?? [];
      return { name: `${model}/${f}`, text, line: Number(line), message: message ?? '' };
    }),
);

describe('bad-content fixtures', () => {
  it('there are at least 20, each naming the line and message it expects', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
    for (const f of fixtures) expect(f.message, `${f.name} has no "# expect: <file>:<line>: <message>"`).not.toBe('');
  });

  it.each(fixtures)('$name is refused at its line, with its fix', ({ text, line, message }) => {
    const problems = checkMdx(text, { mediaExists: (name) => name === 'x-road-map.png' });
    expect(problems.length, 'the gate accepted it').toBeGreaterThan(0);
    expect(problems.map((p) => `${p.line}: ${p.message}`).join('\n')).toContain(`${line}: ${message}`);
  });
});

describe('content that must pass', () => {
  const real = ['content/practices', 'content/statements', 'content/reviews'].flatMap((dir) =>
    readdirSync(dir).map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(dir, f), 'utf8') })),
  );
  it.each(real)('$name passes', ({ text }) => {
    expect(checkMdx(text)).toEqual([]);
  });

  it('the valid fixture with every component, a comment, escapes and an upload passes', () => {
    const text = readFileSync('test/fixtures/valid/practices/mdx-components.mdx', 'utf8');
    expect(checkMdx(text, { mediaExists: (name) => name === 'x-road-map.png' })).toEqual([]);
  });

  it('refuses the same valid fixture when its upload is missing, naming the file', () => {
    const text = readFileSync('test/fixtures/valid/practices/mdx-components.mdx', 'utf8');
    const messages = checkMdx(text, { mediaExists: () => false }).map((p) => p.message);
    expect(messages).toContain('prop "src" of <Figure> names /media/x-road-map.png, which does not exist: upload it under Media, or fix the file name');
    expect(messages).toContain('image "/media/x-road-map.png" does not exist: upload it under Media, or fix the file name');
  });
});

describe('the gate parses and never evaluates', () => {
  it('leaves no trace of code it refused', () => {
    const g = globalThis as { __gateCanary?: number };
    const text = 'export const x = (globalThis.__gateCanary = 1)\n\n{globalThis.__gateCanary = 2}\n\n<Callout type={globalThis.__gateCanary = 3}>x</Callout>\n';
    expect(checkMdx(text)).toHaveLength(3);
    expect(g.__gateCanary).toBeUndefined();
  });
});

describe('comments', () => {
  it.each([
    ['/* a note */', true],
    ['  /* one */ /* two */\n', true],
    ['/* a */ process.exit(1)', false],
    ['// a line comment', false],
    ['/* never closed', false],
    ['process.exit(1) /* x */', false],
  ])('%j is comment-only: %s', (source, expected) => {
    expect(isCommentOnly(source)).toBe(expected);
  });
});

describe('addresses', () => {
  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'java\tscript:alert(1)', ' javascript:x', 'vbscript:x'])('%j runs code and is refused', (url) => {
    expect(unsafeUrlProblem(url)).toMatch(/runs code in the reader's browser/);
  });
  it.each(['data:text/html,x', 'file:///etc/passwd'])('%j is not a web address and is refused', (url) => {
    expect(unsafeUrlProblem(url)).toMatch(/only https:\/\/, mailto: and addresses within the site/);
  });
  it.each([
    ['//evil.example/path', /starts with \/\/, so it points at another site/],
    ['/\\evil.example/path', /starts with \/\/, so it points at another site/],
    ['http://example.org', /uses http:\/\/, which is not encrypted/],
    ['https:evil.example', /is not a full address/],
    ['../x', /is a relative address/],
    ['page?x=1:2', /is a relative address/],
  ])('%j is refused', (url, message) => {
    expect(unsafeUrlProblem(url)).toMatch(message);
  });
  it.each(['https://www.oecd.org/', 'mailto:a@b.org', '/practices/', '#outcomes'])('%j is allowed', (url) => {
    expect(unsafeUrlProblem(url)).toBeUndefined();
  });
});
