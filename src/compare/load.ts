/**
 * Loads <hub-compare> (hub-compare.ts, with the chart code and the dataset it fetches) only when it is needed: at
 * once for a view in the address, otherwise when the reader first reaches for the page's controls or buttons. The
 * default view is in the page already, so it paints without that code. What the reader did while it loaded (a
 * chip removed, an indicator chosen, a country typed) is done again once the element is there. Browser only.
 */
const root = document.querySelector<HTMLElement>('hub-compare');
const load = () => import('./hub-compare.ts');

if (root && location.search) void load();
else if (root) {
  /** The last event of each kind on each control, to replay; clicks only on buttons (a link has done its job). */
  const early = new Map<EventTarget, Map<string, Event>>();
  const record = (e: Event) => {
    const t = e.target as HTMLElement;
    const target = e.type === 'click' ? t.closest('button') : t.matches('input, select') ? t : null;
    if (!target) return;
    if (!early.has(target)) early.set(target, new Map());
    early.get(target)!.set(e.type, e);
  };
  const kinds = ['click', 'input', 'change'] as const;
  const noSubmit = (e: Event) => e.preventDefault();
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void load().then(() => {
      for (const k of kinds) root.removeEventListener(k, record, true);
      root.removeEventListener('submit', noSubmit);
      for (const [target, events] of early) {
        for (const type of events.keys()) {
          if (type === 'click') (target as HTMLElement).click();
          else target.dispatchEvent(new Event(type, { bubbles: true }));
        }
      }
    });
  };
  for (const k of kinds) root.addEventListener(k, record, true);
  root.addEventListener('submit', noSubmit);
  for (const k of ['focusin', 'pointerdown', 'keydown']) root.addEventListener(k, start, { once: true });
}
