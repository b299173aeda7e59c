/** The part of citation-js's API the hub uses (the package ships no types). */
declare module '@citation-js/core' {
  /** A list of references, from CSL-JSON or any format a loaded plugin reads. */
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    /** The references as CSL-JSON. */
    data: Record<string, unknown>[];
    /** The references in a format of a loaded plugin: `bibtex`, `ris`, `bibliography`... */
    format(format: string, options?: Record<string, unknown>): string | object;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
