/**
 * The allow-list of components authors may use in MDX, declared once as plain data.
 *
 * This table feeds the MDX gate (which components and props content may use, and what their values
 * may be), the CMS editor components (the small insert form, the pattern, the text it writes) and the
 * CMS preview. The `.astro` files beside it render the same components on the site.
 */

/** How a prop's literal value is checked. */
export type PropKind =
  /** Plain text on one line. */
  | 'text'
  /** A full http(s) address. */
  | 'url'
  /** A file uploaded through the CMS: `/media/<file>`. */
  | 'media'
  /** One of `options`. */
  | 'enum';

/** One prop of an allow-listed component. Values are always literal text in double quotes. */
export interface PropSpec {
  /** Attribute name as written in MDX. */
  name: string;
  /** Label in the CMS insert form. */
  label: string;
  kind: PropKind;
  /** Whether the gate refuses the component without it. */
  required: boolean;
  /** Allowed values of an `enum` prop; the first is the default in the CMS form. */
  options?: readonly { value: string; label: string }[];
  /** One line of help in the CMS form. */
  hint?: string;
}

/** One allow-listed component. */
export interface ComponentSpec {
  /** Component name as written in MDX (`<Callout ...>`), and the export name in index.ts. */
  name: string;
  /** Label in the CMS "insert" menu. */
  label: string;
  /** What it is for, for authors. */
  description: string;
  props: readonly PropSpec[];
  /** Markdown text between the tags, or `false` for a self-closing component. */
  children: false | { label: string; hint?: string };
}

/** Kinds of callout and the heading each shows when it has no title of its own. */
export const CALLOUT_TYPES = [
  { value: 'note', label: 'Note' },
  { value: 'lesson', label: 'Lesson learned' },
  { value: 'caution', label: 'Caution' },
] as const;

/** The components authors may use in MDX, in the order the CMS menu lists them. */
export const MDX_COMPONENTS = [
  {
    name: 'Callout',
    label: 'Callout box',
    description: 'A short boxed note, lesson learned or caution set apart from the text.',
    props: [
      { name: 'type', label: 'Kind', kind: 'enum', required: true, options: CALLOUT_TYPES },
      { name: 'title', label: 'Heading', kind: 'text', required: false, hint: 'Leave empty to use the kind, e.g. "Lesson learned"' },
    ],
    children: { label: 'Text', hint: 'Markdown: paragraphs, lists, links' },
  },
  {
    name: 'Quote',
    label: 'Quotation',
    description: 'A quotation with the person or document it comes from.',
    props: [
      { name: 'source', label: 'Who or what is quoted', kind: 'text', required: true, hint: 'e.g. "Minister of Digital Affairs, 2023"' },
      { name: 'cite', label: 'Address of the source', kind: 'url', required: false, hint: 'Full address starting with https://' },
    ],
    children: { label: 'Quoted text', hint: 'The exact words, without quotation marks' },
  },
  {
    name: 'Figure',
    label: 'Image with caption',
    description: 'An image uploaded through the CMS, with a text alternative and an optional caption.',
    props: [
      { name: 'src', label: 'Image', kind: 'media', required: true, hint: 'Upload it under Media first, then write /media/<file name>' },
      { name: 'alt', label: 'Text alternative', kind: 'text', required: true, hint: 'What the image shows, for people who cannot see it' },
      { name: 'caption', label: 'Caption', kind: 'text', required: false },
    ],
    children: false,
  },
] as const satisfies readonly ComponentSpec[];

/** The name of an allow-listed component. */
export type MdxComponentName = (typeof MDX_COMPONENTS)[number]['name'];

/** The names of the allow-listed components, e.g. for messages. */
export const MDX_COMPONENT_NAMES: readonly MdxComponentName[] = MDX_COMPONENTS.map((c) => c.name);
