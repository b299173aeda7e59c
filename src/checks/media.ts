/**
 * Uploaded media: one folder, a few file types, a size limit. The CMS uploads there
 * (src/cms/config.ts), the content check enforces the rules (`checkMedia`), and the MDX gate
 * checks that a `/media/...` address names an allowed file.
 */
import { existsSync, openSync, readSync, closeSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MEDIA_FOLDER, MEDIA_MAX_BYTES, MEDIA_TYPES, mediaNameProblem } from '../schemas/media-rules.ts';

export { MEDIA_FOLDER, MEDIA_URL, MEDIA_MAX_BYTES, MEDIA_TYPES, MEDIA_EXTENSIONS, mediaNameProblem } from '../schemas/media-rules.ts';

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
