/**
 * The safe-MDX gate: MDX is a programming language, so untrusted MDX is code that runs when the site
 * is built. Before anything is compiled, every MDX file under content/ is parsed (never evaluated) with
 * the same parser the build compiles it with (Sätteri), and refused unless it is Markdown plus the
 * allow-listed components of src/schemas/mdx-components.ts with literal props.
 *
 * Refused, each with its line and the fix: `import`/`export`, `{expressions}` (comments `{/* … *\/}`
 * excepted), `<script>`, `<iframe>`/`<object>`/`<embed>`, any other HTML element or unknown component,
 * `on*=` attributes, `{…}` or spread attributes, `javascript:` and other non-web addresses, and images
 * that are not uploads (a relative image address makes the build import that file as a module).
 */
import { mdxToMdast } from 'satteri';
import { MDX_COMPONENTS, type ComponentSpec } from '../schemas/mdx-components.ts';
import { checkProp, unsafeUrlProblem } from '../schemas/mdx-props.ts';
import { MEDIA_URL } from './media.ts';
import { bodyLimitProblems } from './text-limits.ts';

/** One refusal: the line in the file (1-based) and a message that says what to do. */
export interface GateProblem {
  line: number;
  message: string;
}

/** What the gate needs to know beyond the text. */
export interface GateOptions {
  /** Whether an uploaded file exists (name without the /media/ prefix); omitted = not checked. */
  mediaExists?: (name: string) => boolean;
}

interface Attr {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

interface Node {
  type: string;
  position?: { start: { line: number } };
  children?: Node[];
  value?: string;
  name?: string | null;
  attributes?: Attr[];
  url?: string;
}

const ALLOWED = new Map<string, ComponentSpec>(MDX_COMPONENTS.map((c) => [c.name, c]));
const NAMES = MDX_COMPONENTS.map((c) => c.name).join(', ');
const EMBEDS = new Set(['iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'portal']);

/** A short, one-line quotation of source text for messages. */
export function quote(text: string, max = 40): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** Whether an expression's text is only whitespace and block comments (`{/* note *\/}`), so it runs nothing. */
export function isCommentOnly(source: string): boolean {
  let i = 0;
  while (i < source.length) {
    if (/\s/.test(source[i]!)) i += 1;
    else if (source.startsWith('/*', i)) {
      const end = source.indexOf('*/', i + 2);
      if (end < 0) return false;
      i = end + 2;
    } else return false;
  }
  return true;
}

function elementProblems(node: Node, options: GateOptions): string[] {
  const name = node.name;
  const spec = name ? ALLOWED.get(name) : undefined;
  // The props of allowed components are checked by kind (componentProblems); other attributes here.
  const problems = (node.attributes ?? []).flatMap((a) => attributeProblems(a, name ?? 'element', !spec));
  if (!name) return [...problems, '`<>…</>` (an empty tag) is not allowed: remove the empty tags and keep the text'];
  if (spec) return [...problems, ...componentProblems(spec, node, options)];
  const lower = name.toLowerCase();
  if (lower === 'script') return [...problems, '<script> is not allowed: content may not run code in the reader\'s browser or at build time; remove it'];
  if (lower === 'style') return [...problems, '<style> is not allowed: the site\'s own styles apply; remove it'];
  if (EMBEDS.has(lower)) {
    return [...problems, `raw <${name}> is not allowed: embedded pages and plug-ins can run code; link to the page instead, e.g. [Watch the video](https://…)`];
  }
  if (/^[a-z]/.test(name)) return [...problems, `HTML element <${name}> is not allowed: write Markdown instead, or use one of the components ${NAMES}`];
  return [...problems, `unknown component <${name}>: only ${NAMES} may be used (see src/schemas/mdx-components.ts); remove it or use one of them`];
}

function attributeProblems(a: Attr, element: string, checkUrl: boolean): string[] {
  if (a.type === 'mdxJsxExpressionAttribute') {
    return [`\`{${quote(String(a.value ?? ''))}}\` in <${element}> is not allowed: {…} runs code when the site is built; write each prop as name="text"`];
  }
  const name = a.name ?? '';
  const out: string[] = [];
  if (/^on/i.test(name)) out.push(`event-handler attribute "${name}" on <${element}> is not allowed: it runs code in the reader's browser; remove it`);
  if (a.value !== null && typeof a.value === 'object') {
    out.push(`prop "${name}" of <${element}> is an expression {${quote(a.value.value)}}, which runs code when the site is built: write it as literal text, ${name}="…"`);
  } else if (typeof a.value === 'string' && checkUrl) {
    const bad = unsafeUrlProblem(a.value);
    if (bad) out.push(`prop "${name}" of <${element}> ${bad}`);
  }
  return out;
}

function componentProblems(spec: ComponentSpec, node: Node, options: GateOptions): string[] {
  const attrs = (node.attributes ?? []).filter((a) => a.type === 'mdxJsxAttribute' && !/^on/i.test(a.name ?? ''));
  const out: string[] = [];
  for (const a of attrs) {
    const prop = spec.props.find((p) => p.name === a.name);
    if (!prop) out.push(`<${spec.name}> has no prop "${a.name}": its props are ${spec.props.map((p) => p.name).join(', ')}; remove it or fix the name`);
    else if (a.value === null || a.value === undefined) out.push(`prop "${a.name}" of <${spec.name}> needs a value in double quotes, e.g. ${a.name}="…"`);
    else if (typeof a.value === 'string') out.push(...checkProp(spec, prop, a.value, options.mediaExists));
  }
  for (const p of spec.props) {
    if (p.required && !attrs.some((a) => a.name === p.name)) out.push(`<${spec.name}> needs the prop "${p.name}" (${p.label.toLowerCase()}): add ${p.name}="…"`);
  }
  if (!spec.children && (node.children ?? []).length > 0) {
    out.push(`<${spec.name}> takes no text between its tags: write it as <${spec.name} … /> and put words in its props`);
  }
  return out;
}

function nodeProblems(node: Node, options: GateOptions): string[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [`\`${quote(node.value ?? '')}\` is not allowed: MDX here may not import or export code (it would run when the site is built); remove the line (${NAMES} need no import)`];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return isCommentOnly(node.value ?? '')
        ? []
        : [`\`{${quote(node.value ?? '')}}\` is not allowed: {…} runs code when the site is built; remove it, write \\{ for a literal brace, or {/* … */} for a comment`];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblems(node, options);
    case 'link':
    case 'definition': {
      const bad = unsafeUrlProblem(node.url ?? '');
      return bad ? [`link address "${quote(node.url ?? '', 60)}" ${bad}`] : [];
    }
    case 'image':
      return imageProblems(node.url ?? '', options);
    case 'imageReference':
      return [`image references (![text][name]) are not allowed: write the image as ![text](${MEDIA_URL}/file.png)`];
    case 'html':
      return ['raw HTML is not allowed: write Markdown instead'];
    default:
      return [];
  }
}

function imageProblems(url: string, options: GateOptions): string[] {
  const prefix = `${MEDIA_URL}/`;
  if (!url.startsWith(prefix) || url.slice(prefix.length).includes('/')) {
    return [`image "${quote(url, 60)}" is not an upload: images must be uploaded under Media and written as ![text](${prefix}file.png)`];
  }
  const name = url.slice(prefix.length);
  if (options.mediaExists && !options.mediaExists(name)) return [`image "${url}" does not exist: upload it under Media, or fix the file name`];
  return [];
}

/** Visits every node with its line, depth first in document order; iterative, so no tree exhausts the stack. */
function walk(root: Node, line: number, visit: (node: Node, line: number) => void): void {
  const stack: [Node, number][] = [[root, line]];
  while (stack.length) {
    const [node, parentLine] = stack.pop()!;
    const here = node.position?.start.line ?? parentLine;
    visit(node, here);
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push([children[i]!, here]);
  }
}

function parseProblem(err: unknown): GateProblem {
  const message = err instanceof Error ? err.message : String(err);
  const m = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
  const text = (m ? m[3]! : message).replace(/\s*\(mdx[-\w]*:[-\w]+\)\s*$/, '');
  return {
    line: m ? Number(m[1]) : 1,
    message: `this is not valid MDX: ${text}. Write a literal { as \\{ and a literal < as \\<, and close every <Component> you open`,
  };
}

/** Checks one MDX file (frontmatter included, so lines are the file's); returns every refusal, empty when safe. */
export function checkMdx(text: string, options: GateOptions = {}): GateProblem[] {
  // Size and nesting first, on the raw text: a parser handed 1,000 nested block quotes may crash the process.
  const limits = bodyLimitProblems(text);
  if (limits.length) return limits;
  let tree: Node;
  try {
    tree = mdxToMdast(text) as unknown as Node;
  } catch (err) {
    return [parseProblem(err)];
  }
  const problems: GateProblem[] = [];
  walk(tree, 1, (node, line) => {
    for (const message of nodeProblems(node, options)) problems.push({ line, message });
  });
  return problems;
}
