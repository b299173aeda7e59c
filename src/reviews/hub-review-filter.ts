/**
 * <hub-review-filter>: enhances the server-rendered list of peer reviews (ReviewFinder.astro). It reveals
 * the filter form, hides the rows that do not match and keeps the choice in the address. Hooks are data-*
 * attributes: `data-js-filters` (the form), `data-js-count` (the count), `data-review-row` and each row's
 * `data-status`, `data-reviewers`, `data-country`, `data-principles`. Without JavaScript the whole list shows.
 */
import { FILTER_KEYS, countText, matches, splitList, type Filter } from './filter.ts';

/** Reveals the filter form, applies it to the rows, and keeps the choice in the address. */
export class HubReviewFilter extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-js-filters]');
    if (!form) return;
    const params = new URLSearchParams(location.search);
    for (const key of FILTER_KEYS) {
      const select = form.elements.namedItem(key) as HTMLSelectElement | null;
      const wanted = params.get(key);
      if (select && wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
    }
    form.hidden = false;
    form.addEventListener('change', () => this.apply(form));
    // The form's fields are only cleared after the reset event: read them on the next turn.
    form.addEventListener('reset', () => setTimeout(() => this.apply(form)));
    form.addEventListener('submit', (e) => e.preventDefault());
    this.apply(form);
  }

  /** Shows the rows that pass the form's filters, says how many, and writes the filters to the address. */
  apply(form: HTMLFormElement) {
    const filter: Filter = {};
    for (const key of FILTER_KEYS) filter[key] = (form.elements.namedItem(key) as HTMLSelectElement).value;
    const rows = [...this.querySelectorAll<HTMLTableRowElement>('[data-review-row]')];
    let shown = 0;
    for (const row of rows) {
      const d = row.dataset;
      const ok = matches({ status: d.status ?? '', reviewers: splitList(d.reviewers), country: d.country ?? '', principles: splitList(d.principles) }, filter);
      row.hidden = !ok;
      if (ok) shown += 1;
    }
    const count = this.querySelector('[data-js-count]');
    if (count) count.textContent = countText(shown, rows.length);
    const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v)).toString();
    const address = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (address !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', address);
  }
}

if (!customElements.get('hub-review-filter')) customElements.define('hub-review-filter', HubReviewFilter);
