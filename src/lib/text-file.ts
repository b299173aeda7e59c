/**
 * Reading a text file the hub accepts: UTF-8, with or without a byte-order mark, LF or CRLF line ends.
 * Anything else (UTF-16, Latin-1 or other non-UTF-8 bytes, NUL bytes, a folder or a link where a file is
 * expected) is refused with an error that names the file and says what to do.
 */
import { lstatSync, readFileSync } from 'node:fs';

const UTF16 = [[0xff, 0xfe], [0xfe, 0xff]] as const;

/** The line (1-based) of byte offset `at` in `bytes`. */
function lineAt(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < bytes.length; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** The first byte offset that is not valid UTF-8, or -1. */
function firstBadByte(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Decoding is all-or-nothing; bisect to the first bad byte (the message names its line).
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

/** `bytes` as text: UTF-8 with its byte-order mark removed; throws `file:line: reason: fix` otherwise. */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (UTF16.some(([a, b]) => bytes[0] === a && bytes[1] === b)) {
    throw new Error(`${file}:1: encoding: the file is UTF-16: save it as UTF-8`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new Error(`${file}:${lineAt(bytes, firstBadByte(bytes))}: encoding: the file is not UTF-8 (for example Latin-1 or Windows-1252): save it as UTF-8`);
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) throw new Error(`${file}:${text.slice(0, nul).split('\n').length}: encoding: the file holds a NUL byte, so it is not a text file: save it as UTF-8 text`);
  return text;
}

/** Why `path` cannot be read as an entry file (a folder, a symbolic link, not a file), or undefined. */
export function notAFile(path: string, file: string): string | undefined {
  const st = lstatSync(path, { throwIfNoEntry: false });
  if (!st) return `${file}: missing: the file does not exist`;
  if (st.isSymbolicLink()) return `${file}: a symbolic link is not allowed here: put the file itself in its place`;
  if (st.isDirectory()) return `${file}: a folder is not allowed here (its name looks like an entry): rename or move it`;
  if (!st.isFile()) return `${file}: not a regular file: put a text file in its place`;
  return undefined;
}

/** Reads a UTF-8 text file (see decodeText); refuses a folder or link by name. */
export function readText(path: string, file = path): string {
  const why = notAFile(path, file);
  if (why) throw new Error(why);
  return decodeText(readFileSync(path), file);
}
