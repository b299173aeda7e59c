/**
 * JSON for the local CMS guard: parsed by the platform's JSON parser, after a scan that refuses an
 * object with the same key twice. `JSON.parse` keeps the last of two equal keys, so a body with two
 * "action" keys (or one written `"\u0061ction"`) would mean one thing to a quick look and another to
 * decap-server; here keys are compared after their escapes are decoded, and any repeat is an error.
 */

/** Why `text` (already valid JSON) has an object with a repeated key, or undefined when none has. */
export function duplicateKeyProblem(text: string): string | undefined {
  // One frame per open object or array: the keys seen so far (objects only), and whether a key comes next.
  const stack: { keys?: Set<string>; keyNext: boolean }[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    const top = stack.at(-1);
    if (c === '"') {
      const end = stringEnd(text, i);
      if (end < 0) return 'a string is not closed';
      if (top?.keys && top.keyNext) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) return `the key "${key}" appears twice in one object`;
        top.keys.add(key);
        top.keyNext = false;
      }
      i = end;
    } else if (c === '{') stack.push({ keys: new Set(), keyNext: true });
    else if (c === '[') stack.push({ keyNext: false });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',' && top?.keys) top.keyNext = true;
  }
  return undefined;
}

/** Index of the quote closing the string that opens at `start`, or -1. */
function stringEnd(text: string, start: number): number {
  for (let j = start + 1; j < text.length; j += 1) {
    if (text[j] === '\\') j += 1;
    else if (text[j] === '"') return j;
  }
  return -1;
}

/** Parses `text` as JSON; throws a readable Error for bad JSON or a repeated key. */
export function parseStrictJson(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new Error(`the request body is not JSON (${(err as Error).message})`);
  }
  const dup = duplicateKeyProblem(text);
  if (dup) throw new Error(`the request body is ambiguous: ${dup}`);
  return value;
}
