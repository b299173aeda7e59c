/**
 * CMS previews (browser only): each entry laid out like its page, with the site's stylesheet, and the
 * allow-listed MDX components drawn with the same elements and classes as on the site.
 */
import type { ClassSpec, H, ImmutableMap, Instance } from './browser.ts';
import { renderComponent, splitBody, withoutComments } from './components.ts';
import type { DecapField } from '../fields.ts';
import type { RefLabels } from '../config.ts';

/** The props Decap gives a widget preview. */
interface WidgetPreviewProps {
  value?: string;
  getAsset?: (path: string) => unknown;
  [prop: string]: unknown;
}

/** The props Decap gives a preview template. */
interface TemplateProps {
  entry: ImmutableMap;
  widgetFor: (name: string) => unknown;
}

/** The `mdx` widget's preview: Markdown through Decap's own Markdown preview, components as on the site. */
export function mdxPreview(h: H, markdownPreview: unknown): ClassSpec<WidgetPreviewProps, object> {
  return {
    render(this: Instance<WidgetPreviewProps, object>) {
      const props = this.props;
      const markdown = (text: string, key?: number) => h(markdownPreview, { ...props, key, value: withoutComments(text) });
      const asset = (path: string) => String(props.getAsset?.(path) ?? path);
      const parts = splitBody(props.value ?? '').map((s, i) =>
        s.kind === 'markdown' ? markdown(s.text, i) : h('div', { key: i }, renderComponent(h as never, s.spec, s.data, (t) => markdown(t), asset)),
      );
      return h('div', null, ...parts);
    },
  };
}

/** Field value -> what a reader sees: option labels instead of stored values. */
type Labels = Map<string, Map<string | number, string>>;

/** The option labels of every select field of a collection, by field name. */
export function optionLabels(fields: readonly DecapField[]): Labels {
  const labels: Labels = new Map();
  for (const f of fields) {
    const options = f.options as { label: string; value: string | number }[] | undefined;
    if (options) labels.set(f.name, new Map(options.map((o) => [o.value, o.label])));
  }
  return labels;
}

/** A `YYYY-MM-DD` date as a reader sees it on the site: 9 June 2015. */
export function formatDate(value: string): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  return d && !Number.isNaN(d.getTime()) ? new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(d) : value;
}

/** Option labels, meeting and practice names by field; relation fields map to the names of their collection. */
export function fieldLabels(fields: readonly DecapField[], refs?: RefLabels): Labels {
  const labels = optionLabels(fields);
  for (const f of fields) {
    const names = f.widget === 'relation' ? refs?.[f.collection as keyof RefLabels] : undefined;
    if (names) labels.set(f.name, new Map(Object.entries(names)));
  }
  return labels;
}

function show(labels: Labels, f: DecapField, v: unknown): string {
  if (f.widget === 'datetime' && typeof v === 'string') return formatDate(v);
  // A date picked in the form arrives as a Date before it is saved.
  if (f.widget === 'datetime' && v instanceof Date) return formatDate(v.toISOString().slice(0, 10));
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  return labels.get(f.name)?.get(v as string | number) ?? String(v);
}

function fact(h: H, f: DecapField, value: unknown, labels: Labels): unknown[] {
  const items = Array.isArray(value) ? value : [value];
  const dd = Array.isArray(value)
    ? h('dd', null, h('ul', { className: 'tags' }, ...items.map((v, i) => h('li', { key: i }, h('span', { className: 'tag' }, show(labels, f, v))))))
    : h('dd', null, show(labels, f, value));
  return [h('dt', { key: `${f.name}-t` }, f.label), dd];
}

/** Whether a value says something (not empty, not an empty list, not an item of empty values). */
function present(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return false;
  if (Array.isArray(v)) return v.some(present);
  if (typeof v === 'object' && !(v instanceof Date)) return Object.values(v as Record<string, unknown>).some(present);
  return true;
}

/** Fields shown as plain text in a list item (text, addresses), joined with dashes; the rest as facts. */
const plain = (f: DecapField) => ['string', 'text'].includes(f.widget) && !f.options;

/**
 * One item of a list field: its plain text, its other values as facts (names and dates in words) and
 * its own lists, nested. A list of single values (outcomes) shows each value.
 */
function listItem(h: H, f: DecapField, item: unknown, key: number, refs: RefLabels | undefined, level: number): unknown {
  if (!f.fields) return h('li', { key }, f.field ? show(fieldLabels([f.field], refs), f.field, item) : String(item));
  const d = item as Record<string, unknown>;
  const labels = fieldLabels(f.fields, refs);
  const text = f.fields.filter((x) => plain(x) && present(d[x.name])).map((x) => String(d[x.name]));
  const facts = f.fields.filter((x) => !plain(x) && x.widget !== 'list' && present(d[x.name]));
  const lists = f.fields.filter((x) => x.widget === 'list' && present(d[x.name]));
  return h(
    'li',
    { key },
    text.length ? h('p', null, text.join(' — ')) : null,
    facts.length ? h('dl', { className: 'facts' }, ...facts.flatMap((x) => fact(h, x, d[x.name], labels))) : null,
    ...lists.map((x) => listSection(h, x, d[x.name] as unknown[], refs, level + 1)),
  );
}

/** A list field as a section: a heading and its items (empty items left out). */
function listSection(h: H, f: DecapField, value: unknown[], refs: RefLabels | undefined, level = 2): unknown {
  const items = value.filter(present);
  return h('section', { key: f.name }, h(`h${Math.min(level, 6)}`, null, f.label), h('ul', null, ...items.map((item, i) => listItem(h, f, item, i, refs, level))));
}

/** A preview template for one collection, generated from its fields. */
export function pagePreview(h: H, fields: readonly DecapField[], refs?: RefLabels): ClassSpec<TemplateProps, object> {
  const labels = fieldLabels(fields, refs);
  const listLike = (f: DecapField) => f.widget === 'list';
  return {
    render(this: Instance<TemplateProps, object>) {
      const data = (this.props.entry.get('data') as ImmutableMap | undefined)?.toJS() as Record<string, unknown> | undefined;
      const d = data ?? {};
      const title = d.title ?? [d.year, d.city].filter(Boolean).join(' ');
      const facts = fields.filter((f) => !['title', 'summary', 'body'].includes(f.name) && !listLike(f) && present(d[f.name]));
      const lists = fields.filter((f) => listLike(f) && Array.isArray(d[f.name]) && present(d[f.name]));
      return h(
        'main',
        { className: 'wrap' },
        h('article', null,
          h('h1', null, String(title ?? '')),
          d.summary ? h('p', { className: 'lede' }, String(d.summary)) : null,
          facts.length ? h('dl', { className: 'facts' }, ...facts.flatMap((f) => fact(h, f, d[f.name], labels))) : null,
          fields.some((f) => f.name === 'body') ? h('div', { className: 'prose' }, this.props.widgetFor('body')) : null,
          ...lists.map((f) => listSection(h, f, d[f.name] as unknown[], refs)),
        ),
      );
    },
  };
}
