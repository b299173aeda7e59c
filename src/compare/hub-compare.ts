/**
 * <hub-compare>: makes the compare page interactive. The page already shows the default selection, rendered at
 * build time; this element reveals the controls, reads and writes the permalink (back and forward work), loads
 * the chosen indicator from its static JSON endpoint (/data/<id>.json) and re-renders the results with the same
 * code the build used. Browser only; no inline script, no eval, no other origin.
 */
import { countriesOf, nameOf, type Dataset } from '../indicators/dataset.ts';
import { toDom } from '../charts/shared/dom.ts';
import { listing } from '../charts/shared/text.ts';
import { CountryPicker } from './picker.ts';
import { editionLabel, MAX_COUNTRIES, parseQuery, resolveQuery, toQuery, type Catalog, type Query, type Selection } from './selection.ts';
import { compareView, type CiteContext } from './view.ts';
import { citeSection, type CiteTemplates } from './cite.ts';
import { COMPARE_CITATIONS_URL, DATA_BASE_URL } from '../lib/urls.ts';

type HistoryMode = 'push' | 'replace' | 'none';

class HubCompare extends HTMLElement {
  #catalog!: Catalog;
  #data = new Map<string, Promise<Dataset>>();
  #selection!: Selection;
  #pending?: Query;
  #picker!: CountryPicker;
  #run = 0;
  #ready = false;
  #cite!: CiteContext;
  #templates?: Promise<CiteTemplates>;
  readonly #onPopState = () => void this.#show(parseQuery(location.search), 'none');

  connectedCallback(): void {
    window.addEventListener('popstate', this.#onPopState);
    if (this.#ready) return;
    this.#ready = true;
    this.#catalog = JSON.parse(this.dataset.catalog ?? '{}') as Catalog;
    this.#selection = resolveQuery({}, this.#catalog).selection;
    this.#cite = { templates: {}, origin: location.origin };
    const controls = this.querySelector<HTMLElement>('[data-controls]')!;
    controls.addEventListener('submit', (e) => e.preventDefault());
    this.#picker = new CountryPicker(controls, {
      add: (iso3) => this.#change({ countries: [...this.#countries(), iso3] }),
      remove: (iso3) => this.#change({ countries: this.#countries().filter((c) => c !== iso3) }),
      say: (text) => this.#say(text),
    });
    this.#select('indicator').addEventListener('change', (e) => this.#change({ indicator: (e.target as HTMLSelectElement).value, edition: undefined }));
    this.#select('edition').addEventListener('change', (e) => this.#change({ edition: Number((e.target as HTMLSelectElement).value) }));
    this.querySelector('[data-copy]')!.addEventListener('click', () => void this.#copy());
    this.querySelector('[data-results]')!.addEventListener('click', (e) => {
      if ((e.target as Element).closest('[data-copy-citation]')) void this.#copyCitation();
    });
    void this.#show(parseQuery(location.search), location.search ? 'replace' : 'none', !location.search);
  }

  disconnectedCallback(): void {
    window.removeEventListener('popstate', this.#onPopState);
  }

  #select(name: 'indicator' | 'edition'): HTMLSelectElement {
    return this.querySelector<HTMLSelectElement>(`[data-select="${name}"]`)!;
  }

  #load(id: string): Promise<Dataset> {
    let p = this.#data.get(id);
    if (!p) {
      const base = this.dataset.dataBase ?? DATA_BASE_URL;
      p = fetch(`${base}${id}.json`).then((r) => {
        if (!r.ok) throw new Error(`${base}${id}.json answered ${r.status}`);
        return r.json() as Promise<Dataset>;
      });
      p.catch(() => this.#data.delete(id));
      this.#data.set(id, p);
    }
    return p;
  }

  /**
   * The citation templates (src/citations/compare.ts), fetched once from their static file: the page does not carry
   * them. Without them a view is shown without its "Cite this view" section (the build's stays on the default view).
   */
  async #citations(): Promise<CiteTemplates> {
    this.#templates ??= fetch(this.dataset.citations ?? COMPARE_CITATIONS_URL).then((r) => {
      if (!r.ok) throw new Error(`${r.url} answered ${r.status}`);
      return r.json() as Promise<CiteTemplates>;
    });
    return this.#templates.catch(() => {
      this.#templates = undefined;
      return {};
    });
  }

  /** The countries of the view last asked for. */
  #countries(): string[] {
    return this.#pending?.countries ?? this.#selection.countries;
  }

  /** A change builds on the view last asked for, even while that one is still loading (two quick changes add up). */
  #change(patch: Query): void {
    void this.#show({ ...(this.#pending ?? this.#selection), ...patch }, 'push');
  }

  /** Loads the data, checks the query, re-renders (unless the page already shows it) and updates the address. */
  async #show(q: Query, mode: HistoryMode, alreadyShown = false): Promise<void> {
    const run = ++this.#run;
    this.#pending = q;
    const results = this.querySelector<HTMLElement>('[data-results]')!;
    const first = resolveQuery(q, this.#catalog).selection;
    results.setAttribute('aria-busy', 'true');
    let ds: Dataset;
    try {
      [ds, this.#cite.templates] = await Promise.all([this.#load(first.indicator), this.#citations()]);
    } catch (err) {
      results.removeAttribute('aria-busy');
      if (run === this.#run) this.#pending = undefined;
      this.#say(`The data could not be loaded (${(err as Error).message}); the page still shows the previous selection.`);
      return;
    }
    if (run !== this.#run) return;
    this.#pending = undefined;
    const { selection, problems } = resolveQuery(q, this.#catalog, ds.names);
    this.#selection = selection;
    if (!alreadyShown) results.replaceChildren(toDom(compareView(ds, selection, this.#cite, 'inline')));
    else this.#refreshCitation(selection);
    results.removeAttribute('aria-busy');
    this.#sync(ds, selection);
    const url = `${location.pathname}${toQuery(selection)}${location.hash}`;
    if (mode === 'push') history.pushState(null, '', url);
    else if (mode === 'replace') history.replaceState(null, '', url);
    // The summary above the charts already shows the selection: problems are shown, the rest only announced.
    if (!alreadyShown) this.#say(`${problems.join(' ')} Showing the ${ds.shortName} ${selection.edition} for ${listing(selection.countries.map((c) => nameOf(ds, c)))}.`.trim(), problems.length === 0);
  }

  /** Puts the controls in line with the selection. */
  #sync(ds: Dataset, s: Selection): void {
    this.#select('indicator').value = s.indicator;
    const ind = this.#catalog.indicators.find((i) => i.id === s.indicator)!;
    const editions = this.#select('edition');
    editions.replaceChildren(...ind.editions.map((e) => new Option(editionLabel(e), String(e.year))));
    editions.value = String(s.edition);
    this.#picker.setOptions(countriesOf(ds));
    this.#picker.setChosen(s.countries.map((iso3) => ({ iso3, name: nameOf(ds, iso3) })), MAX_COUNTRIES);
  }

  async #copy(): Promise<void> {
    const url = `${location.origin}${location.pathname}${toQuery(this.#selection)}`;
    try {
      await navigator.clipboard.writeText(url);
      this.#say(`Link copied: ${url}`);
    } catch {
      this.#say(`Copy this link: ${url}`);
    }
  }

  /** The build wrote the citation with the site's address; the permalink shown is this page's. */
  #refreshCitation(s: Selection): void {
    const old = this.querySelector('[data-citation]');
    const fresh = citeSection(this.#cite.templates, s, this.#cite.origin);
    if (old && fresh) old.replaceWith(toDom(fresh));
  }

  async #copyCitation(): Promise<void> {
    const text = this.querySelector('[data-citation-text]')?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      this.#say('Citation copied.');
    } catch {
      this.#say('Select the citation text and copy it.');
    }
  }

  #say(text: string, announceOnly = false): void {
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    status.classList.toggle('visually-hidden', announceOnly);
    status.textContent = text;
  }
}

if (!customElements.get('hub-compare')) customElements.define('hub-compare', HubCompare);
