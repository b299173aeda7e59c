/**
 * The loader of the MDX collections (practices, statements, reviews): Astro's glob loader, except that a
 * file whose body uses no MDX (no component, expression or import: src/checks/mdx-usage.ts) is rendered
 * as Markdown by the content layer and stored with its HTML, instead of becoming a compiled MDX module.
 * Only files that really use MDX go through @astrojs/mdx. Pages do not change: `render(entry)` gives a
 * `<Content />` either way, with the same HTML.
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { rendersAsMarkdown } from '../checks/mdx-usage.ts';

type DataStore = LoaderContext['store'];
type Entry = Parameters<DataStore['set']>[0];

/**
 * A store that hands every entry to `set`, except that entries glob would compile as MDX modules
 * (`deferredRender`) and that read as Markdown are rendered first; `pending` holds those renders.
 */
function markdownFirstStore(context: LoaderContext, pending: Promise<unknown>[]): DataStore {
  const { store, renderMarkdown } = context;
  const set = (entry: Entry): boolean => {
    // No page reads an entry's raw body: leaving it out keeps the data store, which the build bundles as one
    // module, to the data and the HTML (glob's retainBody: false, which would hide the body from this loader too).
    const { body, deferredRender, ...rest } = entry;
    if (!deferredRender || body === undefined || !rendersAsMarkdown(body)) return store.set({ ...rest, ...(deferredRender ? { deferredRender } : {}) });
    pending.push(
      renderMarkdown(body).then(({ html, metadata }) =>
        // The Markdown renderer ends with a newline the MDX one does not write: pages stay byte for byte the same.
        store.set({ ...rest, rendered: { html: html.trimEnd(), metadata }, assetImports: metadata?.imagePaths }),
      ),
    );
    return true;
  };
  return new Proxy(store, { get: (target, prop, receiver) => (prop === 'set' ? set : Reflect.get(target, prop, receiver)) });
}

/** Loads `<base>/*.<extension>` like Astro's glob loader, rendering MDX files that use no MDX as Markdown. */
export function mdxLoader(options: { base: string; pattern: string }): Loader {
  const inner = glob(options);
  return {
    name: 'hub:mdx-loader',
    load: async (context) => {
      const pending: Promise<unknown>[] = [];
      await inner.load({ ...context, store: markdownFirstStore(context, pending) });
      await Promise.all(pending);
    },
  };
}
