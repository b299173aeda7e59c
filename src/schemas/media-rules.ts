/**
 * The rules for uploaded media, without file access (the CMS insert form runs them in the browser):
 * one folder, a few file types, a size limit. src/checks/media.ts applies them to the files.
 */

/** Where uploads are stored, relative to the project root (the CMS `media_folder`). */
export const MEDIA_FOLDER = 'public/media';

/** The address uploads are served from (the CMS `public_folder`). */
export const MEDIA_URL = '/media';

/** Largest upload accepted, in bytes (2 MiB): enough for a photograph saved for the web. */
export const MEDIA_MAX_BYTES = 2 * 1024 * 1024;

/** The ASCII text of bytes `from` to `to` of a file's first bytes. */
function ascii(head: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...head.subarray(from, to));
}

/** Accepted types: extension -> how the file must start. SVG is refused: it can carry scripts. */
export const MEDIA_TYPES: Readonly<Record<string, { label: string; magic: (head: Uint8Array) => boolean }>> = {
  png: { label: 'PNG', magic: (h) => ascii(h, 0, 8) === '\x89PNG\r\n\x1a\n' },
  jpg: { label: 'JPEG', magic: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  jpeg: { label: 'JPEG', magic: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  webp: { label: 'WebP', magic: (h) => ascii(h, 0, 4) === 'RIFF' && ascii(h, 8, 12) === 'WEBP' },
  avif: { label: 'AVIF', magic: (h) => ascii(h, 4, 12) === 'ftypavif' },
  pdf: { label: 'PDF', magic: (h) => ascii(h, 0, 5) === '%PDF-' },
};

/** Allowed extensions, for messages and the CMS. */
export const MEDIA_EXTENSIONS = Object.keys(MEDIA_TYPES);

/** A file name the site can serve as is: lower-case letters, digits, hyphens, one extension. */
const NAME = /^[a-z0-9][a-z0-9-]*\.[a-z0-9]+$/;

/** Why `name` (a file name in the media folder) is not allowed, or undefined when it is. */
export function mediaNameProblem(name: string): string | undefined {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  if (!MEDIA_TYPES[ext]) {
    return `file type ".${ext}" is not accepted: upload ${MEDIA_EXTENSIONS.join(', ')} files${ext === 'svg' ? ' (SVG can carry scripts: export it as PNG or WebP)' : ''}`;
  }
  if (!NAME.test(name)) return `file name "${name}" must use lower-case letters, digits and hyphens, e.g. x-road-map.png: rename it`;
  return undefined;
}
