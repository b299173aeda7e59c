/** The guard's JSON: one meaning per body; a key written twice, however it is escaped, is refused. */
import { describe, expect, it } from 'vitest';
import { duplicateKeyProblem, parseStrictJson } from '../../../../scripts/lib/cms/strict-json.ts';

describe('parseStrictJson', () => {
  it('parses ordinary JSON, keys with the same name in different objects included', () => {
    expect(parseStrictJson('{"action":"getEntry","params":{"action":"x","list":[{"a":1},{"a":2}]}}')).toEqual({
      action: 'getEntry',
      params: { action: 'x', list: [{ a: 1 }, { a: 2 }] },
    });
  });

  it.each([
    ['{"action":"info","action":"persistEntry"}', 'the key "action" appears twice'],
    ['{"action":"info","\\u0061ction":"deleteFiles"}', 'the key "action" appears twice'],
    ['{"params":{"path":"a","p\\u0061th":"b"}}', 'the key "path" appears twice'],
    ['{"s":"a \\" , \\"action\\": x","action":"info","action":"y"}', 'the key "action" appears twice'],
  ])('refuses %s', (text, message) => {
    expect(() => parseStrictJson(text)).toThrow(message);
  });

  it('does not mistake strings, arrays or escaped quotes for keys', () => {
    expect(duplicateKeyProblem('{"a":["a","a"],"b":"\\"a\\":1","c":{"a":1}}')).toBeUndefined();
  });

  it('refuses text that is not JSON, saying so', () => {
    expect(() => parseStrictJson('{"action":')).toThrow('the request body is not JSON');
  });
});
