/**
 * The allow-listed MDX components (src/schemas/mdx-components.ts) as Decap editor components: the small
 * form an editor fills in, the text it writes into the body, the pattern that finds it again, and the
 * preview markup, which is the markup of the `.astro` components so the site's CSS styles it.
 *
 * Pure (no DOM, no Decap): the admin bundle, the MDX widget and the unit tests all use it. Patterns are
 * anchored with `^` and never use the `m` flag: Decap matches them against the rest of the document, and
 * with `m` a `^` would match at any line.
 */
import { CALLOUT_TYPES, MDX_COMPONENTS, type ComponentSpec, type PropSpec } from '../../schemas/mdx-components.ts';

/** What an editor component's form holds: prop values, and `children` for the text between the tags. */
export type ComponentData = Record<string, string>;

/** A Decap editor component, as `CMS.registerEditorComponent` takes it (minus `toPreview`, added in the browser). */
export interface EditorComponent {
  id: string;
  label: string;
  fields: { name: string; label: string; widget: string; required: boolean; hint?: string; options?: readonly { label: string; value: string }[]; default?: string }[];
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => ComponentData;
  toBlock: (data: ComponentData) => string;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };

/** Encodes a prop value for a double-quoted JSX attribute (which decodes character references). */
export function encodeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Decodes the character references a JSX attribute string may hold. */
export function decodeAttr(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1]?.toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return ENTITIES[ref.toLowerCase()] ?? all;
  });
}

/** Escapes the characters that MDX would read as code or tags in Markdown text: `{`, `}` and `<`. */
export function escapeText(markdown: string): string {
  return markdown.replace(/\\?([{}<])/g, '\\$1');
}

/** Reverses `escapeText`. */
export function unescapeText(markdown: string): string {
  return markdown.replace(/\\([{}<])/g, '$1');
}

function widgetOf(p: PropSpec): EditorComponent['fields'][number] {
  const base = { name: p.name, label: p.label, required: p.required, ...(p.hint ? { hint: p.hint } : {}) };
  if (p.kind === 'enum') return { ...base, widget: 'select', options: p.options ?? [], default: p.options?.[0]?.value ?? '' };
  return { ...base, widget: 'string' };
}

/** The pattern that finds a component block at the start of the text it is given (no `m` flag). */
export function patternFor(spec: ComponentSpec): RegExp {
  const attrs = '((?:\\s+[A-Za-z]+="[^"]*")*)\\s*';
  return spec.children
    ? new RegExp(`^<${spec.name}${attrs}>\\n([\\s\\S]*?)\\n</${spec.name}>`)
    : new RegExp(`^<${spec.name}${attrs}/>`);
}

/** The MDX text of a component from its form data; empty optional props are left out. */
export function toBlock(spec: ComponentSpec, data: ComponentData): string {
  const attrs = spec.props
    .filter((p) => (data[p.name] ?? '').trim() !== '')
    .map((p) => ` ${p.name}="${encodeAttr((data[p.name] ?? '').trim())}"`)
    .join('');
  if (!spec.children) return `<${spec.name}${attrs} />`;
  return `<${spec.name}${attrs}>\n${escapeText((data.children ?? '').trim())}\n</${spec.name}>`;
}

/** The form data of a component block matched by `patternFor(spec)`. */
export function fromBlock(spec: ComponentSpec, match: RegExpMatchArray): ComponentData {
  const data: ComponentData = {};
  for (const [, name, value] of (match[1] ?? '').matchAll(/([A-Za-z]+)="([^"]*)"/g)) data[name!] = decodeAttr(value!);
  if (spec.children) data.children = unescapeText((match[2] ?? '').replace(/^ {2}/gm, ''));
  return data;
}

/** Every allow-listed component as a Decap editor component. */
export function editorComponents(specs: readonly ComponentSpec[] = MDX_COMPONENTS): EditorComponent[] {
  return specs.map((spec) => ({
    id: spec.name,
    label: spec.label,
    fields: [
      ...spec.props.map(widgetOf),
      ...(spec.children ? [{ name: 'children', label: spec.children.label, widget: 'markdown', required: true, ...(spec.children.hint ? { hint: spec.children.hint } : {}) }] : []),
    ],
    pattern: patternFor(spec),
    fromBlock: (match) => fromBlock(spec, match),
    toBlock: (data) => toBlock(spec, data),
  }));
}

/** A piece of a body: Markdown text, or a component block with its data. */
export type Segment = { kind: 'markdown'; text: string } | { kind: 'component'; spec: ComponentSpec; data: ComponentData };

/**
 * Splits a body into Markdown and component blocks, trying each component's pattern at the start of
 * every line, as Decap does. Used by the preview; the build itself never relies on it.
 */
export function splitBody(body: string, specs: readonly ComponentSpec[] = MDX_COMPONENTS): Segment[] {
  const patterns = specs.map((spec) => ({ spec, pattern: patternFor(spec) }));
  const out: Segment[] = [];
  let text = '';
  let i = 0;
  while (i < body.length) {
    const rest = body.slice(i);
    const hit = rest.startsWith('<') ? patterns.map((p) => ({ ...p, m: rest.match(p.pattern) })).find((p) => p.m) : undefined;
    if (hit?.m) {
      if (text) out.push({ kind: 'markdown', text });
      text = '';
      out.push({ kind: 'component', spec: hit.spec, data: fromBlock(hit.spec, hit.m) });
      i += hit.m[0].length;
      continue;
    }
    const nl = body.indexOf('\n', i);
    const end = nl < 0 ? body.length : nl + 1;
    text += body.slice(i, end);
    i = end;
  }
  if (text) out.push({ kind: 'markdown', text });
  return out;
}

/** Markdown as the preview should show it: MDX comments (`{/* … *\/}`) are not shown on the site. */
export function withoutComments(markdown: string): string {
  return markdown.replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, '');
}

/** Element factory: React's `createElement` in the browser, an HTML string builder in tests. */
export type Factory<N> = (tag: string, props: Record<string, unknown> | null, ...children: (N | string | null | undefined)[]) => N;

/**
 * A component's preview, with the same elements and classes as its `.astro` file.
 * `markdown` renders the text between the tags; `asset` turns a /media/ path into a displayable address.
 */
export function renderComponent<N>(h: Factory<N>, spec: ComponentSpec, data: ComponentData, markdown: (text: string) => N, asset: (path: string) => string = (p) => p): N {
  switch (spec.name) {
    case 'Callout': {
      const type = data.type ?? 'note';
      const heading = data.title || (CALLOUT_TYPES.find((t) => t.value === type)?.label ?? 'Note');
      return h('div', { className: `callout callout-${type}`, role: 'note' }, h('p', { className: 'callout-title' }, heading), markdown(data.children ?? ''));
    }
    case 'Quote':
      return h(
        'figure',
        { className: 'quote' },
        h('blockquote', data.cite ? { cite: data.cite } : null, markdown(data.children ?? '')),
        h('figcaption', null, data.cite ? h('a', { href: data.cite }, data.source ?? '') : (data.source ?? '')),
      );
    default:
      return h(
        'figure',
        { className: 'media-figure' },
        h('img', { src: asset(data.src ?? ''), alt: data.alt ?? '', loading: 'lazy', decoding: 'async' }),
        data.caption ? h('figcaption', null, data.caption) : null,
      );
  }
}
