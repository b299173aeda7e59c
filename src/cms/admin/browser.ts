/**
 * The parts of decap-cms.js the admin bundle uses, typed. decap-cms.js (the npm package's prebuilt
 * bundle) puts `CMS`, `h` (React's createElement) and `createClass` on `window`.
 */

/** React's element factory as decap-cms.js exposes it. */
export type H = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

/** A React component made with `createClass`; `this` holds props and state. */
export interface ClassSpec<P, S> {
  getInitialState?(this: Instance<P, S>): S;
  render(this: Instance<P, S>): unknown;
  [method: string]: unknown;
}

/** What `this` is inside a `createClass` component. */
export interface Instance<P, S> {
  props: P;
  state: S;
  setState(update: Partial<S>, done?: () => void): void;
  [member: string]: unknown;
}

/** Immutable.js Map, as Decap hands entry data to preview templates. */
export interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: (string | number)[]): unknown;
  toJS(): unknown;
}

/** The registry methods of `window.CMS` the hub calls. */
export interface DecapCms {
  init(options: { config: unknown }): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerEditorComponent(definition: Record<string, unknown>): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerPreviewStyle(href: string): void;
  registerEventListener(listener: { name: 'preSave'; handler: (event: { entry: { get(key: 'data'): unknown } }) => unknown }): void;
  getWidget(name: string): { control: unknown; preview: unknown } | undefined;
  registerLocale(locale: string, phrases: Record<string, unknown>): void;
  getLocale(locale: string): Record<string, unknown> | undefined;
}

/** `window.CMS`, `h` and `createClass`; throws a readable error when decap-cms.js has not loaded. */
export function decap(): { CMS: DecapCms; h: H; createClass: <P, S>(spec: ClassSpec<P, S>) => unknown } {
  const w = window as unknown as { CMS?: DecapCms; h?: H; createClass?: <P, S>(spec: ClassSpec<P, S>) => unknown };
  if (!w.CMS || !w.h || !w.createClass) throw new Error('decap-cms.js did not load: run `npm run build` (or `npm run cms`) so /admin/decap/ is filled');
  return { CMS: w.CMS, h: w.h, createClass: w.createClass };
}
