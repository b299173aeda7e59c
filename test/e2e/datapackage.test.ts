/** /data/datapackage.json is a valid Frictionless Data Package and describes every file under /data/, column by column. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readCsv } from '../../src/lib/csv.ts';
import { expectedCells, reviewRecords } from '../support/review-records.ts';

const schema = (name: string) => JSON.parse(readFileSync(`test/schemas/frictionless/${name}.json`, 'utf8'));
const pkg = JSON.parse(readFileSync('dist/data/datapackage.json', 'utf8'));
interface Resource { name: string; path: string; profile: string; schema?: { fields: { name: string; type: string }[] } }
const resources = pkg.resources as Resource[];

const validator = (name: string) => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv); // uri, email, date-time: checked, not ignored
  ajv.addFormat('textarea', true); // a UI hint of the Frictionless profiles, not a constraint
  return ajv.compile(schema(name));
};

describe('/data/datapackage.json', () => {
  it('validates against the Data Package schema, and each CSV against the Tabular Data Resource schema', () => {
    const pack = validator('data-package');
    expect(pack(pkg), JSON.stringify(pack.errors, null, 2)).toBe(true);
    const tabular = validator('tabular-data-resource');
    for (const r of resources.filter((x) => x.path.endsWith('.csv'))) expect(tabular(r), `${r.path}: ${JSON.stringify(tabular.errors)}`).toBe(true);
  });

  it('lists every file under /data/ (but itself), and every file it lists exists', () => {
    const files = readdirSync('dist/data').filter((f) => f !== 'datapackage.json').sort();
    expect(resources.map((r) => r.path).sort()).toEqual(files);
    expect(files).toEqual(expect.arrayContaining(['practices.csv', 'practices.json', 'statements.csv', 'statements.json', 'reviews.csv', 'reviews.json',
      'review-recommendations.csv', 'review-pairs.csv', 'statement-commitments.csv', 'statement-follow-up.csv', 'meetings.csv', 'meetings.json']));
  });

  it("gives every CSV's columns in order, and every integer, number and date cell parses as its type", () => {
    for (const r of resources.filter((x) => x.path.endsWith('.csv'))) {
      const file = `dist/data/${r.path}`;
      const header = readFileSync(file, 'utf8').split('\n', 1)[0]!.split(',');
      expect(header, file).toEqual(r.schema!.fields.map((f) => f.name));
      for (const { line, record } of readCsv(file)) {
        for (const f of r.schema!.fields) {
          const v = record[f.name]!;
          if (v === '') continue;
          if (f.type === 'integer') expect(v, `${file}:${line} ${f.name}`).toMatch(/^-?\d+$/);
          if (f.type === 'number') expect(Number.isFinite(Number(v)), `${file}:${line} ${f.name}=${v}`).toBe(true);
          if (f.type === 'date') expect(v, `${file}:${line} ${f.name}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }
    }
  });

  it('names a licence and the sources of every indicator edition', () => {
    const dgi = resources.find((r) => r.name === 'dgi') as unknown as { licenses: { title: string }[]; sources: { path: string }[] };
    expect(dgi.licenses[0]!.title).toMatch(/OECD/);
    expect(dgi.sources.map((s) => s.path)).toContain('https://doi.org/10.1787/1a89ed5e-en');
  });
});

describe('the hub tables', () => {
  const practices = readdirSync('content/practices').filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)).sort();

  it('/data/practices.csv and .json have one row per published practice, with its page', () => {
    const rows = readCsv('dist/data/practices.csv').map((r) => r.record);
    expect(rows.map((r) => r.practice).sort()).toEqual(practices);
    const xroad = rows.find((r) => r.practice === 'est-x-road')!;
    expect(xroad).toMatchObject({ country: 'EST', page: '/practices/est-x-road/' });
    const json = JSON.parse(readFileSync('dist/data/practices.json', 'utf8'));
    expect(json.practices.map((p: { id: string }) => p.id).sort()).toEqual(practices);
  });

  it("keeps a statement's commitments and their follow-up, in CSV and nested in JSON", () => {
    const json = JSON.parse(readFileSync('dist/data/statements.json', 'utf8'));
    const commitments = readCsv('dist/data/statement-commitments.csv').map((r) => r.record);
    const expected = json.statements.flatMap((s: { id: string; commitments: unknown[] }) => s.commitments.map((_, i) => `${s.id}#${i + 1}`));
    expect(commitments.map((c) => `${c.statement}#${c.commitment}`)).toEqual(expected);
    const reports = readCsv('dist/data/statement-follow-up.csv').map((r) => r.record);
    const nested = json.statements.flatMap((s: { id: string; commitments: { followUp?: { meeting: string }[] }[] }) =>
      s.commitments.flatMap((c, i) => (c.followUp ?? []).map((f) => `${s.id}#${i + 1}@${f.meeting}`)));
    expect(reports.map((r) => `${r.statement}#${r.commitment}@${r.meeting}`)).toEqual(nested);
    expect(reports.length).toBeGreaterThan(0);
  });

  it('lists every review and meeting of content/', () => {
    const ids = (dir: string, ext: string) => readdirSync(`content/${dir}`).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)).sort();
    expect(readCsv('dist/data/reviews.csv').map((r) => r.record.review).sort()).toEqual(ids('reviews', '.mdx'));
    expect(readCsv('dist/data/meetings.csv').map((r) => r.record.meeting).sort()).toEqual(ids('meetings', '.yaml'));
  });

  it('/data/review-pairs.csv holds every reviewer of every review: counted by reviewer and country, the whole matrix', () => {
    const rows = readCsv('dist/data/review-pairs.csv').map((r) => r.record);
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(`${r.reviewer}→${r.country}`, (counts.get(`${r.reviewer}→${r.country}`) ?? 0) + 1);
    expect([...counts].map(([k, n]) => `${k}=${n}`).sort()).toEqual(expectedCells(reviewRecords('content')));
    expect(rows.find((r) => r.review === 'arg-digital-government-review-2019' && r.reviewer === 'ESP')).toMatchObject({ reviewerKind: 'country', reviewerName: 'Spain', countryName: 'Argentina' });
  });
});
