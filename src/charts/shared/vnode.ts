/**
 * Markup as data: charts and the compare view are built once as a small tree of nodes, written as text at
 * build time (`toMarkup`) and as DOM in the browser (`toDom` in dom.ts). No innerHTML, no inline styles.
 */

/** An attribute value; `false`, `null` and `undefined` leave the attribute out, `true` writes it empty. */
export type AttrValue = string | number | boolean | null | undefined;

/** Attributes of a node. */
export type Attrs = Record<string, AttrValue>;

/** What a node may contain: nodes, text, numbers, or nothing (skipped). */
export type Child = VNode | string | number | null | undefined | false;

/** An element; the tag `''` is a fragment whose children are written in its place. */
export interface VNode {
  tag: string;
  attrs: Attrs;
  children: Child[];
}

/** Children as passed to `h`: nodes, or arrays of them (flattened one level). */
export type Children = (Child | readonly Child[])[];

/** Builds a node; arrays of children are flattened one level. */
export function h(tag: string, attrs: Attrs | null = null, ...children: Children): VNode {
  return { tag, attrs: attrs ?? {}, children: children.flat() as Child[] };
}

/** A fragment: its children without a wrapping element. */
export const fragment = (...children: Children): VNode => h('', null, ...children);

/** Numbers in markup: at most two decimals, enough for a pixel and small enough to keep pages light. */
export function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Text of an attribute value, or undefined when the attribute is left out. */
export function attrText(v: AttrValue): string | undefined {
  if (v === false || v === null || v === undefined) return undefined;
  if (v === true) return '';
  return typeof v === 'number' ? num(v) : v;
}

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col', 'wbr']);
const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string) => escText(s).replace(/"/g, '&quot;');

/** Writes a node as HTML/SVG text, escaping every text and attribute value. */
export function toMarkup(node: Child): string {
  if (node === null || node === undefined || node === false) return '';
  if (typeof node === 'number') return num(node);
  if (typeof node === 'string') return escText(node);
  const inner = node.children.map(toMarkup).join('');
  if (node.tag === '') return inner;
  let attrs = '';
  for (const [k, v] of Object.entries(node.attrs)) {
    const t = attrText(v);
    if (t !== undefined) attrs += ` ${k}="${escAttr(t)}"`;
  }
  if (VOID.has(node.tag)) return `<${node.tag}${attrs}>`;
  return `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}

/** All the text a node shows, as a screen reader or a test would read it (no markup). */
export function textOf(node: Child): string {
  if (node === null || node === undefined || node === false) return '';
  if (typeof node !== 'object') return String(node);
  return node.children.map(textOf).join('');
}
