/**
 * Imports the 193 UN member states of shared/data/egdi.csv into content/countries.yaml, with OECD
 * membership (38 members) and region, plus the OECD average into content/aggregates.yaml.
 */
import { resolve } from 'node:path';
import worldCountries from 'world-countries';
import { stringify } from 'yaml';
import { readCsv } from '../src/lib/csv.ts';
import { CONTENT, sharedDataDir } from './lib/paths.ts';
import { writeIfChanged, type WriteResult } from './lib/import/write-files.ts';

/** The 38 OECD member countries (oecd.org/en/about/members-partners.html, as of 2026). */
export const OECD_MEMBERS = [
  'AUS', 'AUT', 'BEL', 'CAN', 'CHL', 'COL', 'CRI', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU',
  'GRC', 'HUN', 'ISL', 'IRL', 'ISR', 'ITA', 'JPN', 'KOR', 'LVA', 'LTU', 'LUX', 'MEX', 'NLD',
  'NZL', 'NOR', 'POL', 'PRT', 'SVK', 'SVN', 'ESP', 'SWE', 'CHE', 'TUR', 'GBR', 'USA',
] as const;

/** Short names as the OECD's own tables (dgi.csv, ourdata.csv) print them, by ISO3. */
function oecdNames(dir: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const f of ['dgi.csv', 'ourdata.csv']) {
    for (const { record } of readCsv(resolve(dir, f), ['iso3', 'country'])) names.set(record.iso3!, record.country!);
  }
  return names;
}

/** Writes content/countries.yaml and content/aggregates.yaml. */
export function importCountries(check = false): Record<string, WriteResult> {
  const dir = sharedDataDir();
  const file = resolve(dir, 'egdi.csv');
  const un = new Map<string, string>();
  for (const { line, record } of readCsv(file, ['iso3', 'country'])) {
    if (!/^[A-Z]{3}$/.test(record.iso3 ?? '')) throw new Error(`${file}:${line}: iso3 "${record.iso3}" is not an ISO3 code`);
    un.set(record.iso3!, record.country!);
  }
  if (un.size !== 193) throw new Error(`${file}: expected the 193 UN member states, found ${un.size}`);
  const missing = OECD_MEMBERS.filter((c) => !un.has(c));
  if (missing.length) throw new Error(`${file}: OECD members missing from the UN list: ${missing.join(', ')}`);
  const oecd = oecdNames(dir);
  const geo = new Map(worldCountries.map((c) => [c.cca3, c]));
  const countries = [...un].map(([id, unName]) => {
    const g = geo.get(id);
    if (!g) throw new Error(`${file}: no region known for ${id} (${unName}); add it to the world-countries mapping`);
    return {
      id,
      name: oecd.get(id) ?? g.name.common,
      unName,
      oecd: (OECD_MEMBERS as readonly string[]).includes(id),
      region: g.region,
      ...(g.subregion ? { subregion: g.subregion } : {}),
    };
  });
  countries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const aggregates = [
    {
      id: 'OECD',
      name: 'OECD average',
      description: 'The average the OECD publishes with each edition of its indices, over the countries covered by that edition. It is not a country.',
    },
  ];
  const header =
    '# Imported by scripts/import-countries.ts: names from shared/data (OECD tables, else world-countries), UN names from egdi.csv,\n' +
    '# regions from the world-countries package (UN geoscheme; ODbL). Edit the sources, then re-import.\n';
  return {
    'countries.yaml': writeIfChanged(resolve(CONTENT, 'countries.yaml'), header + stringify(countries), check),
    'aggregates.yaml': writeIfChanged(resolve(CONTENT, 'aggregates.yaml'), header + stringify(aggregates), check),
  };
}
