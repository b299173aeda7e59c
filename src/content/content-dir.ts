/**
 * The content folder the build reads: `content` unless HUB_CONTENT_DIR names another one. Only the
 * benchmarks set it, to build the hub on a synthetic corpus in a temporary folder (scripts/bench.ts).
 */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.HUB_CONTENT_DIR?.trim() || 'content';
}
