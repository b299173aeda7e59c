/**
 * The CMS editor components: what the insert form writes passes the build's MDX gate and reads back
 * to the same data; patterns are anchored and never use the `m` flag; the preview markup is the site's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MDX_COMPONENTS } from '../../../src/schemas/mdx-components.ts';
import { editorComponents, renderComponent, splitBody, toBlock, withoutComments, type Factory } from '../../../src/cms/admin/components.ts';
import { formProblem, insertAt } from '../../../src/cms/admin/mdx-widget.ts';
import { checkMdx } from '../../../src/checks/mdx-gate.ts';

const spec = (name: string) => MDX_COMPONENTS.find((c) => c.name === name)!;
const doc = (body: string) => `---\ntitle: x\n---\n\n${body}\n`;

/** Data an editor might type, including characters MDX would otherwise read as code or tags. */
const DATA = {
  Callout: { type: 'caution', title: 'Say "no" to {x} & <y>', children: 'Use `a < b` and {braces}.\n\n- one\n- two' },
  Quote: { source: 'Minister of "Digital" Affairs', cite: 'https://www.example.gov/speech?a=1&b=2', children: 'We publish {everything} <first>.' },
  Figure: { src: '/media/x-road-map.png', alt: 'Map of the "X-Road" members', caption: 'Members in 2024 {approx.}' },
} as const;

describe.each(editorComponents())('editor component $id', (component) => {
  const data = DATA[component.id as keyof typeof DATA];

  it('has an anchored pattern without the m flag', () => {
    expect(component.pattern.flags).not.toContain('m');
    expect(component.pattern.source.startsWith('^')).toBe(true);
  });

  it('writes MDX the build\'s gate accepts, even with quotes, braces and angle brackets', () => {
    const block = component.toBlock(data);
    expect(checkMdx(doc(`Intro.\n\n${block}\n\nOutro.`), { mediaExists: () => true })).toEqual([]);
  });

  it('reads back exactly the data it wrote', () => {
    const block = component.toBlock(data);
    const match = block.match(component.pattern);
    expect(match?.[0]).toBe(block);
    expect(component.fromBlock(match!)).toEqual(data);
  });

  it('has one form field per prop, plus the text between the tags', () => {
    const s = spec(component.id);
    expect(component.fields.map((f) => f.name)).toEqual([...s.props.map((p) => p.name), ...(s.children ? ['children'] : [])]);
  });
});

describe('splitting a body for the preview', () => {
  it('finds every component between Markdown, in order, and keeps the Markdown as written', () => {
    const body = ['Intro with \\{ braces.', '', toBlock(spec('Callout'), DATA.Callout), '', 'Middle.', '', toBlock(spec('Figure'), DATA.Figure), ''].join('\n');
    const parts = splitBody(body);
    expect(parts.map((p) => (p.kind === 'markdown' ? p.text : p.spec.name))).toEqual(['Intro with \\{ braces.\n\n', 'Callout', '\n\nMiddle.\n\n', 'Figure', '\n']);
    expect(parts[1]).toMatchObject({ data: DATA.Callout });
  });

  it('shows no MDX comments, as the site shows none', () => {
    expect(withoutComments("{/* Editors' note */}\n\nText {/* inline */} here.")).toBe('\n\nText  here.');
  });

  it('leaves a component that is not at the start of a line as text', () => {
    expect(splitBody('See <Figure src="/media/a.png" alt="x" /> here').map((p) => p.kind)).toEqual(['markdown']);
  });
});

/** An HTML string factory, so the preview markup can be compared with the .astro components. */
const html: Factory<string> = (tag, props, ...children) => {
  const attrs = Object.entries(props ?? {}).map(([k, v]) => ` ${k === 'className' ? 'class' : k}="${String(v)}"`).join('');
  return tag === 'img' ? `<${tag}${attrs}>` : `<${tag}${attrs}>${children.filter((c) => c !== null && c !== undefined).join('')}</${tag}>`;
};

describe('the preview markup is the markup of the .astro components', () => {
  const md = (text: string) => `<p>${text}</p>`;
  it.each([
    ['Callout', { type: 'lesson', children: 'x' }, '<div class="callout callout-lesson" role="note"><p class="callout-title">Lesson learned</p><p>x</p></div>'],
    ['Quote', { source: 'RIA', cite: 'https://www.ria.ee/', children: 'y' }, '<figure class="quote"><blockquote cite="https://www.ria.ee/"><p>y</p></blockquote><figcaption><a href="https://www.ria.ee/">RIA</a></figcaption></figure>'],
    ['Figure', { src: '/media/a.png', alt: 'A map' }, '<figure class="media-figure"><img src="/media/a.png" alt="A map" loading="lazy" decoding="async"></figure>'],
  ])('%s', (name, data, expected) => {
    expect(renderComponent(html, spec(name), data, md)).toBe(expected);
  });

  it('uses the same classes as the .astro files', () => {
    for (const [file, cls] of [['Callout', 'callout-title'], ['Quote', 'quote'], ['Figure', 'media-figure']] as const) {
      expect(readFileSync(`src/components/mdx/${file}.astro`, 'utf8')).toContain(cls);
    }
  });
});

describe('the insert form', () => {
  it('puts a block on its own paragraph at the cursor', () => {
    expect(insertAt('One.\nTwo.', 4, '<X />')).toEqual({ text: 'One.\n\n<X />\n\nTwo.', caret: 11 });
    expect(insertAt('', 0, '<X />')).toEqual({ text: '<X />\n', caret: 5 });
    expect(insertAt('A.\n\nB.', 4, '<X />').text).toBe('A.\n\n<X />\n\nB.');
  });

  it('refuses what the gate would refuse, in the gate\'s words', () => {
    expect(formProblem(spec('Figure'), { src: '/media/a.png' })).toBe('Fill in "Text alternative".');
    expect(formProblem(spec('Quote'), { source: 'A', cite: 'javascript:alert(1)', children: 'x' })).toMatch(/^Address of the source: prop "cite" of <Quote> uses a javascript: address/);
    expect(formProblem(spec('Figure'), { src: 'https://example.org/a.png', alt: 'x' })).toMatch(/must name an upload/);
    expect(formProblem(spec('Callout'), { type: 'note', children: 'ok' })).toBeUndefined();
  });
});
