/** Follow-up: the newest report decides; no report reads "no report"; counts for the at-a-glance line. */
import { describe, expect, it } from 'vitest';
import { commitmentProgress, recommendationProgress, statusCounts } from '../../../src/content/follow-up.ts';

const YEARS: Record<string, number> = { '2016-tallinn': 2016, '2018-seoul': 2018, '2025-sydney': 2025 };
const year = (id: string) => YEARS[id] ?? 0;

describe('commitmentProgress', () => {
  it('orders reports by meeting year and takes the newest status', () => {
    const p = commitmentProgress([{ meeting: '2025-sydney', status: 'done', practices: ['x'] }, { meeting: '2016-tallinn', status: 'stalled' }], year);
    expect(p.history.map((h) => h.meeting)).toEqual(['2016-tallinn', '2025-sydney']);
    expect(p.status).toBe('done');
  });
  it('reads "no report" when nothing was reported', () => {
    expect(commitmentProgress(undefined, year)).toEqual({ history: [], status: 'no-report' });
    expect(commitmentProgress([], year).status).toBe('no-report');
  });
});

describe('recommendationProgress', () => {
  const reports = [
    { recommendation: 'R1', status: 'done' as const, date: '2025-03-01' },
    { recommendation: 'R2', status: 'stalled' as const, date: '2024-01-01' },
    { recommendation: 'R1', status: 'on-track' as const, date: '2024-09-01' },
  ];
  it("keeps one recommendation's reports, oldest first, and takes the newest status", () => {
    const p = recommendationProgress(reports, 'R1');
    expect(p.history.map((h) => h.date)).toEqual(['2024-09-01', '2025-03-01']);
    expect(p.status).toBe('done');
    expect(recommendationProgress(reports, 'R3')).toEqual({ history: [], status: 'no-report' });
  });
});

describe('statusCounts', () => {
  it('counts in the order done, on track, stalled, no report, leaving out statuses with none', () => {
    expect(statusCounts(['no-report', 'done', 'no-report', 'stalled'])).toEqual([
      { status: 'done', count: 1 },
      { status: 'stalled', count: 1 },
      { status: 'no-report', count: 2 },
    ]);
    expect(statusCounts([])).toEqual([]);
  });
});
