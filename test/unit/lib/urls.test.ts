/** Page addresses: each one from src/lib/urls.ts, and none written by hand elsewhere in src/. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as urls from '../../../src/lib/urls.ts';

/** Every .ts and .astro file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|astro)$/.test(e.name) ? [path] : [];
  });
}

describe('urls.ts', () => {
  it('writes each page address as the site serves it', () => {
    expect(urls.countryUrl('KOR')).toBe('/countries/kor/');
    expect(urls.countryIndicatorUrl('KOR', 'dgi')).toBe('/countries/kor/dgi/');
    expect(urls.practiceUrl('est-x-road')).toBe('/practices/est-x-road/');
    expect(urls.principleUrl(3)).toBe('/principles/3/');
    expect(urls.meetingUrl('2015-tokyo')).toBe('/meetings/2015-tokyo/');
    expect(urls.statementUrl('2015-tokyo')).toBe('/statements/2015-tokyo/');
    expect(urls.reviewUrl('nor-digital-government-review-2017')).toBe('/reviews/nor-digital-government-review-2017/');
    expect(urls.indicatorUrl('dgi')).toBe('/indicators/dgi/');
    expect(urls.indicatorEditionUrl('egdi', 2024)).toBe('/indicators/egdi/2024/');
    expect(urls.dataUrls('dgi')).toEqual({ csv: '/data/dgi.csv', json: '/data/dgi.json' });
    expect(urls.ASK_FOR_REVIEW_URL).toBe('/reviews/#ask');
    expect(urls.DATA_INDEX_URL).toBe('/data/index.json');
    expect(urls.statementsUrl()).toBe('/statements/');
    expect(urls.statementsUrl(2)).toBe('/statements/2/');
    expect(urls.reviewsUrl(3)).toBe('/reviews/3/');
    expect(urls.REVIEW_MATRIX_URL).toBe('/reviews/matrix/');
    expect(['2', 'matrix'].filter(urls.isReviewListSegment)).toEqual(['2', 'matrix']);
    expect(['nor-digital-government-review-2017', 'matrix-2024'].filter(urls.isReviewListSegment)).toEqual([]);
    expect(urls.principleListUrl(3, 'commitments')).toBe('/principles/3/commitments/');
    expect(urls.principleListUrl('3', 'recommendations', 2)).toBe('/principles/3/recommendations/2/');
  });

  it('adds a query to /compare/ and /search/ only when there is one', () => {
    expect(urls.compareUrl()).toBe('/compare/');
    expect(urls.compareUrl('?countries=KOR&indicator=dgi&edition=2023')).toBe('/compare/?countries=KOR&indicator=dgi&edition=2023');
    expect(urls.searchUrl()).toBe('/search/');
    expect(urls.searchUrl({ type: 'practice', country: ['Estonia', 'Korea'], q: 'open data' })).toBe('/search/?type=practice&country=Estonia&country=Korea&q=open+data');
  });

  it('ends every listing address with a slash, as the build writes them', () => {
    for (const url of Object.values(urls.LIST_URLS)) expect(url).toMatch(/^\/[a-z]+\/$/);
  });

  it('is the only place in src/ that writes a page address by hand', () => {
    // A string or template that starts with a section's path, e.g. '/practices/' or `/reviews/${id}/`;
    // comments may name addresses.
    const route = /['"`]\/(practices|countries|principles|indicators|compare|reviews|meetings|statements|search|data)\/|['"`]\/rss\.xml|href="\/"|href: '\/'/;
    const found = sources('src')
      .filter((f) => !f.endsWith(join('lib', 'urls.ts')))
      .flatMap((f) => readFileSync(f, 'utf8').split('\n').map((line, i) => ({ where: `${f}:${i + 1}`, line: line.trim() })))
      .filter(({ line }) => !/^(\/\/|\/?\*)/.test(line) && route.test(line))
      .map(({ where, line }) => `${where}: ${line}`);
    expect(found, 'write these addresses with a function or constant of src/lib/urls.ts').toEqual([]);
  });

  it('stays importable in the browser: it imports nothing', () => {
    expect(readFileSync('src/lib/urls.ts', 'utf8')).not.toMatch(/^import /m);
  });
});
