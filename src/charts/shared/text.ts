/** Text measures for SVG layout without a browser: widths are estimated, generously, from character counts. */

/** Estimated width in pixels of `text` at `size` px in the system sans-serif (average glyph ≈ 0.66 em, DejaVu Sans being wide). */
export function textWidth(text: string, size = 13): number {
  return text.length * size * 0.66;
}

/** Estimated width of the widest of `texts` at `size` px (0 for none): the room a column of labels needs. */
export function widest(texts: readonly string[], size = 13): number {
  return Math.max(0, ...texts.map((t) => textWidth(t, size)));
}

/** Breaks `text` into lines of at most `max` characters at spaces; a longer word stays whole on its own line. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Shortens `text` to at most `max` characters, ending with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** "a, b and c". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
