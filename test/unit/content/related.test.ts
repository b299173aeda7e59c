/** Related knowledge: practices like another, commitments a practice serves, recommendations by principle, latest values. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latestComplete, observationsOf, recommendationsUnder, relatedPractices, statementsServed, type PracticeShape } from '../../../src/content/related.ts';

const practice = (id: string, country: string, principles: string[], dimensions: string[]) => ({ id, data: { title: id, country, principles, dimensions } });
const me = practice('est-a', 'EST', ['3', '4'], ['user_driven']);

describe('relatedPractices', () => {
  const all = [
    me,
    practice('est-b', 'EST', ['3', '4'], ['user_driven']),
    practice('fin-one', 'FIN', ['3'], []),
    practice('dnk-three', 'DNK', ['3', '4'], ['user_driven']),
    practice('kor-none', 'KOR', ['9'], ['open_by_default']),
    practice('aut-two', 'AUT', ['4'], ['user_driven']),
  ];

  it('leaves out the practice itself, its own country and practices sharing nothing; best overlap first', () => {
    expect(relatedPractices(me, all).map((r) => r.practice.id)).toEqual(['dnk-three', 'aut-two', 'fin-one']);
  });

  it('says what is shared and keeps to the limit', () => {
    const [first] = relatedPractices(me, all, 1);
    expect(first).toMatchObject({ principles: ['3', '4'], dimensions: ['user_driven'] });
    expect(relatedPractices(me, all, 1)).toHaveLength(1);
  });
});

describe('statementsServed', () => {
  const statements = [
    { id: 'shares', data: { title: 'Shares', commitments: [{ text: 'a', principles: ['3'] }, { text: 'b', principles: ['9'] }] } },
    { id: 'cites', data: { title: 'Cites', commitments: [{ text: 'c', principles: ['4'], followUp: [{ meeting: 'm', status: 'done' as const, practices: ['est-a'] }] }] } },
    { id: 'none', data: { title: 'None', commitments: [] } },
    { id: 'no-list', data: { title: 'No list' } },
  ];

  it('lists documents whose commitments share a principle, those citing the practice as evidence first', () => {
    const served = statementsServed(me, statements);
    expect(served.map((s) => [s.statement.id, s.cited, s.commitments.length])).toEqual([['cites', true, 1], ['shares', false, 1]]);
    expect(served[0]!.commitments[0]!.citedAsEvidence).toBe(true);
  });
});

describe('recommendationsUnder', () => {
  it('gathers every review recommendation filed under a principle, with its review', () => {
    const reviews = [
      { id: 'r1', data: { title: 'R1', recommendations: [{ id: 'R1', text: 'x', principle: '7' }, { id: 'R2', text: 'y', principle: '2' }] } },
      { id: 'r2', data: { title: 'R2' } },
    ];
    expect(recommendationsUnder('7', reviews).map((x) => `${x.review.id}:${x.recommendation.id}`)).toEqual(['r1:R1']);
  });
});

describe('latestComplete', () => {
  const def = { metrics: [{ id: 'composite', composite: true }, { id: 'open' }], editions: [{ year: 2019 }, { year: 2023 }, { year: 2025, partial: true }] };
  const obs = [
    { iso3: 'EST', edition: 2019, indicator: 'composite', value: '0.5' },
    { iso3: 'EST', edition: 2023, indicator: 'composite', value: '0.61' },
    { iso3: 'EST', edition: 2025, indicator: 'composite', value: '0.7' },
    { iso3: 'EST', edition: 2023, indicator: 'open', value: '0.9' },
  ];

  it('takes the newest complete edition, never a partial one, and keeps the value as published', () => {
    expect(latestComplete(def, obs, 'EST')).toEqual({ edition: 2023, value: '0.61' });
  });

  it('is undefined when no complete edition has a value', () => {
    expect(latestComplete(def, obs, 'FIN')).toBeUndefined();
  });

  it('reads one dataset out of a list of several, the same array each time (its index is kept)', () => {
    const all = [...obs.map((o) => ({ ...o, dataset: 'dgi' })), { iso3: 'EST', edition: 2024, indicator: 'composite', value: '0.99', dataset: 'egdi' }];
    const dgi = observationsOf(all, 'dgi');
    expect(dgi).toHaveLength(4);
    expect(observationsOf(all, 'dgi')).toBe(dgi);
    expect(observationsOf(all, 'none')).toEqual([]);
    expect(latestComplete(def, dgi, 'EST')).toEqual({ edition: 2023, value: '0.61' });
    expect(latestComplete({ ...def, editions: [...def.editions, { year: 2024 }] }, observationsOf(all, 'egdi'), 'EST')).toEqual({ edition: 2024, value: '0.99' });
  });
});

describe('relatedPractices on many practices', () => {
  /** The definition: every other country's practice sharing something, most shared first, then by title, stable. */
  const reference = (me: PracticeShape, all: readonly PracticeShape[], limit: number) => all
    .filter((p) => p.id !== me.id && p.data.country !== me.data.country)
    .map((p) => ({ id: p.id, n: p.data.principles.filter((x) => me.data.principles.includes(x)).length + p.data.dimensions.filter((x) => me.data.dimensions.includes(x)).length, title: p.data.title }))
    .filter((r) => r.n > 0)
    .sort((a, b) => b.n - a.n || a.title.localeCompare(b.title, 'en'))
    .slice(0, limit)
    .map((r) => r.id);

  it('keeps exactly the best ones in the order a full sort gives, ties included', () => {
    const practice = fc.record({
      country: fc.constantFrom('AAA', 'BBB', 'CCC'),
      title: fc.constantFrom('Alpha', 'alpha', 'Beta', 'Éclair', 'Zeta', 'beta'),
      principles: fc.uniqueArray(fc.constantFrom('1', '2', '3', '4'), { maxLength: 3 }),
      dimensions: fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { maxLength: 2 }),
    });
    fc.assert(fc.property(fc.array(practice, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 6 }), (rows, limit) => {
      const all: PracticeShape[] = rows.map((r, i) => ({ id: `p${i}`, data: r }));
      const me = all[0]!;
      expect(relatedPractices(me, all, limit).map((r) => r.practice.id)).toEqual(reference(me, all, limit));
    }), { numRuns: 300, seed: 7 });
  });
});
