/**
 * Hostile and broken files in a copy of content/: every one is refused with its file (and line or field), none
 * crashes the check, and what the issue says to accept (a byte-order mark, CRLF) is accepted.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../../src/checks/content-check.ts';

let root: string;
const content = () => join(root, 'content');
const write = (rel: string, text: string | Uint8Array) => writeFileSync(join(content(), rel), text);
const read = (rel: string) => readFileSync(join(content(), rel), 'utf8');
const messages = () => checkContent(content()).map(formatProblem);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'hub-bad-input-'));
  cpSync('content', content(), { recursive: true });
  return () => rmSync(root, { recursive: true, force: true });
});

describe('file names and duplicates stop the check by name', () => {
  it('a non-canonical name beside the canonical one, and a second file for one address', () => {
    write('practices/EST-X-Road.mdx', read('practices/est-x-road.mdx'));
    write('practices/est-x-road!.mdx', read('practices/est-x-road.mdx'));
    const out = messages();
    expect(out).toContain('content/practices/EST-X-Road.mdx: file name: "EST-X-Road" is not a canonical slug (lower-case letters, digits and single hyphens), so its address would change: rename it to est-x-road; est-x-road already exists: merge the two entries into it');
    expect(out.some((m) => m.startsWith('content/practices/est-x-road.mdx: file name: same address as'))).toBe(true);
    expect(out.some((m) => m.startsWith('content/practices/est-x-road!.mdx: file name: "est-x-road!" is not a canonical slug'))).toBe(true);
  });
  it('a name with capitals or spaces is refused with the slug to rename it to', () => {
    write('practices/est new practice.mdx', read('practices/est-x-road.mdx'));
    expect(messages()).toContain('content/practices/est new practice.mdx: file name: "est new practice" is not a canonical slug (lower-case letters, digits and single hyphens), so its address would change: rename it to est-new-practice');
  });
  it('a practice, statement or review named like a page of its list, which would take its address', () => {
    write('practices/2.mdx', read('practices/est-x-road.mdx'));
    write('practices/by-title.mdx', read('practices/est-x-road.mdx'));
    const out = messages();
    expect(out).toContain('content/practices/2.mdx: file name: "2" is the address of a page of the lists of practices (/practices/2/): rename it to the country code and a short name, e.g. est-x-road');
    expect(out.some((m) => m.startsWith('content/practices/by-title.mdx: file name: "by-title" is the address of a page'))).toBe(true);
    write('statements/3.mdx', read('statements/2015-tokyo.mdx'));
    expect(messages()).toContain('content/statements/3.mdx: file name: "3" is the address of a page of the list of outcome documents (/statements/3/): rename it to the year and the place or subject, e.g. 2015-tokyo');
    write('reviews/4.mdx', read('reviews/nor-digital-government-review-2017.mdx'));
    write('reviews/matrix.mdx', read('reviews/nor-digital-government-review-2017.mdx'));
    const reviews = messages();
    expect(reviews.some((m) => m.startsWith('content/reviews/4.mdx: file name: "4" is the address of a page of the peer reviews section (/reviews/4/)'))).toBe(true);
    expect(reviews.some((m) => m.startsWith('content/reviews/matrix.mdx: file name: "matrix" is the address of a page of the peer reviews section (/reviews/matrix/)'))).toBe(true);
  });
  it('an id twice in a list file, with both lines', () => {
    const text = read('countries.yaml');
    const est = /^- id: EST\n(?: {2}.*\n)+/m.exec(text)![0];
    write('countries.yaml', `${text}${est.replace(/name: .*/, 'name: Elsewhere')}`);
    const out = messages().filter((m) => m.includes('countries.yaml'));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^content\/countries\.yaml:\d+: id: "EST" is given twice \(first on line \d+\): the later entry would replace the first on every page; keep one$/);
  });
  it('a folder or a symbolic link where an entry is expected', () => {
    mkdirSync(join(content(), 'practices/x.mdx'));
    symlinkSync(join(content(), 'practices/est-x-road.mdx'), join(content(), 'practices/est-link.mdx'));
    const out = messages();
    expect(out).toContain('content/practices/x.mdx: a folder is not allowed here (its name looks like an entry): rename or move it');
    expect(out).toContain('content/practices/est-link.mdx: a symbolic link is not allowed here: put the file itself in its place');
  });
});

describe('encodings', () => {
  it('UTF-8 with a byte-order mark and CRLF is accepted, in an entry and in a CSV', () => {
    write('practices/est-x-road.mdx', `\ufeff${read('practices/est-x-road.mdx').replaceAll('\n', '\r\n')}`);
    write('indicators/dgi.csv', `\ufeff${read('indicators/dgi.csv').replaceAll('\n', '\r\n')}`);
    write('meetings/2015-tokyo.yaml', `\ufeff${read('meetings/2015-tokyo.yaml').replaceAll('\n', '\r\n')}`);
    expect(messages()).toEqual([]);
  });
  it('Latin-1 bytes and UTF-16 are refused by name', () => {
    const latin1 = Buffer.from(read('practices/est-x-road.mdx').replace('Information', 'Informaci\u00f3n'), 'latin1');
    write('practices/est-x-road.mdx', latin1);
    write('meetings/2015-tokyo.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(read('meetings/2015-tokyo.yaml'), 'utf16le')]));
    const out = messages();
    expect(out.some((m) => /^content\/practices\/est-x-road\.mdx:\d+: encoding: the file is not UTF-8/.test(m))).toBe(true);
    expect(out).toContain('content/meetings/2015-tokyo.yaml:1: encoding: the file is UTF-16: save it as UTF-8');
  });
});

describe('broken YAML and CSV name the file and line', () => {
  it('countries.yaml and an indicator definition', () => {
    write('countries.yaml', `${read('countries.yaml')}- id: XXX\n  name: [unclosed\n`);
    write('indicators/dgi.yaml', `${read('indicators/dgi.yaml')}\nscale: {min: 0\n`);
    const out = messages();
    expect(out.some((m) => /^content\/countries\.yaml:\d+: not valid YAML: /.test(m)), out.join('\n')).toBe(true);
    expect(out.some((m) => /^content\/indicators\/dgi\.yaml:\d+: not valid YAML/.test(m)), out.join('\n')).toBe(true);
  });
  it('a frontmatter error counts lines in the file and names the field', () => {
    write('practices/est-x-road.mdx', read('practices/est-x-road.mdx').replace(/^organisation: .*$/m, 'organisation: "unclosed'));
    const out = messages().filter((m) => m.includes('est-x-road'));
    const line = read('practices/est-x-road.mdx').split('\n').findIndex((l) => l.startsWith('organisation:')) + 1;
    expect(out[0]).toMatch(new RegExp(`^content/practices/est-x-road\\.mdx:${line}: organisation: the frontmatter is not valid YAML`));
  });
  it('a formula or an off-scale value in an indicator CSV, with the line', () => {
    const lines = read('indicators/dgi.csv').split('\n');
    lines[1] = lines[1]!.replace(/^(\w+),[^,]*,/, '$1,"=HYPERLINK(""https://evil.example"")",');
    lines[2] = lines[2]!.replace(/,[^,]*$/, ',99999');
    write('indicators/dgi.csv', lines.join('\n'));
    const out = messages();
    expect(out.some((m) => m.startsWith('content/indicators/dgi.csv:2: country: "=HYPERLINK') && m.includes('a spreadsheet would run it as a formula'))).toBe(true);
  });
  it('a value outside the structured scale', () => {
    const lines = read('indicators/dgi.csv').split('\n');
    lines[2] = lines[2]!.replace(/,[^,]*$/, ',99999');
    write('indicators/dgi.csv', lines.join('\n'));
    expect(messages().some((m) => m.startsWith('content/indicators/dgi.csv:3: field "value": 99999 is outside the scale'))).toBe(true);
  });
});

describe('limits', () => {
  it('a 5 MB body stops at the file size, before any parser', () => {
    write('practices/est-x-road.mdx', `${read('practices/est-x-road.mdx')}\n${'Lorem ipsum dolor sit amet. '.repeat(190_000)}\n`);
    expect(messages()).toContain('content/practices/est-x-road.mdx: file size: 5196 KB is over the limit of 256 KB: shorten it or split it');
  });
  it('a body over 100,000 characters but under the file size', () => {
    write('practices/est-x-road.mdx', `${read('practices/est-x-road.mdx')}\n${'Lorem ipsum dolor sit amet.\n'.repeat(4000)}`);
    expect(messages().some((m) => /^content\/practices\/est-x-road\.mdx:1: body: [\d,]+ characters is over the limit of 100,000/.test(m))).toBe(true);
  });
});
