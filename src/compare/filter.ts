/** Filtering country names as a reader types in the combobox. Pure. */

/** A country the picker can offer. */
export interface Option {
  iso3: string;
  name: string;
}

/** Lower case without accents, so "turkiye" finds "Türkiye" and "cote" finds "Côte d'Ivoire". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

/**
 * The options matching `typed`, leaving out those already chosen: names that start with it first, then names with
 * a word that starts with it, then names containing it, then ISO codes; alphabetical within each group.
 */
export function filterOptions(options: readonly Option[], typed: string, chosen: ReadonlySet<string> = new Set()): Option[] {
  const q = fold(typed);
  const rankOf = (o: Option): number => {
    if (!q) return 0;
    const n = fold(o.name);
    if (n.startsWith(q)) return 0;
    if (n.split(/[\s\-'(),]+/).some((w) => w.startsWith(q))) return 1;
    if (n.includes(q)) return 2;
    if (o.iso3.toLowerCase().startsWith(q)) return 3;
    return -1;
  };
  return options
    .filter((o) => !chosen.has(o.iso3))
    .map((o) => ({ o, r: rankOf(o) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.o.name.localeCompare(b.o.name, 'en'))
    .map((x) => x.o);
}
