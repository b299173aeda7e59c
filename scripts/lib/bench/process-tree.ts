/**
 * Parsing Linux /proc text, so the benchmarks can report the peak resident memory of a build together
 * with every process it starts (Node, Pagefind's binary). Pure: the caller reads the files.
 */

/** Resident bytes from the text of /proc/<pid>/statm (its second field, in pages). */
export function residentBytes(statm: string, pageSize = 4096): number {
  const pages = Number(statm.trim().split(/\s+/)[1]);
  return Number.isFinite(pages) ? pages * pageSize : 0;
}

/** The pids listed in the text of /proc/<pid>/task/<tid>/children (space-separated, maybe empty). */
export function childPids(text: string): number[] {
  return text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
}
