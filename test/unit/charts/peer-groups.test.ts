import { describe, expect, it } from 'vitest';
import { groupName, groupPeers, PEER_GROUPS, type Membership } from '../../../src/charts/peers/state.ts';
import { editionTable } from '../../../src/indicators/edition-table.ts';
import type { Observation } from '../../../src/schemas/indicator.ts';

const shape = { metrics: [{ id: 'composite', name: 'C', composite: true }] };
const o = (iso3: string, value: string): Observation => ({ iso3, country: iso3, edition: 2023, indicator: 'composite', value });
const table = editionTable(shape, [
  o('AAA', '0.50'), o('BBB', '0.55'), o('CCC', '0.45'), o('DDD', '0.60'), o('EEE', '0.10'), o('FFF', '0.49'), o('GGG', '0.90'), o('OECD', '0.50'),
], 2023, new Set(['OECD']));
const members = new Map<string, Membership>([
  ['AAA', { region: 'Europe', oecd: true }], ['BBB', { region: 'Asia', oecd: true }], ['CCC', { region: 'Europe', oecd: false }],
  ['DDD', { region: 'Europe', oecd: true }], ['EEE', { region: 'Europe', oecd: true }], ['FFF', { region: 'Africa', oecd: false }],
  ['GGG', { region: 'Asia', oecd: false }], ['HHH', { region: 'Europe', oecd: true }],
]);
const codes = (group: (typeof PEER_GROUPS)[number]['id'], iso3 = 'AAA') => groupPeers(table, iso3, 'composite', group, members).map((p) => p.iso3);

describe('peer groups', () => {
  it('nearest: the five closest scores, whatever the region or membership', () => {
    expect(codes('nearest')).toEqual(['FFF', 'BBB', 'CCC', 'DDD', 'GGG']); // GGG and EEE tie at 0.40: the higher value first
  });
  it('region: every country of the region with a value, closest first (HHH has no value; never the aggregate)', () => {
    expect(codes('region')).toEqual(['CCC', 'DDD', 'EEE']);
  });
  it('OECD membership: members for a member, non-members for a non-member', () => {
    expect(codes('oecd')).toEqual(['BBB', 'DDD', 'EEE']);
    expect(codes('oecd', 'CCC')).toEqual(['FFF', 'GGG']);
  });
  it('no peers for a country without a value or without membership facts', () => {
    expect(codes('region', 'HHH')).toEqual([]);
    expect(codes('region', 'ZZZ')).toEqual([]);
  });
  it('names each group for the country', () => {
    expect(groupName('region', members.get('AAA'))).toBe('Same region: Europe');
    expect(groupName('oecd', members.get('CCC'))).toBe('Countries outside the OECD');
    expect(PEER_GROUPS.map((g) => g.id)).toEqual(['nearest', 'region', 'oecd']);
  });
});
