/**
 * The size limits of content, as data: the content check enforces them before anything is compiled (so a
 * hostile or broken file cannot exhaust the build), the field kinds carry the length limits into zod and the CMS.
 * Each is far above what real content uses (longest line 444 characters, largest entry 5 KB, in 2026).
 */

/** Limits, each with the unit in its name. */
export const LIMITS = {
  /** An entry file (.mdx or .yaml of a folder model). */
  entryFileBytes: 256 * 1024,
  /** A list file (countries.yaml, …) or an indicator's observations (.csv): egdi.csv is 240 KB. */
  dataFileBytes: 8 * 1024 * 1024,
  /** The body of an MDX entry, after its frontmatter. */
  bodyChars: 100_000,
  /** One line of an MDX body. */
  lineChars: 5_000,
  /** How deep block quotes, lists and components may nest in an MDX body, together. */
  nestingDepth: 8,
  /** A one-line text field (a title, a name, a label). */
  stringChars: 300,
  /** A multi-line text field (a summary). */
  textChars: 2_000,
} as const;

/** A file name that is a canonical slug: lower-case letters, digits, single hyphens between them. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
