/**
 * The `mdx` widget for MDX bodies (browser only). A plain text area: what an editor does not touch is
 * saved byte for byte (Decap's rich-text mode rewrites `{/* comments *\/}` and drops `\{` escapes, which
 * breaks MDX; its raw mode keeps the text but disables the "add component" menu). Above it, "Insert a
 * component" opens a small form for one allow-listed component and writes its MDX at the cursor, with
 * the props checked by the same rules as the build's MDX gate.
 */
import { MDX_COMPONENTS, type ComponentSpec } from '../../schemas/mdx-components.ts';
import type { ClassSpec, H, Instance } from './browser.ts';
import { toBlock, type ComponentData } from './components.ts';
import { checkProp } from '../../schemas/mdx-props.ts';

/** The props Decap gives a widget control. */
export interface ControlProps {
  value?: string;
  onChange: (value: string) => void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
}

interface State {
  /** The component whose form is open, if any. */
  open?: string;
  data: ComponentData;
  error?: string;
}

type Self = Instance<ControlProps, State> & { textarea?: HTMLTextAreaElement; crlf?: boolean };

/** Where a block goes: at the cursor, on its own paragraph. */
export function insertAt(text: string, at: number, block: string): { text: string; caret: number } {
  const before = text.slice(0, at);
  const after = text.slice(at);
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after === '' ? '\n' : after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  return { text: before + lead + block + trail + after, caret: (before + lead + block).length };
}

/** The first problem with the form data, in the build's words, or undefined. */
export function formProblem(spec: ComponentSpec, data: ComponentData): string | undefined {
  for (const p of spec.props) {
    const v = (data[p.name] ?? '').trim();
    if (!v) {
      if (p.required) return `Fill in "${p.label}".`;
      continue;
    }
    const bad = checkProp(spec, p, v)[0];
    if (bad) return `${p.label}: ${bad}`;
  }
  if (spec.children && !(data.children ?? '').trim()) return `Fill in "${spec.children.label}".`;
  return undefined;
}

const FIELD_STYLE = { display: 'block', width: '100%', margin: '0.25rem 0 0.75rem', padding: '0.4rem', font: 'inherit' };

function formFields(h: H, self: Self, spec: ComponentSpec): unknown[] {
  const id = (name: string) => `${self.props.forID}-${spec.name}-${name}`;
  const set = (name: string) => (e: { target: { value: string } }) => self.setState({ data: { ...self.state.data, [name]: e.target.value } });
  const fields = spec.props.map((p) => {
    const label = h('label', { htmlFor: id(p.name) }, p.label + (p.required ? '' : ' (optional)'));
    const common = { id: id(p.name), value: self.state.data[p.name] ?? '', onChange: set(p.name), style: FIELD_STYLE, ...(p.hint ? { 'aria-describedby': `${id(p.name)}-hint` } : {}) };
    const input = p.kind === 'enum' ? h('select', common, ...(p.options ?? []).map((o) => h('option', { key: o.value, value: o.value }, o.label))) : h('input', { ...common, type: 'text' });
    return h('div', { key: p.name }, label, p.hint ? h('p', { id: `${id(p.name)}-hint`, style: { margin: 0, fontSize: '0.85em' } }, p.hint) : null, input);
  });
  if (spec.children) {
    fields.push(
      h('div', { key: 'children' }, h('label', { htmlFor: id('children') }, spec.children.label), h('textarea', { id: id('children'), rows: 4, value: self.state.data.children ?? '', onChange: set('children'), style: FIELD_STYLE })),
    );
  }
  return fields;
}

function insertForm(h: H, self: Self, spec: ComponentSpec): unknown {
  return h(
    'fieldset',
    { className: 'hub-mdx-form', style: { border: '1px solid #c9d1da', padding: '0.75rem 1rem', margin: '0 0 0.75rem' } },
    h('legend', null, `Insert: ${spec.label}`),
    h('p', { style: { marginTop: 0 } }, spec.description),
    ...formFields(h, self, spec),
    self.state.error ? h('p', { role: 'alert', style: { color: '#9b1c1c', fontWeight: 600 } }, self.state.error) : null,
    h('button', { type: 'button', onClick: () => (self.insert as () => void)() }, 'Insert'),
    ' ',
    h('button', { type: 'button', onClick: () => self.setState({ open: undefined, error: undefined }) }, 'Cancel'),
  );
}

function initialData(spec: ComponentSpec): ComponentData {
  return Object.fromEntries(spec.props.filter((p) => p.kind === 'enum').map((p) => [p.name, p.options?.[0]?.value ?? '']));
}

/** The widget control, as a `createClass` spec. */
export function mdxControl(h: H): ClassSpec<ControlProps, State> {
  return {
    getInitialState(this: Self) {
      this.crlf = (this.props.value ?? '').includes('\r\n');
      return { data: {} };
    },
    change(this: Self, text: string) {
      this.props.onChange(this.crlf ? text.replace(/\r?\n/g, '\r\n') : text);
    },
    insert(this: Self) {
      const spec = MDX_COMPONENTS.find((c) => c.name === this.state.open);
      if (!spec) return;
      const error = formProblem(spec, this.state.data);
      if (error) return this.setState({ error });
      const el = this.textarea;
      const current = el?.value ?? (this.props.value ?? '').replace(/\r\n/g, '\n');
      const { text, caret } = insertAt(current, el ? el.selectionStart : current.length, toBlock(spec, this.state.data));
      (this.change as (t: string) => void)(text);
      this.setState({ open: undefined, error: undefined, data: {} }, () => {
        el?.focus();
        el?.setSelectionRange(caret, caret);
      });
    },
    render(this: Self) {
      const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
      const spec = MDX_COMPONENTS.find((c) => c.name === this.state.open);
      const menu = h(
        'p',
        { className: 'hub-mdx-toolbar', style: { margin: '0 0 0.5rem' } },
        h('label', { htmlFor: `${forID}-insert` }, 'Insert a component '),
        h(
          'select',
          { id: `${forID}-insert`, value: '', onChange: (e: { target: { value: string } }) => e.target.value && this.setState({ open: e.target.value, data: initialData(MDX_COMPONENTS.find((c) => c.name === e.target.value)!), error: undefined }) },
          h('option', { value: '' }, 'Choose…'),
          ...MDX_COMPONENTS.map((c) => h('option', { key: c.name, value: c.name }, c.label)),
        ),
      );
      return h(
        'div',
        { className: 'hub-mdx' },
        menu,
        spec ? insertForm(h, this, spec) : null,
        h('textarea', {
          id: forID,
          className: classNameWrapper,
          value: (this.props.value ?? '').replace(/\r\n/g, '\n'),
          onChange: (e: { target: { value: string } }) => (this.change as (t: string) => void)(e.target.value),
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
          ref: (el: HTMLTextAreaElement | null) => {
            this.textarea = el ?? undefined;
          },
          rows: 20,
          spellCheck: true,
          style: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: '0.95rem', lineHeight: 1.5, width: '100%', minHeight: '20rem', resize: 'vertical' },
        }),
      );
    },
  };
}
