/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). Pure: browser-safe. */
export function csvField(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
