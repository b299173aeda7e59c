/**
 * "Peers like me": the countries closest to a country on the edition's ranking measure (the composite, or the
 * measure the hub ranks by when few composites were published), and the sub-indicators where the country is
 * below its peers' median, with the peers that lead there. Pure.
 */
import type { EditionTable, TableRow } from '../../indicators/edition-table.ts';

/** A country's published value on one measure. */
export interface Valued {
  iso3: string;
  text: string;
  value: number;
}

/** A sub-indicator where the country is below the median of its peers. */
export interface Gap {
  metric: string;
  own: Valued;
  /** The median of the peers' published values (exact; a midpoint when their number is even). */
  median: string;
  /** Whether the median is one of the published values rather than a midpoint the hub worked out. */
  medianPublished: boolean;
  /** Peers above the country on this measure, highest first. */
  leaders: Valued[];
}

const valued = (r: TableRow | undefined, metric: string): Valued | undefined => {
  const text = r?.values[metric];
  return r && text !== undefined ? { iso3: r.iso3, text, value: Number(text) } : undefined;
};

/** Distance between two published values, rounded so that equal decimal gaps compare equal (0.55−0.50 = 0.50−0.45). */
const distance = (a: number, b: number) => Math.round(Math.abs(a - b) * 1e9);

/** The `n` countries closest to `iso3` on `metric` (ties: the higher value, then the code); empty when it has no value. */
export function peersOf(table: EditionTable, iso3: string, metric: string, n = 5): Valued[] {
  const own = valued(table.rows.find((r) => r.iso3 === iso3), metric);
  if (!own) return [];
  return table.rows
    .filter((r) => !r.aggregate && r.iso3 !== iso3)
    .flatMap((r) => valued(r, metric) ?? [])
    .sort((a, b) => distance(a.value, own.value) - distance(b.value, own.value) || b.value - a.value || a.iso3.localeCompare(b.iso3))
    .slice(0, n);
}

/** Number of decimals written in a published value. */
const decimals = (text: string) => (text.split('.')[1] ?? '').length;

/** The exact median of published decimal texts, written without rounding (e.g. 0.71 and 0.74 give "0.725"). */
export function medianText(texts: readonly string[]): { text: string; published: boolean } {
  if (texts.length === 0) throw new Error('median of no value');
  const d = Math.max(...texts.map(decimals));
  const scaled = texts.map((t) => Math.round(Number(t) * 10 ** d)).sort((a, b) => a - b);
  const mid = Math.floor(scaled.length / 2);
  if (scaled.length % 2 === 1) {
    const hit = texts.find((t) => Math.round(Number(t) * 10 ** d) === scaled[mid]);
    return { text: hit!, published: true };
  }
  const twice = scaled[mid - 1]! + scaled[mid]!;
  const text = (twice / (2 * 10 ** d)).toFixed(twice % 2 === 0 ? d : d + 1);
  return { text, published: false };
}

/** The measures (in the order given) where `iso3` is below its peers' median, with the peers that lead on each. */
export function gapsOf(table: EditionTable, iso3: string, peers: readonly string[], metrics: readonly string[]): Gap[] {
  const rowOf = new Map(table.rows.map((r) => [r.iso3, r]));
  return metrics.flatMap((metric) => {
    const own = valued(rowOf.get(iso3), metric);
    const theirs = peers.flatMap((p) => valued(rowOf.get(p), metric) ?? []);
    if (!own || theirs.length === 0) return [];
    const median = medianText(theirs.map((v) => v.text));
    if (!(own.value < Number(median.text))) return [];
    const leaders = theirs.filter((v) => v.value > own.value).sort((a, b) => b.value - a.value || a.iso3.localeCompare(b.iso3));
    return [{ metric, own, median: median.text, medianPublished: median.published, leaders }];
  });
}

/** The ways a reader can choose a country's peers, the same on every index; `id` is kept in the address (#peers-<id>). */
export const PEER_GROUPS = [
  { id: 'nearest', label: 'Nearest scores', explain: 'the five countries closest to it on the measure the edition is ranked by' },
  { id: 'region', label: 'Same region', explain: 'every country of its region with a value in the edition, closest first' },
  { id: 'oecd', label: 'OECD membership', explain: 'every OECD member with a value in the edition (for a non-member, every other non-member), closest first' },
] as const;

/** One way of choosing peers. */
export type PeerGroup = (typeof PEER_GROUPS)[number]['id'];

/** What places a country in a group. */
export interface Membership {
  region: string;
  oecd: boolean;
}

/** The peers of `iso3` in `group`, closest first: five for `nearest`, every member with a value otherwise. */
export function groupPeers(table: EditionTable, iso3: string, metric: string, group: PeerGroup, members: ReadonlyMap<string, Membership>): Valued[] {
  if (group === 'nearest') return peersOf(table, iso3, metric);
  const me = members.get(iso3);
  if (!me) return [];
  const same = (code: string) => {
    const m = members.get(code);
    return m !== undefined && (group === 'region' ? m.region === me.region : m.oecd === me.oecd);
  };
  return peersOf(table, iso3, metric, Infinity).filter((v) => same(v.iso3));
}

/** How a group is named for one country, e.g. "Same region: Europe". */
export function groupName(group: PeerGroup, me: Membership | undefined): string {
  if (group === 'region') return `Same region: ${me?.region ?? 'unknown'}`;
  if (group === 'oecd') return me?.oecd ? 'OECD members' : 'Countries outside the OECD';
  return 'Nearest scores';
}

/** A practice "Peers like me" may suggest. */
export interface PeerPractice {
  id: string;
  title: string;
  country: string;
  dimensions: readonly string[];
}

/** Practices by country code, each with its place in the list they came from. */
export type PracticesByCountry = ReadonlyMap<string, readonly (PeerPractice & { order: number })[]>;

/** `practices` by country, so that a page asks for its peers' practices without going through every practice. */
export function practicesByCountry(practices: readonly PeerPractice[]): PracticesByCountry {
  const out = new Map<string, (PeerPractice & { order: number })[]>();
  practices.forEach(({ id, title, country, dimensions }, order) => {
    let list = out.get(country);
    if (!list) out.set(country, (list = []));
    list.push({ id, title, country, dimensions, order });
  });
  return out;
}

/** The practices of `countries` tagged with dimension `dimension`, in the order of the list they came from. */
export function taggedPractices(byCountry: PracticesByCountry, dimension: string, countries: readonly string[]): PeerPractice[] {
  return [...new Set(countries)]
    .flatMap((c) => byCountry.get(c) ?? [])
    .filter((p) => p.dimensions.includes(dimension))
    .sort((a, b) => a.order - b.order);
}
