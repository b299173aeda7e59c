/**
 * Generated input: random frontmatter and MDX (seeded, bounded, reproducible) fed to the content check of every
 * folder model. The check never throws: it accepts the entry or reports problems, each naming the file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../../src/checks/content-check.ts';
import { loadRefs } from '../../../src/content/refs.ts';

const refs = loadRefs('content');
const SEED = 20261201;

/** Pieces that MDX and YAML treat specially, so generated text often hits the parsers' edges. */
const PIECES = ['>', '- ', '* ', '1. ', '<Callout type="note">', '</Callout>', '<Quote', '/>', '{', '}', '{/* c */}', '[x](', ')', '//evil.example', 'javascript:', 'https://a.example/', '`', '```', '#', '\n', '\r\n', '\t', ':', '"', "'", '---', '\ufeff', '\u0000', 'é', '=HYPERLINK(', 'import x from "y"', 'export const a = 1', '<script>', '![i](/media/a.png)', '    '];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 40 }).map((a) => a.join(''));

/** A value of any YAML shape a field might hold. */
const yamlValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.string({ maxLength: 20 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 3 })),
})).value;

const FIELDS = ['title', 'country', 'organisation', 'startYear', 'status', 'principles', 'dimensions', 'summary', 'links', 'meeting', 'date', 'year', 'reviewers', 'practice', 'commitments'];
const frontmatter = fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 8 })), yamlValue, { maxKeys: 8 });

/** Frontmatter as YAML-ish text: JSON values are valid YAML flow; some lines are left raw to break it. */
const fmText = fc.tuple(frontmatter, fc.array(text, { maxLength: 3 })).map(([fm, raw]) => [...Object.entries(fm).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v) ?? 'null'}`), ...raw].join('\n'));

describe('the content check on generated input', () => {
  it('never throws on random MDX entries: it accepts them or reports problems naming the file', () => {
    fc.assert(
      fc.property(fc.constantFrom('practices', 'statements', 'reviews'), fmText, text, fc.boolean(), (model, fm, body, fenced) => {
        const file = `content/${model}/generated.mdx`;
        const source = fenced ? `---\n${fm}\n---\n${body}` : `${fm}\n${body}`;
        const problems = checkEntry(model, file, source, refs);
        expect(Array.isArray(problems)).toBe(true);
        for (const p of problems) {
          expect(p.file).toBe(file);
          expect(p.message.length).toBeGreaterThan(0);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
  it('never throws on random YAML entries', () => {
    fc.assert(
      fc.property(fc.constantFrom('meetings', 'indicators'), fmText, (model, yaml) => {
        const problems = checkEntry(model, `content/${model}/generated.yaml`, yaml, refs);
        expect(problems.every((p) => p.file === `content/${model}/generated.yaml` && p.message.length > 0)).toBe(true);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
  it('the generators reach both outcomes: some entries are refused, a valid one is accepted', () => {
    const valid = '---\ntitle: X\ncountry: EST\norganisation: O\nstartYear: 2020\nstatus: pilot\nprinciples: [1]\ndimensions: [user_driven]\nsummary: S.\nlinks:\n  - { label: S, url: "https://example.org/" }\n---\nBody.\n';
    expect(checkEntry('practices', 'content/practices/ok.mdx', valid, refs)).toEqual([]);
    const samples = fc.sample(fmText, { seed: SEED, numRuns: 20 });
    expect(samples.filter((fm) => checkEntry('practices', 'content/practices/g.mdx', `---\n${fm}\n---\n`, refs).length > 0).length).toBeGreaterThan(0);
  });
});
