/**
 * The requests the local CMS accepts: exactly the actions Decap's proxy backend sends, each with a zod
 * schema of its parameters, and every path checked against the folders the CMS edits (paths.ts).
 * What passes is rebuilt from the schema's output, so keys nobody declared never reach decap-server.
 */
import { z } from 'zod';
import { MEDIA_FOLDER, MEDIA_MAX_BYTES } from '../../../src/schemas/media-rules.ts';
import { COLLECTION_AREAS, entryArea, entryOrMediaProblem, folderProblem, mediaProblem } from './paths.ts';

/** Actions that only read (they may run while the working tree has changes of the editor's own). */
export const READ_ACTIONS = [
  'info', 'entriesByFolder', 'entriesByFiles', 'getEntry', 'unpublishedEntries', 'unpublishedEntry',
  'unpublishedEntryDataFile', 'unpublishedEntryMediaFile', 'getMedia', 'getMediaFile', 'getDeployPreview',
] as const;

/** Actions that change files, branches or git configuration. */
export const WRITE_ACTIONS = [
  'persistEntry', 'persistMedia', 'deleteFile', 'deleteFiles', 'deleteUnpublishedEntry',
  'updateUnpublishedEntryStatus', 'publishUnpublishedEntry',
] as const;

/** Actions Decap's UI sends that decap-server does not implement; the guard answers them itself, with nothing. */
export const EMPTY_ANSWERS: Readonly<Record<string, unknown>> = { getNotes: { notes: [] }, getPRMetadata: { metadata: null } };

/** A request that passed: its action, whether it writes, and the body to hand to decap-server. */
export interface Accepted {
  action: string;
  writes: boolean;
  body: { action: string; params?: Record<string, unknown> };
}

/** Builds the schemas for a backend publishing to `branch` in `repo`. */
export function requestSchemas(repo: string, branch: string) {
  const pathRule = (problem: (p: string) => string | undefined) =>
    z.string().superRefine((p, ctx) => {
      const why = problem(p);
      if (why) ctx.addIssue({ code: 'custom', message: why });
    });
  const entryPath = pathRule((p) => { const a = entryArea(repo, p); return typeof a === 'string' ? a : undefined; });
  const mediaPath = pathRule((p) => mediaProblem(repo, p));
  const anyPath = pathRule((p) => entryOrMediaProblem(repo, p));
  const names = COLLECTION_AREAS.map((a) => a.name) as [string, ...string[]];
  const collection = z.enum(names, { error: `must be one of the CMS collections: ${names.join(', ')}` });
  const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens');
  const base = { branch: z.literal(branch, { error: `must be "${branch}", the branch this CMS publishes to` }) };
  const draft = { ...base, collection, slug };
  const labelPrefix = z.string().regex(/^[a-z0-9/_-]*$/).optional();
  const commit = z.object({ commitMessage: z.string().min(1).max(2000) });
  const asset = z.object({
    path: mediaPath,
    content: z.base64().refine((c) => (c.length * 3) / 4 <= MEDIA_MAX_BYTES + 3, `is over the ${MEDIA_MAX_BYTES / 1048576} MiB limit: resize or compress it`),
    encoding: z.literal('base64'),
  });
  const dataFile = z.object({ slug, path: entryPath, raw: z.string().max(5_000_000), newPath: entryPath.optional() })
    .refine((f) => !f.newPath || f.newPath.slice(0, f.newPath.lastIndexOf('/')) === f.path.slice(0, f.path.lastIndexOf('/')), 'newPath must stay in the same folder');
  const status = z.enum(['draft', 'pending_review', 'pending_publish']);
  return {
    info: z.unknown().optional(),
    entriesByFolder: z.object({ ...base, folder: z.string(), extension: z.string(), depth: z.literal(1) })
      .superRefine((p, ctx) => { const why = folderProblem(repo, p.folder, p.extension); if (why) ctx.addIssue({ code: 'custom', path: ['folder'], message: why }); }),
    entriesByFiles: z.object({ ...base, files: z.array(z.object({ path: entryPath, label: z.string().optional() })).max(10_000) }),
    getEntry: z.object({ ...base, path: entryPath }),
    unpublishedEntries: z.object(base),
    unpublishedEntry: z.object({ ...base, id: z.string().regex(/^[a-z]+\/[a-z0-9][a-z0-9-]*$/).optional(), collection: collection.optional(), slug: slug.optional(), cmsLabelPrefix: labelPrefix })
      .refine((p) => p.id ? names.includes(p.id.split('/')[0]!) : p.collection && p.slug, 'needs an id "<collection>/<slug>" or a collection and a slug'),
    unpublishedEntryDataFile: z.object({ ...draft, id: z.string().optional(), path: entryPath }),
    unpublishedEntryMediaFile: z.object({ ...draft, id: z.string().optional(), path: mediaPath }),
    getMedia: z.object({ ...base, mediaFolder: z.literal(MEDIA_FOLDER) }),
    getMediaFile: z.object({ ...base, path: mediaPath }),
    getDeployPreview: z.object(draft),
    persistEntry: z.object({
      ...base,
      cmsLabelPrefix: labelPrefix,
      dataFiles: z.array(dataFile).min(1).max(1),
      assets: z.array(asset).max(20),
      options: z.object({ collectionName: collection, commitMessage: z.string().min(1).max(2000), useWorkflow: z.literal(true), status, hasSubfolders: z.boolean().optional() }),
    }).refine((p) => p.dataFiles.every((f) => (entryArea(repo, f.path) as { name?: string }).name === p.options.collectionName), 'each file must be in the folder of options.collectionName'),
    persistMedia: z.object({ ...base, asset, options: commit }),
    deleteFile: z.object({ ...base, path: anyPath, options: commit }),
    deleteFiles: z.object({ ...base, paths: z.array(anyPath).min(1).max(100), options: commit }),
    deleteUnpublishedEntry: z.object(draft),
    updateUnpublishedEntryStatus: z.object({ ...draft, newStatus: status, cmsLabelPrefix: labelPrefix }),
    publishUnpublishedEntry: z.object(draft),
  } satisfies Record<(typeof READ_ACTIONS)[number] | (typeof WRITE_ACTIONS)[number], z.ZodType>;
}

/** Checks a parsed request body; returns what may pass, or a message naming the field and the fix. */
export function checkRequest(body: unknown, schemas: ReturnType<typeof requestSchemas>): Accepted | string {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'the request body must be a JSON object with "action" and "params"';
  const { action, params } = body as { action?: unknown; params?: unknown };
  if (typeof action !== 'string') return 'the request has no "action"';
  if (!Object.hasOwn(schemas, action)) return `the action "${action}" is not one the CMS uses; accepted: ${[...READ_ACTIONS, ...WRITE_ACTIONS].join(', ')}`;
  const r = (schemas[action as keyof typeof schemas] as z.ZodType).safeParse(params);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    return `${action}: params.${issue.path.join('.') || '(all)'} ${issue.message}`;
  }
  const writes = (WRITE_ACTIONS as readonly string[]).includes(action);
  return { action, writes, body: r.data === undefined ? { action } : { action, params: r.data as Record<string, unknown> } };
}
