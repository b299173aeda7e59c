/**
 * Astro keeps only the last prerenderer an integration sets (`setPrerenderer` in astro:build:start). Two of the hub's
 * integrations see the pages as they are rendered (the search index, src/integrations/pagefind.ts; the chart PNGs,
 * src/integrations/chart-pngs.ts): each offers a layer, and `prerenderLayers`, last in astro.config.mjs, sets one
 * prerenderer made of them around Astro's own.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';

/** Wraps a prerenderer (Astro's own, or another layer) in one that does more. */
export type PrerenderLayer = (inner: AstroPrerenderer) => AstroPrerenderer;

/**
 * A layer's prerenderer: `own` (its name, and whichever of getStaticPaths and render it changes) over what `inner`
 * does, every other step handed to `inner` as it is.
 */
export function over(inner: AstroPrerenderer, own: Pick<AstroPrerenderer, 'name'> & Partial<Pick<AstroPrerenderer, 'getStaticPaths' | 'render'>>): AstroPrerenderer {
  return {
    setup: () => inner.setup?.() ?? Promise.resolve(),
    getStaticPaths: () => inner.getStaticPaths(),
    render: (request, options) => inner.render(request, options),
    ...(inner.collectStaticImages ? { collectStaticImages: () => inner.collectStaticImages!() } : {}),
    teardown: () => inner.teardown?.() ?? Promise.resolve(),
    ...own,
  };
}

/** An integration that offers a layer. */
export interface LayeredIntegration extends AstroIntegration {
  layer: PrerenderLayer;
}

/** Sets one prerenderer made of the layers of `integrations`, the first one outermost. */
export function prerenderLayers(...integrations: LayeredIntegration[]): AstroIntegration {
  return {
    name: 'hub:prerender-layers',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astro) => integrations.reduceRight((inner, i) => i.layer(inner), astro));
      },
    },
  };
}
