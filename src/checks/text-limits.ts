/**
 * Limits checked on the raw text of an MDX body before any parser sees it: a body too large, a line too long,
 * or block quotes, lists and components nested too deep would exhaust the parser's or the build's stack
 * (1,000 nested block quotes crash `astro build`). Counting is linear and never recursive, so any text is safe.
 */
import { LIMITS } from '../schemas/limits.ts';

/** One limit exceeded: the line in the file (1-based) and the message. */
export interface LimitProblem {
  line: number;
  message: string;
}

/** The block-quote and list markers that open a line, counted as nesting levels. */
function prefixDepth(line: string): number {
  let depth = 0;
  let i = 0;
  let indent = 0;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') {
      if (depth === 0) indent += line[i] === '\t' ? 4 : 1;
      i += 1;
    }
    const rest = line.slice(i, i + 12);
    const m = /^(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s))/.exec(rest);
    if (!m) break;
    depth += 1;
    i += m[0].length;
  }
  return depth + Math.floor(indent / 4);
}

/** Tags `<Name …>` opened and `</Name>` closed on one line (self-closing tags and comments ignored). */
function tagBalance(line: string): { opens: number; closes: number } {
  let opens = 0;
  let closes = 0;
  for (const m of line.matchAll(/<(\/?)([A-Za-z][\w.-]*)[^<>]*?(\/?)>/g)) {
    if (m[1]) closes += 1;
    else if (!m[3]) opens += 1;
  }
  return { opens, closes };
}

/** Problems with the size, line lengths and nesting of an MDX `body` that starts on line `firstLine`. */
export function bodyLimitProblems(body: string, firstLine = 1): LimitProblem[] {
  if (body.length > LIMITS.bodyChars) {
    return [{ line: firstLine, message: `body: ${body.length.toLocaleString('en')} characters is over the limit of ${LIMITS.bodyChars.toLocaleString('en')}: shorten it, or split it into several entries` }];
  }
  const problems: LimitProblem[] = [];
  let open = 0;
  body.split('\n').forEach((text, i) => {
    const line = firstLine + i;
    if (problems.length >= 5) return;
    if (text.length > LIMITS.lineChars) {
      problems.push({ line, message: `body: a line of ${text.length.toLocaleString('en')} characters is over the limit of ${LIMITS.lineChars.toLocaleString('en')}: break it into paragraphs` });
      return;
    }
    const { opens, closes } = tagBalance(text);
    const depth = prefixDepth(text) + open + opens;
    open = Math.max(0, open + opens - closes);
    if (depth > LIMITS.nestingDepth) {
      problems.push({ line, message: `body: block quotes, lists and components are nested ${depth} deep, over the limit of ${LIMITS.nestingDepth}: flatten them` });
    }
  });
  return problems;
}
