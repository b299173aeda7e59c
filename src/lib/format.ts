/** Formatting for people: dates and date ranges in British English, as the OECD writes them. */

const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2015-09-30" -> "30 September 2015". */
export function formatDate(iso: string): string {
  return LONG.format(new Date(`${iso}T00:00:00Z`));
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2023-06-01" -> "June 2023": for a date whose source gives only the month. */
export function formatMonth(iso: string): string {
  return MONTH.format(new Date(`${iso}T00:00:00Z`));
}

/** A document's date as precisely as its source gives it: "30 September 2015", or "June 2023". */
export function formatDocumentDate(iso: string, precision?: 'day' | 'month'): string {
  return precision === 'month' ? formatMonth(iso) : formatDate(iso);
}

/**
 * A meeting's dates: "29–30 September 2015", "30 September – 1 October 2015", "9 June 2003" (one day),
 * "from 3 November 2025 (end date not known)" when only the first day is known, or the year when no date is.
 */
export function formatDateRange(year: number, start?: string, end?: string, endKnown?: boolean): string {
  if (!start) return `${year} (exact date not known)`;
  if (endKnown === false) return `from ${formatDate(start)} (end date not known)`;
  if (!end || end === start) return formatDate(start);
  const [sy, sm] = start.split('-');
  const [ey, em] = end.split('-');
  const a = formatDate(start).split(' ');
  if (sy === ey && sm === em) return `${a[0]}–${formatDate(end)}`;
  if (sy === ey) return `${a[0]} ${a[1]} – ${formatDate(end)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** "OECD Digital Government Index (DGI)"; a name that already holds its short name is left as it is. */
export function withShortName(name: string, shortName: string): string {
  return name.includes(`(${shortName})`) ? name : `${name} (${shortName})`;
}
