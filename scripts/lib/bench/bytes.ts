/** Counting and printing bytes and durations for the benchmarks and the size budgets. */
import { gzipSync } from 'node:zlib';

/** Size in bytes of a text (UTF-8) or buffer. */
export function byteLength(data: string | Uint8Array): number {
  return typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength;
}

/**
 * Size in bytes after gzip at zlib's default level (6), what a typical web server sends.
 * Deterministic for a given input and zlib version.
 */
export function gzipLength(data: string | Uint8Array): number {
  return data.length === 0 ? 0 : gzipSync(data, { level: 6 }).byteLength;
}

/** Bytes in decimal kilobytes or megabytes, e.g. "0 B", "812 B", "12.3 kB", "4.56 MB". */
export function formatBytes(n: number): string {
  if (n < 1000) return `${n} B`;
  if (n < 1_000_000) return `${(n / 1000).toFixed(1)} kB`;
  if (n < 1_000_000_000) return `${(n / 1_000_000).toFixed(2)} MB`;
  return `${(n / 1_000_000_000).toFixed(2)} GB`;
}

/** Milliseconds as seconds or minutes and seconds, e.g. "850 ms", "12.4 s", "3 min 05 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}
