/** The small helpers of the benchmarks: statistics, bytes, durations, /proc parsing, options, content folder. */
import { describe, expect, it } from 'vitest';
import { byteLength, formatBytes, formatDuration, gzipLength } from '../../../../scripts/lib/bench/bytes.ts';
import { wholeNumber } from '../../../../scripts/lib/cli-number.ts';
import { contentDir } from '../../../../src/content/content-dir.ts';
import { childPids, residentBytes } from '../../../../scripts/lib/bench/process-tree.ts';
import { median, range, ratio } from '../../../../scripts/lib/bench/stats.ts';

describe('stats', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow('no values');
  });
  it('gives the range and a two-decimal ratio', () => {
    expect(range([5, 2, 9])).toEqual({ min: 2, max: 9 });
    expect(ratio(45.4, 18.1)).toBe(2.51);
    expect(() => ratio(1, 0)).toThrow('division by zero');
  });
});

describe('bytes', () => {
  it('counts UTF-8 bytes, not characters', () => expect(byteLength('é')).toBe(2));
  it('gzips deterministically, and repetitive text to far less', () => {
    const text = '<li class="card">practice</li>'.repeat(500);
    expect(gzipLength(text)).toBe(gzipLength(text));
    expect(gzipLength(text)).toBeLessThan(byteLength(text) / 20);
    expect(gzipLength('')).toBe(0);
  });
  it('prints decimal units and readable durations', () => {
    expect([formatBytes(812), formatBytes(12_345), formatBytes(4_560_000), formatBytes(2.5e9)]).toEqual(['812 B', '12.3 kB', '4.56 MB', '2.50 GB']);
    expect([formatDuration(850), formatDuration(12_400), formatDuration(185_000)]).toEqual(['850 ms', '12.4 s', '3 min 05 s']);
  });
});

describe('process-tree', () => {
  it('reads resident pages from statm and child pids from a children file', () => {
    expect(residentBytes('120000 2500 300 1 0 9000 0\n')).toBe(2500 * 4096);
    expect(childPids('812 9031 \n')).toEqual([812, 9031]);
    expect(childPids('')).toEqual([]);
  });
});

describe('wholeNumber', () => {
  it('reads a whole number, with underscores, or falls back', () => {
    expect(wholeNumber('practices', '10_000', 2000)).toBe(10_000);
    expect(wholeNumber('practices', undefined, 2000)).toBe(2000);
  });
  it('says what to type when the value is wrong', () => {
    expect(() => wholeNumber('practices', 'lots', 2000)).toThrow('--practices must be a whole number of at least 1, e.g. --practices 2000 (got "lots")');
    expect(() => wholeNumber('runs', '0', 3)).toThrow('at least 1');
  });
});

describe('contentDir', () => {
  it('is content/ unless HUB_CONTENT_DIR names another folder', () => {
    expect(contentDir({})).toBe('content');
    expect(contentDir({ HUB_CONTENT_DIR: '  ' })).toBe('content');
    expect(contentDir({ HUB_CONTENT_DIR: '/tmp/corpus/content' })).toBe('/tmp/corpus/content');
  });
});
