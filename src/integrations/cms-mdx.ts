/**
 * Provides the allow-listed components (src/components/mdx) to every MDX file, so content never
 * imports anything: the MDX gate refuses `import`, and this Sätteri plugin adds the one import the
 * build needs at the top of each MDX document before it is compiled. Pages render `<Content />` as is.
 */
import { fileURLToPath } from 'node:url';
import { isSatteriProcessor, satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { MDX_COMPONENT_NAMES } from '../schemas/mdx-components.ts';

/** The module that exports the allow-listed components. */
const BARREL = fileURLToPath(new URL('../components/mdx/index.ts', import.meta.url));

/** The `import { Callout, … } from '…/components/mdx/index.ts'` line added to each MDX document. */
export function componentsImport(modulePath = BARREL): string {
  return `import { ${MDX_COMPONENT_NAMES.join(', ')} } from ${JSON.stringify(modulePath)};`;
}

/** A Sätteri mdast plugin (for MDX documents only) that prepends the components import. */
export function mdxComponentsPlugin(modulePath = BARREL): MdastPluginEntry {
  const value = componentsImport(modulePath);
  return (ctx) =>
    ctx.sourceFormat === 'mdx' &&
    defineMdastPlugin({
      name: 'hub:mdx-components',
      before(root, c) {
        c.prependChild(root, { type: 'mdxjsEsm', value } as never);
      },
    });
}

/** The integration: keeps the configured Sätteri processor and its options, and adds the plugin. */
export function cmsMdx(): AstroIntegration {
  return {
    name: 'hub:mdx-components',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const current = config.markdown.processor;
        if (!isSatteriProcessor(current)) {
          throw new Error(`hub:mdx-components works with the Sätteri Markdown processor; markdown.processor is "${current.name}"`);
        }
        const { mdastPlugins, ...rest } = current.options;
        updateConfig({ markdown: { processor: satteri({ ...rest, mdastPlugins: [...mdastPlugins, mdxComponentsPlugin()] }) } });
      },
    },
  };
}
