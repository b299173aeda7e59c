/**
 * Imports the sourced data in ../shared/data (or $SHARED_DATA) into content/.
 * Idempotent: a second run changes nothing. `--check` writes nothing and exits 1 if content/ is stale.
 */
import { importCountries } from './import-countries.ts';
import { importIndicators } from './import-indicators.ts';
import { importMeetings } from './import-meetings.ts';
import { importPractices } from './import-practices.ts';
import { importTaxonomy } from './import-taxonomy.ts';

const check = process.argv.includes('--check');
const steps = { taxonomy: importTaxonomy, countries: importCountries, indicators: importIndicators, meetings: importMeetings, practices: importPractices };
let stale = 0;
try {
  for (const [name, run] of Object.entries(steps)) {
    const results = Object.entries(run(check));
    const changed = results.filter(([, r]) => r !== 'unchanged');
    stale += changed.filter(([, r]) => r === 'stale').length;
    console.log(`${name}: ${results.length} file(s), ${changed.length} ${check ? 'stale' : 'written'}${changed.length ? ': ' + changed.map(([f]) => f).join(', ') : ''}`);
  }
} catch (err) {
  console.error(`Import failed, nothing further written:\n${(err as Error).message}`);
  process.exit(1);
}
if (check && stale) {
  console.error(`${stale} file(s) in content/ differ from ../shared/data: run \`npm run import\`.`);
  process.exit(1);
}
