/**
 * The build's own check, run by the local CMS guard on what a save is about to write: the content
 * check and the safe-MDX gate (src/checks/) on each entry, with the references of the published
 * content, and the media rules on each upload. A save the build would refuse is refused, with the
 * build's messages (file, line, field, fix).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkEntry, formatProblem } from '../../../src/checks/content-check.ts';
import { loadRefs } from '../../../src/content/refs.ts';
import { MEDIA_FOLDER, MEDIA_TYPES } from '../../../src/schemas/media-rules.ts';
import { entryArea } from './paths.ts';

/** An upload as the CMS sends it. */
export interface UploadIn {
  path: string;
  content: string;
}

/** An entry file as the CMS sends it. */
export interface EntryIn {
  path: string;
  raw: string;
}

/** Why the bytes of `upload` are not the type its name says, or undefined. */
function uploadProblem(upload: UploadIn): string | undefined {
  const bytes = Buffer.from(upload.content, 'base64');
  const type = MEDIA_TYPES[upload.path.slice(upload.path.lastIndexOf('.') + 1).toLowerCase()];
  if (!type) return `${upload.path}: this file type is not accepted`;
  if (!type.magic(bytes.subarray(0, 16))) return `${upload.path}: the file is not really ${type.label}: export it again as ${type.label}`;
  return undefined;
}

/**
 * The build's messages about `entries` and `uploads` if they were written into `repo` as they are;
 * empty when the build would accept them.
 */
export function saveProblems(repo: string, entries: readonly EntryIn[], uploads: readonly UploadIn[]): string[] {
  const refs = loadRefs(join(repo, 'content'));
  const coming = new Set(uploads.map((u) => u.path.slice(MEDIA_FOLDER.length + 1)));
  const mediaExists = (name: string) => coming.has(name) || existsSync(join(repo, MEDIA_FOLDER, name));
  const problems = uploads.flatMap((u) => uploadProblem(u) ?? []);
  for (const entry of entries) {
    const area = entryArea(repo, entry.path);
    if (typeof area === 'string') problems.push(area);
    else problems.push(...checkEntry(area.name, entry.path, entry.raw, refs, mediaExists).map(formatProblem));
  }
  return problems;
}
