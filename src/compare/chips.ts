/** The chosen countries as chips, each with a button to remove it: built at build time and in the browser. */
import { h, type VNode } from '../charts/shared/vnode.ts';
import type { Option } from './filter.ts';

/** One `<li>` per chosen country; the only remaining country cannot be removed (at least one is compared). */
export function chips(chosen: readonly Option[]): VNode[] {
  const last = chosen.length <= 1;
  return chosen.map((c) =>
    h(
      'li',
      { class: 'chip', 'data-iso3': c.iso3 },
      h('span', null, c.name),
      h(
        'button',
        { type: 'button', class: 'chip-remove', 'data-remove': c.iso3, 'aria-label': `Remove ${c.name}`, 'aria-disabled': last ? 'true' : undefined, title: last ? 'At least one country is compared' : `Remove ${c.name}` },
        h('span', { 'aria-hidden': 'true' }, '×'),
      ),
    ),
  );
}
