import { describe, expect, it } from 'vitest';
import { onScale, scaleText } from '../../../src/indicators/scale.ts';

describe('scale', () => {
  it('writes a scale one way, with an en dash', () => {
    expect(scaleText({ min: 0, max: 1 })).toBe('0–1');
    expect(scaleText({ min: 0, max: 0.33 })).toBe('0–0.33');
    expect(scaleText({ min: 0, max: 100 })).toBe('0–100');
  });
  it('includes both ends', () => {
    expect(onScale({ min: 0, max: 0.33 }, 0.33)).toBe(true);
    expect(onScale({ min: 0, max: 0.33 }, 0)).toBe(true);
    expect(onScale({ min: 0, max: 0.33 }, 0.331)).toBe(false);
  });
});
