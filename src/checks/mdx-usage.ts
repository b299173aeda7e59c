/**
 * Which MDX files need MDX. A body that uses no component, expression or import reads the same as
 * Markdown, and rendering it as Markdown (src/content/mdx-loader.ts) spares the build a compiled module
 * per file: time and memory that grow with the number of practices. Parsed, never evaluated, with the
 * parser the build compiles with (Sätteri), like the MDX gate (src/checks/mdx-gate.ts).
 */
import { markdownToMdast, mdxToMdast } from 'satteri';

interface Node {
  type: string;
  children?: Node[];
}

/** The node types only MDX has: `import`/`export`, `{expressions}` and components or elements. */
const MDX_ONLY = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

function types(node: Node, out: string[] = []): string[] {
  out.push(node.type);
  for (const child of node.children ?? []) types(child, out);
  return out;
}

/**
 * Whether `text` (an MDX file or its body) renders the same as Markdown: it has no MDX-only node, and
 * Markdown parses it into the same tree shape (MDX reads some text differently, e.g. an indented line is
 * code in Markdown but a paragraph in MDX; such a file stays MDX). Unparsable text is left to MDX, whose
 * gate reports it.
 */
export function rendersAsMarkdown(text: string): boolean {
  let mdx: string[];
  try {
    mdx = types(mdxToMdast(text) as unknown as Node);
  } catch {
    return false;
  }
  if (mdx.some((t) => MDX_ONLY.has(t))) return false;
  const md = types(markdownToMdast(text) as unknown as Node);
  return md.length === mdx.length && md.every((t, i) => t === mdx[i]);
}
