/** Formatting for people: dates and date ranges in British English, as the OECD writes them. */

const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2015-09-30" -> "30 September 2015". */
export function formatDate(iso: string): string {
  return LONG.format(new Date(`${iso}T00:00:00Z`));
}

/** A meeting's dates: "29–30 September 2015", "30 September – 1 October 2015", or the year when unknown. */
export function formatDateRange(year: number, start?: string, end?: string): string {
  if (!start) return `${year} (exact date not known)`;
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
