/** The real content: it passes the check, and it holds everything the shared data has. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../../src/checks/content-check.ts';
import { readCsv } from '../../../src/lib/csv.ts';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import { sharedDataDir } from '../../../scripts/lib/paths.ts';

const yaml = (f: string) => parse(readFileSync(join('content', f), 'utf8'));

describe('content/', () => {
  it('passes the content check', () => {
    expect(checkContent('content').map(formatProblem)).toEqual([]);
  });

  it('has the 193 UN member states, 38 of them OECD members, and the OECD average as an aggregate', () => {
    const countries = yaml('countries.yaml') as { id: string; oecd: boolean }[];
    expect(countries).toHaveLength(193);
    expect(countries.filter((c) => c.oecd)).toHaveLength(38);
    expect(countries.some((c) => c.id === 'OECD')).toBe(false);
    expect(yaml('aggregates.yaml')).toEqual([expect.objectContaining({ id: 'OECD', name: 'OECD average' })]);
  });

  it('has 12 principles in 3 pillars and 6 dimensions', () => {
    const principles = yaml('principles.yaml') as { pillar: string }[];
    expect(principles).toHaveLength(12);
    expect(new Set(principles.map((p) => p.pillar)).size).toBe(3);
    expect(yaml('dimensions.yaml')).toHaveLength(6);
  });

  it('has a page for every practice of practices.csv, with its facts and its source', () => {
    const rows = readCsv(resolve(sharedDataDir(), 'practices.csv'));
    expect(rows).toHaveLength(40);
    for (const { record: r } of rows) {
      const { data, body } = splitFrontmatter(readFileSync(`content/practices/${r.slug}.mdx`, 'utf8'), r.slug!);
      expect(data, r.slug).toMatchObject({ title: r.title, country: r.iso3, startYear: Number(r.start_year), status: r.status });
      expect((data.links as { url: string }[])[0]!.url).toBe(r.source_url);
      expect(body.trim().length, `${r.slug} has no body`).toBeGreaterThan(100);
      expect(body, `${r.slug} body must not contain MDX expressions`).not.toMatch(/[{}<>]/);
    }
  });

  it('has at least the Mexico City 2012 and Tokyo 2015 statements', () => {
    for (const s of ['2012-mexico-city', '2015-tokyo']) {
      const { data } = splitFrontmatter(readFileSync(`content/statements/${s}.mdx`, 'utf8'), s);
      expect(data.meeting).toBe(s);
      expect((data.commitments as unknown[]).length).toBeGreaterThan(0);
    }
  });
});

describe('a practice with an unknown country', () => {
  it('is reported with the file, the line, the field, the value and where the valid codes are', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'hub-content-')), 'content');
    cpSync('content', copy, { recursive: true });
    const file = join(copy, 'practices', 'est-x-road.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('country: EST', 'country: XYZ'));
    expect(checkContent(copy).map(formatProblem)).toEqual([
      'content/practices/est-x-road.mdx:3: field "country": unknown value "XYZ": use an id listed in content/countries.yaml (ISO 3166-1 alpha-3 codes in capitals, e.g. KOR)',
    ]);
  });
});

describe('an indicator definition and its observations', () => {
  const copy = () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'hub-content-')), 'content');
    cpSync('content', dir, { recursive: true });
    return dir;
  };
  const edit = (file: string, from: string, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

  it('refuses a value outside its metric\'s scale, with the file, the line and the fix', () => {
    const dir = copy();
    edit(join(dir, 'indicators', 'dgi.csv'), 'KOR,Korea,2019,digital_by_design,0.82', 'KOR,Korea,2019,digital_by_design,99999');
    expect(checkContent(dir).map(formatProblem).join('\n')).toContain(
      'content/indicators/dgi.csv:2: field "value": 99999 is outside the scale 0–1 of digital_by_design: check it against the published source, or correct the scale',
    );
  });

  it('refuses a scale whose highest value is not above its lowest', () => {
    const dir = copy();
    edit(join(dir, 'indicators', 'dgi.yaml'), 'scale: { min: 0, max: 1 }', 'scale: { min: 1, max: 0 }');
    expect(checkContent(dir).map(formatProblem)).toContain(
      'content/indicators/dgi.yaml:8: field "scale.max": 0 is not above the lowest value 1: a scale runs from min up to max, e.g. { min: 0, max: 1 }',
    );
  });

  it('refuses a scale written as text', () => {
    const dir = copy();
    edit(join(dir, 'indicators', 'egdi.yaml'), 'scale: { min: 0, max: 1 }', 'scale: "0–1"');
    expect(checkContent(dir).map(formatProblem)).toEqual(['content/indicators/egdi.yaml:8: field "scale": expected a set of fields']);
  });
});
