/**
 * The country picker: an editable combobox with a list of suggestions (WAI-ARIA 1.2 combobox pattern) and
 * chips to remove chosen countries. Keyboard: type to filter, Down/Up to move, Enter to add, Escape to close
 * or clear; each chip's button removes its country. Browser only.
 */
import { toDom } from '../charts/shared/dom.ts';
import { h } from '../charts/shared/vnode.ts';
import { chips } from './chips.ts';
import { filterOptions, type Option } from './filter.ts';

/** What the picker asks its owner to do. */
export interface PickerActions {
  add: (iso3: string) => void;
  remove: (iso3: string) => void;
  /** Says something to screen-reader users (and everyone) in the page's status line. */
  say: (text: string) => void;
}

/** Controls the combobox input, its listbox and the chips inside `root`. */
export class CountryPicker {
  readonly #input: HTMLInputElement;
  readonly #list: HTMLUListElement;
  readonly #chips: HTMLUListElement;
  #options: Option[] = [];
  #chosen: Option[] = [];
  #max = 12;
  #shown: Option[] = [];
  #active = -1;

  constructor(root: HTMLElement, actions: PickerActions) {
    this.#input = root.querySelector('[data-combobox]')!;
    this.#list = root.querySelector('[data-listbox]')!;
    this.#chips = root.querySelector('[data-chips]')!;
    this.#input.addEventListener('input', () => this.#open());
    this.#input.addEventListener('keydown', (e) => this.#key(e, actions));
    this.#input.addEventListener('blur', () => this.#close());
    // Keep focus in the input while an option is clicked.
    this.#list.addEventListener('mousedown', (e) => e.preventDefault());
    this.#list.addEventListener('click', (e) => {
      const li = (e.target as Element).closest<HTMLElement>('[role="option"][data-iso3]');
      if (li) this.#pick(li.dataset.iso3!, actions);
    });
    this.#chips.addEventListener('click', (e) => {
      const b = (e.target as Element).closest<HTMLButtonElement>('[data-remove]');
      if (!b) return;
      if (b.getAttribute('aria-disabled') === 'true') actions.say('At least one country is compared: add another before removing this one.');
      else actions.remove(b.dataset.remove!);
    });
  }

  /** The countries that can be added (those with data in the indicator). */
  setOptions(options: readonly Option[]): void {
    this.#options = [...options];
    if (this.#input.getAttribute('aria-expanded') === 'true') this.#open();
  }

  /** The chosen countries, shown as chips; keeps focus on a chip's button when one was removed. */
  setChosen(chosen: readonly Option[], max: number): void {
    const focused = this.#chips.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.remove : undefined;
    const index = focused ? this.#chosen.findIndex((c) => c.iso3 === focused) : -1;
    this.#chosen = [...chosen];
    this.#max = max;
    this.#chips.replaceChildren(...chips(chosen).map((c) => toDom(c)));
    if (index >= 0) {
      const buttons = this.#chips.querySelectorAll<HTMLButtonElement>('[data-remove]');
      (buttons[Math.min(index, buttons.length - 1)] ?? this.#input).focus();
    }
  }

  #key(e: KeyboardEvent, actions: PickerActions): void {
    const open = this.#input.getAttribute('aria-expanded') === 'true';
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) this.#open();
      const n = this.#shown.length;
      if (n) this.#activate(e.key === 'ArrowDown' ? (this.#active + 1) % n : (this.#active - 1 + n) % n);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const choice = this.#shown[this.#active] ?? (this.#shown.length === 1 ? this.#shown[0] : undefined);
      if (open && choice) this.#pick(choice.iso3, actions);
      else if (this.#input.value.trim()) actions.say(`No single country matches "${this.#input.value.trim()}": choose one in the list.`);
    } else if (e.key === 'Escape') {
      if (open) this.#close();
      else this.#input.value = '';
    }
  }

  #pick(iso3: string, actions: PickerActions): void {
    if (this.#chosen.length >= this.#max) {
      actions.say(`At most ${this.#max} countries can be compared: remove one first.`);
      return;
    }
    this.#input.value = '';
    this.#close();
    actions.add(iso3);
  }

  #open(): void {
    const chosen = new Set(this.#chosen.map((c) => c.iso3));
    this.#shown = filterOptions(this.#options, this.#input.value, chosen);
    this.#active = -1;
    const items = this.#shown.length
      ? this.#shown.map((o) => h('li', { role: 'option', id: `cmp-opt-${o.iso3}`, 'data-iso3': o.iso3, 'aria-selected': 'false' }, o.name, ' ', h('span', { class: 'muted' }, o.iso3)))
      : [h('li', { role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false', class: 'muted' }, this.#options.length ? 'No country matches' : 'Loading countries…')];
    this.#list.replaceChildren(...items.map((i) => toDom(i)));
    this.#list.hidden = false;
    this.#input.setAttribute('aria-expanded', 'true');
    this.#input.removeAttribute('aria-activedescendant');
  }

  #activate(i: number): void {
    this.#active = i;
    const id = `cmp-opt-${this.#shown[i]!.iso3}`;
    for (const li of this.#list.querySelectorAll('[role="option"]')) li.setAttribute('aria-selected', String(li.id === id));
    this.#input.setAttribute('aria-activedescendant', id);
    this.#list.querySelector(`#${id}`)?.scrollIntoView({ block: 'nearest' });
  }

  #close(): void {
    this.#list.hidden = true;
    this.#shown = [];
    this.#active = -1;
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.removeAttribute('aria-activedescendant');
  }
}
