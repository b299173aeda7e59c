/** The import: content/ is exactly what it makes from ../shared/data, and it refuses bad rows. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importCountries } from '../../../scripts/import-countries.ts';
import { importIndicators, INDICATORS } from '../../../scripts/import-indicators.ts';
import { importMeetings } from '../../../scripts/import-meetings.ts';
import { importPractices } from '../../../scripts/import-practices.ts';
import { importTaxonomy } from '../../../scripts/import-taxonomy.ts';
import { sharedDataDir } from '../../../scripts/lib/paths.ts';
import { readCsv } from '../../../src/lib/csv.ts';

// A test that points SHARED_DATA elsewhere puts back the caller's value (the README documents setting it),
// rather than deleting it: the tests after it would otherwise fall back to ../shared/data.
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('import from shared data', () => {
  it.each([
    ['taxonomy', importTaxonomy],
    ['countries', importCountries],
    ['indicators', importIndicators],
    ['meetings', importMeetings],
    ['practices', importPractices],
  ])('%s: content/ is up to date (a re-run would change nothing)', (_name, run) => {
    const results = run(true);
    expect(Object.entries(results).filter(([, r]) => r !== 'unchanged')).toEqual([]);
  });

  it.each(INDICATORS)('%s: every observation equals the shared file to the digit', (id) => {
    const shared = readFileSync(resolve(sharedDataDir(), `${id}.csv`), 'utf8').replaceAll('\r\n', '\n');
    expect(readFileSync(`content/indicators/${id}.csv`, 'utf8')).toBe(shared.endsWith('\n') ? shared : `${shared}\n`);
  });

  it('practices: reports only the practices of practices.csv; the hand-added ones in content/ are never touched', () => {
    const imported = new Set(readCsv(resolve(sharedDataDir(), 'practices.csv')).map(({ record }) => `${record.slug}.mdx`));
    const byHand = readdirSync('content/practices').filter((f) => !imported.has(f));
    expect(byHand.length, 'content/ holds practices added by hand').toBeGreaterThan(0);
    const reported = Object.keys(importPractices(true));
    expect(reported.filter((f) => !imported.has(f))).toEqual([]);
  });

  it("meetings: a single date stays the first day when an editor marked the end as unknown (Sydney 2025)", () => {
    const sydney = readFileSync('content/meetings/2025-sydney.yaml', 'utf8');
    expect(sydney).toContain('endDateKnown: false');
    expect(sydney).not.toContain('endDate:');
    expect(importMeetings(true)['2025-sydney.yaml']).toBe('unchanged');
    const washington = readFileSync('content/meetings/2003-washington-dc.yaml', 'utf8');
    expect(washington).toContain('endDate: 2003-06-09');
    // An editor's note on the outcome survives the import too.
    expect(washington).toContain('outcomeNote:');
    expect(importMeetings(true)['2003-washington-dc.yaml']).toBe('unchanged');
  });

  it('refuses a bad row with its file, line and reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-shared-'));
    cpSync(sharedDataDir(), dir, { recursive: true });
    const file = join(dir, 'dgi.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[4] = 'KOR,Korea,2019,open_by_default,n/a\r';
    writeFileSync(file, lines.join('\n'));
    vi.stubEnv('SHARED_DATA', dir);
    expect(() => importIndicators(true)).toThrow(`${file}:5: value "n/a" expected a plain decimal number`);
  });

  it.each([
    ['dgi.csv', importIndicators, 'country', '=HYPERLINK("https://evil.example")'],
    ['egdi.csv', importCountries, 'country', '@SUM(1+1)'],
    ['practices.csv', importPractices, 'title', '+cmd|calc'],
    ['eleaders-meetings.csv', importMeetings, 'city', '\t=1+1'],
  ] as const)('refuses a formula cell in %s with its file, line and column', (name, run, column, value) => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-shared-'));
    cpSync(sharedDataDir(), dir, { recursive: true });
    const file = join(dir, name);
    const lines = readFileSync(file, 'utf8').split('\n');
    const col = lines[0]!.replace('\r', '').split(',').indexOf(column);
    expect(col).toBeGreaterThanOrEqual(0);
    const cells = lines[1]!.split(',');
    cells[col] = `"${value.replaceAll('"', '""')}"`;
    lines[1] = cells.join(',');
    writeFileSync(file, lines.join('\n'));
    vi.stubEnv('SHARED_DATA', dir);
    expect(() => run(true)).toThrow(`${file}:2: ${column}: "${value}" starts with`);
  });

  it('says where to put the shared data when it is missing', () => {
    vi.stubEnv('SHARED_DATA', join(tmpdir(), 'no-such-folder'));
    expect(() => importTaxonomy(true)).toThrow(/Shared data not found at .*no-such-folder.*set SHARED_DATA/);
  });
});
