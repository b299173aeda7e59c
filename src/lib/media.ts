/**
 * Uploaded media: one folder, a few file types, a size limit. The CMS uploads there
 * (src/lib/cms-config.ts), the content check enforces the rules (`checkMedia`), and the MDX gate
 * checks that a `/media/...` address names an allowed file.
 */
import { existsSync, openSync, readSync, closeSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Where uploads are stored, relative to the project root (the CMS `media_folder`). */
export const MEDIA_FOLDER = 'public/media';

/** The address uploads are served from (the CMS `public_folder`). */
export const MEDIA_URL = '/media';

/** Largest upload accepted, in bytes (2 MiB): enough for a photograph saved for the web. */
export const MEDIA_MAX_BYTES = 2 * 1024 * 1024;

/** Accepted types: extension -> how the file must start. SVG is refused: it can carry scripts. */
export const MEDIA_TYPES: Readonly<Record<string, { label: string; magic: (head: Buffer) => boolean }>> = {
  png: { label: 'PNG', magic: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  jpg: { label: 'JPEG', magic: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  jpeg: { label: 'JPEG', magic: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  webp: { label: 'WebP', magic: (h) => h.toString('latin1', 0, 4) === 'RIFF' && h.toString('latin1', 8, 12) === 'WEBP' },
  avif: { label: 'AVIF', magic: (h) => h.toString('latin1', 4, 12) === 'ftypavif' },
  pdf: { label: 'PDF', magic: (h) => h.toString('latin1', 0, 5) === '%PDF-' },
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

function head(file: string): Buffer {
  const buf = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buf, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  return buf;
}

/** One problem with an uploaded file. */
export interface MediaProblem {
  /** Path relative to the project root. */
  file: string;
  message: string;
}

/** Checks every file in the media folder under `root`: type, name, content signature, size, no sub-folders. */
export function checkMedia(root: string): MediaProblem[] {
  const dir = join(root, MEDIA_FOLDER);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): MediaProblem[] => {
    const file = `${MEDIA_FOLDER}/${entry.name}`;
    if (entry.name.startsWith('.')) return [];
    if (!entry.isFile()) return [{ file, message: `uploads go in ${MEDIA_FOLDER}/ itself, not in sub-folders: move the files up and remove the folder` }];
    const nameProblem = mediaNameProblem(entry.name);
    if (nameProblem) return [{ file, message: nameProblem }];
    const path = join(dir, entry.name);
    const { size } = statSync(path);
    if (size > MEDIA_MAX_BYTES) {
      return [{ file, message: `${(size / 1048576).toFixed(1)} MiB is over the ${MEDIA_MAX_BYTES / 1048576} MiB limit: resize or compress it` }];
    }
    const type = MEDIA_TYPES[entry.name.slice(entry.name.lastIndexOf('.') + 1).toLowerCase()]!;
    if (!type.magic(head(path))) return [{ file, message: `the file is not really ${type.label}: export it again as ${type.label}` }];
    return [];
  });
}
