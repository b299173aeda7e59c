/**
 * Puts Pagefind's filter pane in a useful order (see filter-order.ts) and gives the long country list a
 * box that narrows it as you type. Pagefind re-renders the pane when its structure changes; this re-applies
 * the order then, and leaves it alone when it is already right, so it never loops.
 */
import { compareValues, matchesTyped, orderGroups } from '~/search/filter-order.ts';

/** Groups with more values than this get a filter box. */
const BOX_THRESHOLD = 15;

/** Reorders children of `parent` (matched by `selector`) to `sorted`, only if they are out of order. */
function reorder(parent: Element, current: Element[], sorted: Element[]): void {
  if (current.every((el, i) => el === sorted[i])) return;
  for (const el of sorted) parent.append(el);
}

/** Type first; numeric values in numeric order. */
function orderPane(pane: Element): void {
  const root = pane.querySelector('.pf-filter-pane');
  if (!root) return;
  const groups = [...root.querySelectorAll<HTMLElement>(':scope > .pf-filter-group')];
  const byName = new Map(groups.map((g) => [g.dataset.filterName ?? '', g]));
  reorder(root, groups, orderGroups([...byName.keys()]).map((n) => byName.get(n)!));
  for (const options of root.querySelectorAll('.pf-filter-options')) {
    const labels = [...options.querySelectorAll<HTMLLabelElement>(':scope > label')];
    const value = (l: HTMLLabelElement) => l.querySelector('input')?.value ?? '';
    reorder(options, labels, [...labels].sort((a, b) => compareValues(value(a), value(b))));
  }
}

/** Adds a "Find a country" box above a long group's checkboxes. */
function addBoxes(pane: Element): void {
  for (const group of pane.querySelectorAll<HTMLElement>('.pf-filter-group')) {
    const options = group.querySelector('.pf-filter-options');
    if (!options || group.querySelector('[data-filter-box]') || options.children.length <= BOX_THRESHOLD) continue;
    const name = group.dataset.filterName ?? 'value';
    const id = `filter-box-${name}`;
    const wrap = document.createElement('p');
    wrap.className = 'filter-box';
    wrap.innerHTML = `<label for="${id}">Find a ${name}</label> <input id="${id}" type="search" autocomplete="off" data-filter-box>`;
    const input = wrap.querySelector('input')!;
    input.addEventListener('input', () => {
      for (const label of options.querySelectorAll<HTMLLabelElement>(':scope > label')) {
        label.classList.toggle('filter-off', !matchesTyped(label.querySelector('input')?.value ?? '', input.value));
      }
    });
    options.before(wrap);
  }
}

/** Keeps `pane` ordered and boxed for as long as the page lives. */
export function enhanceFilterPane(pane: Element): void {
  const apply = () => {
    observer.disconnect();
    orderPane(pane);
    addBoxes(pane);
    observer.observe(pane, { childList: true, subtree: true });
  };
  const observer = new MutationObserver(apply);
  apply();
}
