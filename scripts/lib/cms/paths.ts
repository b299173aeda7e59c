/**
 * Where the local CMS may read and write: each CMS model's own folder under content/ (with that model's
 * extension), and the media folder (with the media rules). Every path a request names is checked here
 * before decap-server sees it: no `..`, no absolute path, no symlink leading out, nothing else.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { CMS_COLLECTIONS, type CmsModelName } from '../../../src/cms/config.ts';
import { MEDIA_FOLDER, mediaNameProblem } from '../../../src/schemas/media-rules.ts';
import { MODELS } from '../../../src/schemas/models.ts';

/** A CMS collection's folder (relative to the repository) and file extension. */
export interface CollectionArea {
  name: CmsModelName;
  folder: string;
  extension: string;
}

/** The folders the CMS edits, one per collection, from the models. */
export const COLLECTION_AREAS: readonly CollectionArea[] = (Object.keys(CMS_COLLECTIONS) as CmsModelName[]).map((name) => {
  const model = MODELS[name];
  return { name, folder: `content/${model.path}`, extension: 'extension' in model && model.extension ? model.extension : 'yaml' };
});

/** An entry's file name without extension, as the CMS writes it (the slug). */
const STEM = /^[a-z0-9][a-z0-9-]*$/;

const WHERE = `entries go in ${COLLECTION_AREAS.map((a) => `${a.folder}/*.${a.extension}`).join(', ')}; uploads in ${MEDIA_FOLDER}/`;

/** Why `path` may not be named at all (syntax only), or undefined. */
function syntaxProblem(path: string): string | undefined {
  if (path.startsWith('/') || /^[a-z]:/i.test(path)) return `"${path}" is an absolute path: ${WHERE}`;
  if (path.includes('\\') || path.includes('\0')) return `"${path}" contains a backslash or NUL: ${WHERE}`;
  const parts = path.split('/');
  if (parts.includes('..')) return `"${path}" climbs out with "..": ${WHERE}`;
  if (parts.some((p) => p === '' || p === '.')) return `"${path}" has an empty or "." segment: ${WHERE}`;
  if (parts.some((p) => p.toLowerCase() === '.git')) return `"${path}" is inside .git/, which the CMS never touches: ${WHERE}`;
  return undefined;
}

/** Why `path` (a folder or file inside `repo`) resolves outside `folder`, through a symlink, or undefined. */
function symlinkProblem(repo: string, folder: string, path: string): string | undefined {
  const root = realpathSync(repo);
  let real: string;
  try {
    real = realpathSync(join(repo, folder));
  } catch {
    return undefined; // the folder does not exist yet: nothing can lead out of it
  }
  if (real !== join(root, folder)) return `"${path}": ${folder}/ is a symbolic link that leads out of it; the CMS does not follow it`;
  try {
    if (path !== folder && lstatSync(join(repo, path)).isSymbolicLink()) return `"${path}" is a symbolic link; the CMS does not follow links`;
  } catch {
    // A file that does not exist yet cannot be a link.
  }
  return undefined;
}

/** The collection whose entry `path` is, or a message saying why it is not one. */
export function entryArea(repo: string, path: string): CollectionArea | string {
  const bad = syntaxProblem(path);
  if (bad) return bad;
  const slash = path.lastIndexOf('/');
  const area = COLLECTION_AREAS.find((a) => a.folder === path.slice(0, slash));
  if (!area) return `"${path}" is not in a folder the CMS edits: ${WHERE}`;
  const file = path.slice(slash + 1);
  if (!file.endsWith(`.${area.extension}`) || !STEM.test(file.slice(0, -area.extension.length - 1))) {
    return `"${path}": entries of ${area.name} are ${area.folder}/<name>.${area.extension}, the name in lower-case letters, digits and hyphens`;
  }
  return symlinkProblem(repo, area.folder, path) ?? area;
}

/** Why `path` is not an upload the CMS may read or write, or undefined when it is. */
export function mediaProblem(repo: string, path: string): string | undefined {
  const bad = syntaxProblem(path);
  if (bad) return bad;
  if (!path.startsWith(`${MEDIA_FOLDER}/`) || path.slice(MEDIA_FOLDER.length + 1).includes('/')) return `"${path}" is not in ${MEDIA_FOLDER}/: ${WHERE}`;
  const name = mediaNameProblem(path.slice(MEDIA_FOLDER.length + 1));
  if (name) return `"${path}": ${name}`;
  return symlinkProblem(repo, MEDIA_FOLDER, path);
}

/** Why `path` is neither an entry nor an upload, or undefined when it is one of them. */
export function entryOrMediaProblem(repo: string, path: string): string | undefined {
  if (path.startsWith(`${MEDIA_FOLDER}/`)) return mediaProblem(repo, path);
  const area = entryArea(repo, path);
  return typeof area === 'string' ? area : undefined;
}

/** Why `folder` (with `extension`) is not a collection's folder, or undefined. */
export function folderProblem(repo: string, folder: string, extension: string): string | undefined {
  const bad = syntaxProblem(folder);
  if (bad) return bad;
  const area = COLLECTION_AREAS.find((a) => a.folder === folder);
  if (!area) return `"${folder}" is not a folder the CMS edits: ${WHERE}`;
  if (extension !== area.extension && extension !== `.${area.extension}`) return `entries in ${folder}/ are .${area.extension} files, not "${extension}"`;
  return symlinkProblem(repo, folder, folder);
}
