/**
 * The components authors may use in MDX (the allow-list). Content never imports them: the build
 * provides them to every MDX file (src/integrations/cms-mdx.ts), and the MDX gate refuses anything else.
 */
export { default as Callout } from './Callout.astro';
export { default as Figure } from './Figure.astro';
export { default as Quote } from './Quote.astro';
export { MDX_COMPONENTS, MDX_COMPONENT_NAMES, CALLOUT_TYPES, type ComponentSpec, type PropSpec, type MdxComponentName } from '../../schemas/mdx-components.ts';
