/**
 * Decap's English wording, where it does not fit the hub (browser only): the workflow board's
 * "New Post" (the hub has practices, statements, reviews and meetings, not posts), and the collection's
 * "＋ Practice" button, whose full-width plus sign (U+FF0B) shows as an empty box where the system fonts
 * lack it. Only these phrases change; the rest stay Decap's.
 */

/** The phrases the hub changes, in Decap's locale structure. */
export const PHRASES = {
  workflow: { workflow: { newPost: 'New entry' } },
  // The button's accessible name must contain its visible text (WCAG 2.5.3), so both change.
  collection: { collectionTop: { newButton: 'New %{collectionLabel}', newButtonAriaLabel: 'New %{collectionLabel}' } },
} as const;

type Tree = { [key: string]: string | Tree };

/** `base` with `changes` laid over it, key by key (neither is modified). */
export function withPhrases(base: Tree, changes: Tree): Tree {
  const out: Tree = { ...base };
  for (const [k, v] of Object.entries(changes)) {
    const b = base[k];
    out[k] = typeof v === 'string' || typeof b !== 'object' ? v : withPhrases(b, v);
  }
  return out;
}
