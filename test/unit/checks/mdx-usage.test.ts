/** Which MDX bodies render as Markdown (no compiled MDX module) and which stay MDX. */
import { describe, expect, it } from 'vitest';
import { rendersAsMarkdown } from '../../../src/checks/mdx-usage.ts';

describe('rendersAsMarkdown', () => {
  it('takes plain Markdown, with frontmatter, lists, links, escapes and images', () => {
    expect(rendersAsMarkdown('---\ntitle: X\n---\n# Title\n\nSome *text*, a [link](https://x.org) and \\{braces\\}.\n\n- one\n- two\n\n![A chart](/media/a.png)\n')).toBe(true);
  });

  it('leaves to MDX a body with a component, an expression, a comment or an import', () => {
    expect(rendersAsMarkdown('Text\n\n<Callout type="note">Hi</Callout>\n')).toBe(false);
    expect(rendersAsMarkdown('Inline <Quote source="A">q</Quote> here.\n')).toBe(false);
    expect(rendersAsMarkdown('Sum: {1 + 1}\n')).toBe(false);
    expect(rendersAsMarkdown('{/* a note for editors */}\n\nText\n')).toBe(false);
    expect(rendersAsMarkdown('import X from "y";\n\nText\n')).toBe(false);
  });

  it('leaves to MDX text that MDX reads differently from Markdown (an indented line), and text MDX cannot parse', () => {
    expect(rendersAsMarkdown('Para\n\n    indented\n')).toBe(false);
    expect(rendersAsMarkdown('A <broken tag\n')).toBe(false);
  });
});
