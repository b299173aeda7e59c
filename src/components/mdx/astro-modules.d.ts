/**
 * Lets plain `tsc` read the barrel's `.astro` re-exports (`astro check` resolves the real files;
 * `tsc --noEmit` has no `.astro` support and falls back to this shape).
 */
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
