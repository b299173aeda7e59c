/**
 * Profile: the sub-indicators of one edition (DGI dimensions, OURdata pillars, EGDI components) for a few
 * countries, beside the OECD average. Only measures on the indicator's own scale share the axis. Pure.
 */
import {
  domainOf, nameOf, profileMetrics, provenance, tableOf, REFERENCE, type Dataset, type Provenance,
} from '../../indicators/dataset.ts';
import { listing } from '../shared/text.ts';

/** A published value: its text and its number. */
export interface Cell {
  text: string;
  value: number;
}

/** One country's row: a cell per measure, undefined where there is no data. */
export interface ProfileRow {
  iso3: string;
  name: string;
  /** The country a page is about (drawn first and highlighted). */
  focus: boolean;
  cells: (Cell | undefined)[];
}

/** Everything the dot plot shows, without pixels. */
export interface ProfileState {
  dataset: string;
  shortName: string;
  edition: number;
  domain: [number, number];
  metrics: { id: string; name: string }[];
  rows: ProfileRow[];
  reference?: { name: string; cells: (Cell | undefined)[] };
  notes: string[];
  source: Provenance;
}

const cell = (text: string | undefined): Cell | undefined => (text === undefined ? undefined : { text, value: Number(text) });

/** The profile of `countries`, in the order given; `focus` marks the country a page is about. */
export function profileState(ds: Dataset, edition: number, countries: readonly string[], focus?: string): ProfileState {
  const table = tableOf(ds, edition);
  const metrics = profileMetrics(ds, table).map(({ id, name }) => ({ id, name }));
  const rowOf = new Map(table.rows.map((r) => [r.iso3, r]));
  const cellsOf = (iso3: string) => metrics.map((m) => cell(rowOf.get(iso3)?.values[m.id]));
  const rows = countries.map((iso3) => ({ iso3, name: nameOf(ds, iso3), focus: iso3 === focus, cells: cellsOf(iso3) }));
  const refCells = cellsOf(REFERENCE);
  const notes: string[] = [];
  if (metrics.length === 0) notes.push(`No sub-indicator values were published for the ${ds.shortName} ${edition}.`);
  const otherScale = ds.metrics.filter((m) => m.scale && table.metrics.some((t) => t.id === m.id));
  if (otherScale.length) notes.push(`${listing(otherScale.map((m) => m.name))} ${otherScale.length > 1 ? 'are' : 'is'} on another scale (${otherScale[0]!.scale}) and not drawn here.`);
  if (metrics.length && refCells.every((c) => c === undefined)) notes.push('No OECD average was published for these measures in this edition.');
  return {
    dataset: ds.dataset, shortName: ds.shortName, edition, domain: domainOf(ds), metrics, rows,
    ...(refCells.some(Boolean) ? { reference: { name: nameOf(ds, REFERENCE), cells: refCells } } : {}),
    notes, source: provenance(ds, edition),
  };
}

/** The chart in words: each row's published values, then the reference. */
export function describeProfile(s: ProfileState): string {
  const line = (name: string, cells: (Cell | undefined)[]) =>
    `${name}: ${s.metrics.map((m, i) => `${m.name} ${cells[i]?.text ?? 'no data'}`).join(', ')}.`;
  const rows = s.rows.map((r) => line(r.name, r.cells));
  if (s.reference) rows.push(line(s.reference.name, s.reference.cells));
  return `Scores from ${s.domain[0]} to ${s.domain[1]}. ${rows.join(' ')}`;
}
