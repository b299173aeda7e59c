/**
 * One CSV field, the only place the hub turns a value into CSV text. Pure: browser-safe (the compare page's
 * downloads use it too).
 *
 * Formula neutralisation (OWASP "CSV Injection"): a text cell a spreadsheet would evaluate, one whose first
 * character is = + - @, a tab, a carriage return or NUL (or the full-width = + - @ some spreadsheets fold to
 * them, or any of these after leading spaces), is written with a leading apostrophe, so Excel, LibreOffice and
 * Sheets show it as text. Numbers stay numbers: a number, or text that is a plain decimal number such as
 * "-0.25" or "1e-3", is written unchanged. Then RFC 4180 quoting: a field holding a comma, a quote, a line
 * break or an apostrophe-neutralised value is quoted, quotes doubled.
 */

/** Characters that make a spreadsheet read a cell as a formula when they start it. */
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n\0]/;
/** A plain decimal number, signed or not, with an optional exponent: left alone (a negative number is no formula). */
const PLAIN_NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** True when `s` would be evaluated as a formula by a spreadsheet opening the CSV. */
export function isFormulaLike(s: string): boolean {
  return FORMULA_START.test(s) && !PLAIN_NUMBER.test(s);
}

/** `v` as text a spreadsheet shows as written: an apostrophe before a formula-like text, numbers unchanged. */
export function neutraliseCell(v: string | number): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return isFormulaLike(v) ? `'${v}` : v;
}

/** One CSV field: neutralised (see above), then quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(v: string | number): string {
  const s = neutraliseCell(v);
  return /[",\r\n]/.test(s) || s !== String(v) ? `"${s.replace(/"/g, '""')}"` : s;
}
