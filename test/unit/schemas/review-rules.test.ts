/**
 * Every rule of the review and statement models has an invalid fixture that breaks that rule alone and is
 * refused with one readable message naming the file, the line, the field and the fix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEntry, formatProblem } from '../../../src/checks/content-check.ts';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import { loadRefs } from '../../../src/content/refs.ts';

const refs = loadRefs('content');

/** Each rule, in words, and the fixture under test/fixtures/invalid/<model>/ that breaks it. */
const RULES: [rule: string, model: 'reviews' | 'statements', fixture: string][] = [
  ['a peer reviewer is never the reviewed country', 'reviews', 'reviewer-is-reviewed-country'],
  ["a peer reviewer is never the reviewed practice's country", 'reviews', 'reviewer-is-practice-country'],
  ['a review has at least one reviewer (country or body)', 'reviews', 'no-reviewer'],
  ['a reviewer is listed once', 'reviews', 'reviewer-twice'],
  ['the lead reviewer is one of the reviewers', 'reviews', 'lead-not-a-reviewer'],
  ["a practice review's country is the practice's country", 'reviews', 'practice-of-another-country'],
  ['the reviewed practice exists', 'reviews', 'unknown-practice'],
  ['a discussed practice is not the reviewed one', 'reviews', 'discusses-reviewed-practice'],
  ['a discussed practice exists', 'reviews', 'discusses-unknown-practice'],
  ['a review is completed after it is requested', 'reviews', 'completed-before-requested'],
  ['only a published review has a completion date', 'reviews', 'completed-but-in-progress'],
  ["the year is the completion date's year", 'reviews', 'year-differs-from-completion'],
  ["the request is not after the review's year", 'reviews', 'requested-after-year'],
  ['findings wait for publication', 'reviews', 'findings-before-publication'],
  ['a published review lists recommendations or says why not', 'reviews', 'published-without-recommendations'],
  ['"not recorded" and a list of recommendations contradict', 'reviews', 'not-recorded-but-listed'],
  ['"not recorded" needs its reason', 'reviews', 'not-recorded-without-reason'],
  ['a reason needs "not recorded" or "partial"', 'reviews', 'reason-without-not-recorded'],
  ['a partial list says which part it is', 'reviews', 'partial-without-note'],
  ['a partial list is not empty', 'reviews', 'partial-but-empty'],
  ['one rating per principle', 'reviews', 'principle-assessed-twice'],
  ["a practice is assessed on its own principles", 'reviews', 'principle-not-of-the-practice'],
  ['an assessment has a comment', 'reviews', 'assessment-without-comment'],
  ['the rating is one of the four levels', 'reviews', 'bad-rating'],
  ['principles are 1 to 12', 'reviews', 'unknown-principle'],
  ['the priority is high, medium or low', 'reviews', 'bad-priority'],
  ['recommendation references are unique', 'reviews', 'recommendation-reference-twice'],
  ['a follow-up concerns a recommendation that exists', 'reviews', 'follow-up-of-unknown-recommendation'],
  ['a follow-up comes after the review', 'reviews', 'follow-up-before-completion'],
  ['one follow-up per recommendation and date', 'reviews', 'follow-up-twice-on-one-day'],
  ['a follow-up status is done, on track, stalled or no report', 'reviews', 'follow-up-bad-status'],
  ['a commitment is followed up at a later meeting', 'statements', 'follow-up-at-an-earlier-meeting'],
  ['not at its own meeting', 'statements', 'follow-up-at-the-same-meeting'],
  ['one report per meeting', 'statements', 'follow-up-twice-at-one-meeting'],
  ['"no report" carries no evidence', 'statements', 'no-report-with-evidence'],
  ['"done" shows its evidence', 'statements', 'done-without-evidence'],
  ['evidence practices exist', 'statements', 'follow-up-unknown-practice'],
  ['a commitment status is done, on track, stalled or no report', 'statements', 'follow-up-bad-status'],
  ['a statement, communiqué or meeting summary names its meeting', 'statements', 'communique-without-meeting'],
  ['a date known to the month is written with day 01', 'statements', 'month-date-not-first'],
];

describe.each(RULES)('rule: %s', (_rule, model, fixture) => {
  it(`refuses ${model}/${fixture}.mdx with exactly its one message, file and line`, () => {
    const file = join('test/fixtures/invalid', model, `${fixture}.mdx`);
    const text = readFileSync(file, 'utf8');
    const expected = /# expect: (.+)/.exec(text)![1]!;
    const messages = checkEntry(model, file, text, refs).map(formatProblem);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}:\\d+: field "`));
    expect(messages[0]).toContain(expected);
  });
});

describe('the rule table', () => {
  it('names every invalid review and statement fixture, so none tests a rule nobody listed', () => {
    for (const model of ['reviews', 'statements'] as const) {
      const listed = RULES.filter((r) => r[1] === model).map((r) => `${r[2]}.mdx`);
      // Field-level fixtures and the MDX gate's fixtures (mdx-*) are tested elsewhere.
      const files = readdirSync(join('test/fixtures/invalid', model)).filter((f) => !f.startsWith('mdx-') && !['bad-date.mdx', 'commitment-without-principle.mdx', 'unknown-meeting.mdx'].includes(f));
      expect(files.sort()).toEqual(listed.sort());
    }
  });
});

describe('rules see the entries a review points at', () => {
  it("loadRefs keeps each practice's fields, so a review can check the practice's country and principles", () => {
    const xroad = refs.practices.entries?.get('est-x-road');
    expect(xroad?.country).toBe('EST');
    expect((xroad?.principles as unknown[]).map(String)).toEqual(['6', '4', '8']);
    expect(refs.meetings.entries?.get('2015-tokyo')?.year).toBe(2015);
  });
});

describe('the real reviews in content/', () => {
  const files = readdirSync('content/reviews');
  const entries = files.map((f) => ({ f, ...splitFrontmatter(readFileSync(join('content/reviews', f), 'utf8'), f) }));

  it('are the seven OECD Digital Government Reviews, none of them synthetic', () => {
    expect(files).toHaveLength(7);
    for (const { f, data, body } of entries) {
      expect(data.bodies, f).toEqual(['OECD Secretariat']);
      expect(`${JSON.stringify(data)} ${body}`, f).not.toMatch(/synthetic|example\.org|fixture/i);
    }
  });

  it('invent no assessment; a listed recommendation says where in the report it is, and a partial list says where the rest are', () => {
    for (const { f, data } of entries) {
      expect(data.assessment ?? [], f).toEqual([]);
      const recs = (data.recommendations ?? []) as { section?: string; priority?: string }[];
      if (recs.length) {
        expect(data.recommendationsComplete, f).toBe(false);
        for (const r of recs) expect(r.section, f).toBeTruthy();
        for (const r of recs) expect(r.priority, `${f}: the reports give no priority`).toBeUndefined();
      } else {
        expect(data.recommendationsRecorded, f).toBe(false);
      }
      expect(String(data.recommendationsNote), f).toMatch(/report|chapter/);
    }
  });

  it('record recommendations for at least five of the seven reviews', () => {
    expect(entries.filter(({ data }) => ((data.recommendations ?? []) as unknown[]).length > 0).length).toBeGreaterThanOrEqual(5);
  });
});
