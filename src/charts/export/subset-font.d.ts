/** The part of subset-font's API the hub uses (the package ships no types). */
declare module 'subset-font' {
  interface SubsetOptions {
    /** 'sfnt' (TrueType or OpenType, as the input), 'woff' or 'woff2'. */
    targetFormat?: 'sfnt' | 'woff' | 'woff2';
    /** Name table entries to keep besides the few HarfBuzz keeps. */
    preserveNameIds?: number[];
  }
  /** The font in `buffer` cut down to the characters of `text`. */
  export default function subsetFont(buffer: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}
