/** Writes a node tree (vnode.ts) as real DOM in the browser: the same markup the build wrote as text. */
import { attrText, num, type Child } from './vnode.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** Creates the DOM for a node; SVG elements (the `svg` tag and everything in it) get the SVG namespace. */
export function toDom(node: Child, doc: Document = document, inSvg = false): Node {
  if (node === null || node === undefined || node === false) return doc.createTextNode('');
  if (typeof node === 'number') return doc.createTextNode(num(node));
  if (typeof node === 'string') return doc.createTextNode(node);
  if (node.tag === '') {
    const frag = doc.createDocumentFragment();
    for (const c of node.children) frag.append(toDom(c, doc, inSvg));
    return frag;
  }
  const svg = inSvg || node.tag === 'svg';
  const el = svg ? doc.createElementNS(SVG, node.tag) : doc.createElement(node.tag);
  for (const [k, v] of Object.entries(node.attrs)) {
    const t = attrText(v);
    if (t !== undefined) el.setAttribute(k, t);
  }
  for (const c of node.children) el.append(toDom(c, doc, svg));
  return el;
}
