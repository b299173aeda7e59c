/** Locator maps: the world's land is drawn once per frame and shared, and a map does not depend on the ones drawn before it. */
import { describe, expect, it, vi } from 'vitest';
import { LOCATOR, locatorSvg } from '../../../src/charts/map/locator.ts';
import { locator } from '../../../src/charts/map/geometry.ts';

describe('locator', () => {
  it('draws the same land under every country, and each country on it', () => {
    const japan = locator(LOCATOR, 'JPN');
    const estonia = locator(LOCATOR, 'EST');
    expect(japan.land.length).toBeGreaterThan(1000);
    expect(estonia.land).toBe(japan.land);
    expect(japan.country).toMatch(/^M\d/);
    expect(estonia.country).toMatch(/^M\d/);
    expect(estonia.country).not.toBe(japan.country);
  });

  it('gives a country the map a fresh build would, whatever was drawn before', async () => {
    locator(LOCATOR, 'JPN');
    locator({ ...LOCATOR, width: 480, height: 248 }, 'BRA');
    const warm = locator(LOCATOR, 'EST');
    vi.resetModules();
    const fresh = (await import('../../../src/charts/map/geometry.ts')).locator;
    expect(fresh(LOCATOR, 'EST')).toEqual(warm);
  });

  it('says so when a country is too small for the map, and draws no shape for it', () => {
    expect(locator(LOCATOR, 'MLT').country).toBeUndefined();
    const svg = JSON.stringify(locatorSvg('MLT', 'Malta', 'locator-mlt'));
    expect(svg).toContain('Malta is too small for this world map');
  });
});
