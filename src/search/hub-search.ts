/**
 * <hub-search>: the search box, and Pagefind's component UI (filter pane, results) loaded when the reader first
 * uses the box or the filters, or at once when the address carries a search; kept in step with the URL.
 * The URL is the source of truth on load and on back/forward; typing replaces the current history
 * entry, a filter or sort change pushes a new one, so back returns to the previous search.
 */
import { enhanceFilterPane } from '~/search/filter-pane.ts';
import { cleanFilters, onlyWordsChanged, parseSearch, SORTS, toQuery, type SearchState } from '~/search/state.ts';

/** The part of Pagefind's component-UI instance this element uses. */
interface PagefindInstance {
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  searchSort: Record<string, string>;
  on(event: 'search', cb: (term: string, filters: Record<string, unknown>) => void, owner?: object): void;
  on(event: 'results', cb: (r: { results: unknown[] }) => void, owner?: object): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  triggerSearch(term: string): void;
  triggerLoad(): Promise<void>;
  registerInput(el: Element, options: { keyboardNavigation: boolean }): void;
  focusNextResults(from: Element): boolean;
}
declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): PagefindInstance } };
  }
}

/** Results shown at first, and added by each "Show more": rendering thousands at once stalls the page. */
const PAGE = 50;
/** Milliseconds after the last keystroke before searching (Pagefind's own input waits as long). */
const DEBOUNCE = 300;

class HubSearch extends HTMLElement {
  private instance?: PagefindInstance;
  private total = 0;
  private current: SearchState = parseSearch(location.search);
  private applying = false;

  private loading?: Promise<void>;

  connectedCallback() {
    document.querySelector('[data-nojs]')?.remove();
    const form = this.querySelector<HTMLFormElement>('[data-search-form]');
    const input = this.searchInput();
    if (input) input.value = this.current.q;
    // The box is a plain GET form until Pagefind is here; with scripts it searches in place.
    form?.addEventListener('submit', (e) => {
      e.preventDefault();
      if (this.instance) this.searchWords(input?.value ?? '');
      else void this.load();
    });
    const { q, filters } = this.current;
    // A search in the address (a link into search, the header's box) is run at once; otherwise Pagefind's
    // script, index and WebAssembly wait for the reader to use the box or the filters.
    if (q || Object.keys(filters).length) {
      void this.load();
      return;
    }
    const load = () => void this.load();
    for (const type of ['focusin', 'pointerdown', 'input']) form?.addEventListener(type, load, { once: true });
    this.querySelector('[data-load]')?.addEventListener('click', load, { once: true });
    this.querySelector('.filters-toggle')?.addEventListener('toggle', load, { once: true });
  }

  /** Loads Pagefind's component UI (its stylesheet and script, once), then wires it to the address. */
  private load(): Promise<void> {
    this.loading ??= this.start();
    return this.loading;
  }

  private async start() {
    const { uiScript, uiStyle } = this.dataset;
    if (!uiScript || !uiStyle) return this.fail();
    // The stylesheet first: Pagefind's elements draw as soon as its script runs, and must not move once styled.
    const style = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: uiStyle });
    const styled = new Promise((ok) => {
      style.addEventListener('load', ok, { once: true });
      style.addEventListener('error', ok, { once: true });
    });
    document.head.append(style);
    await styled;
    const script = Object.assign(document.createElement('script'), { src: uiScript });
    const missing = new Promise<boolean>((ok) => script.addEventListener('error', () => ok(false), { once: true }));
    document.head.append(script);
    const parts = ['pagefind-config', 'pagefind-filter-pane', 'pagefind-results', 'pagefind-summary'];
    const defined = Promise.all(parts.map((p) => customElements.whenDefined(p))).then(() => true);
    // The component UI comes with the index (/pagefind/); without an index it never arrives.
    const timeout = new Promise<boolean>((ok) => setTimeout(() => ok(false), 8000));
    if (!(await Promise.race([defined, missing, timeout]))) return this.fail();
    // Pagefind's elements register with their instance as they connect: let them finish first.
    await new Promise(requestAnimationFrame);
    const manager = window.PagefindComponents?.getInstanceManager();
    if (!manager) return this.fail();
    this.instance = manager.getInstance('default');
    this.querySelector('[data-filters-pending]')?.remove();
    const pane = this.querySelector('pagefind-filter-pane');
    if (pane) enhanceFilterPane(pane);
    // Loading runs Pagefind's own empty faceted search once; listen only after it, so it cannot
    // overwrite the search the URL asks for.
    await this.instance.triggerLoad().catch(() => this.fail());
    this.instance.on('search', (term, filters) => this.record({ ...this.current, q: term ?? '', filters: cleanFilters(filters ?? {}) }), this);
    this.instance.on('results', (r) => {
      this.syncInput();
      this.total = r.results.length;
      this.showMoreButton();
      this.showEmptyState(r.results.length === 0);
    }, this);
    this.sortControl()?.addEventListener('change', (e) => {
      this.record({ ...this.current, sort: (e.target as HTMLSelectElement).value as SearchState['sort'] });
      this.apply(this.current);
    });
    this.querySelector('[data-empty]')?.addEventListener('click', (e) => this.removeFilter(e));
    this.querySelector('[data-more]')?.addEventListener('click', () => this.showMore());
    window.addEventListener('popstate', () => this.apply(parseSearch(location.search)));
    this.wireInput();
    // Words typed while the index was loading belong to the search, not the (older) address.
    const typed = this.searchInput()?.value.trim();
    if (typed && typed !== this.current.q) {
      const next = { ...this.current, q: typed };
      this.record(next);
      this.apply(next);
    } else this.apply(this.current);
  }

  private searchInput() {
    return this.querySelector<HTMLInputElement>('[data-search-input]');
  }

  /**
   * The hub's own box drives Pagefind as its <pagefind-input> would: a search 300 ms after the last keystroke,
   * Escape clears, Down arrow moves into the results; registered as an input, so Pagefind's keyboard navigation
   * in the results (Up arrow, typing) comes back to it.
   */
  private wireInput() {
    const input = this.searchInput();
    if (!input || !this.instance) return;
    Object.assign(input, { inputEl: input });
    this.instance.registerInput(input, { keyboardNavigation: true });
    let pending: ReturnType<typeof setTimeout> | undefined;
    input.addEventListener('input', () => {
      clearTimeout(pending);
      pending = setTimeout(() => this.searchWords(input.value), DEBOUNCE);
    });
    input.addEventListener('keydown', (e) => {
      if (e.isComposing) return;
      if (e.key === 'Escape') {
        clearTimeout(pending);
        input.value = '';
        this.searchWords('');
      } else if (e.key === 'ArrowDown' && this.instance?.focusNextResults(input)) e.preventDefault();
    });
  }

  private searchWords(words: string) {
    this.instance?.triggerSearch(words);
  }

  private sortControl() {
    return this.querySelector<HTMLSelectElement>('[data-sort]');
  }

  /** Runs the search the state describes, without writing it back to the URL. */
  private apply(state: SearchState) {
    if (!this.instance) return;
    this.applying = true;
    this.current = state;
    const sort = this.sortControl();
    if (sort) sort.value = state.sort;
    this.instance.searchSort = { ...(SORTS[state.sort] ?? {}) };
    this.instance.triggerSearchWithFilters(state.q, state.filters as Record<string, string[]>);
    this.applying = false;
  }

  /** Pagefind's input can re-render after a search from the URL: show the words the results are for. */
  private syncInput() {
    const input = this.searchInput();
    if (input && document.activeElement !== input && input.value !== this.current.q) input.value = this.current.q;
  }

  /** Writes a new state to the URL: replace while typing, push for filters and sort. */
  private record(next: SearchState) {
    if (this.applying) return;
    const query = toQuery(next);
    if (query === location.search) {
      this.current = next;
      return;
    }
    const url = `${location.pathname}${query}`;
    if (onlyWordsChanged(this.current, next) && this.current.q !== '') history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    this.current = next;
  }

  private shown(): number {
    return Number(this.querySelector('pagefind-results')?.getAttribute('max-results')) || PAGE;
  }

  /** Offers the next page of results while there are more than are shown. */
  private showMoreButton() {
    const button = this.querySelector<HTMLButtonElement>('[data-more]');
    if (!button) return;
    const shown = this.shown();
    button.hidden = this.total <= shown;
    button.textContent = `Show ${Math.min(PAGE, this.total - shown)} more results (${shown} of ${this.total} shown)`;
  }

  private showMore() {
    this.querySelector('pagefind-results')?.setAttribute('max-results', String(this.shown() + PAGE));
    this.instance?.triggerSearchWithFilters(this.current.q, this.current.filters as Record<string, string[]>);
  }

  /** Shows "no results" with one button per active filter to remove it. */
  private showEmptyState(empty: boolean) {
    const box = this.querySelector<HTMLElement>('[data-empty]');
    const list = box?.querySelector('ul');
    if (!box || !list) return;
    const active = Object.entries(this.current.filters).flatMap(([k, vs]) => vs.map((v) => [k, v] as const));
    box.hidden = !empty || (!this.current.q && active.length === 0);
    list.replaceChildren(
      ...active.map(([k, v]) => {
        const li = document.createElement('li');
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'chip';
        b.dataset.key = k;
        b.dataset.value = v;
        b.textContent = `Remove ${k}: ${v}`;
        li.append(b);
        return li;
      }),
    );
    box.querySelector<HTMLElement>('[data-no-filters]')!.hidden = active.length > 0;
  }

  private removeFilter(e: Event) {
    const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-key]');
    if (!b || !this.instance) return;
    const key = b.dataset.key as keyof SearchState['filters'];
    const filters = { ...this.current.filters, [key]: (this.current.filters[key] ?? []).filter((v) => v !== b.dataset.value) };
    this.instance.triggerSearchWithFilters(this.current.q, cleanFilters(filters) as Record<string, string[]>);
  }

  private fail() {
    this.querySelector<HTMLElement>('[data-search-ui]')?.setAttribute('hidden', '');
    this.querySelector<HTMLElement>('[data-unavailable]')?.removeAttribute('hidden');
  }
}

customElements.define('hub-search', HubSearch);
