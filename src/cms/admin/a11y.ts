/**
 * Accessible names Decap CMS's own interface leaves out (browser only): the preview frame, the icon
 * buttons of list items and their drag handles. Applied as Decap renders, by watching the document.
 */

/** Names for elements that have none, found by selector. */
const NAMES: readonly [selector: string, attribute: 'title' | 'aria-label' | 'alt', name: string][] = [
  // Media library thumbnails: the file name is written under each, so the image itself is decorative.
  ['img[class*="CardImage"]', 'alt', ''],
  ['iframe#preview-pane', 'title', 'Preview of the entry as it will look on the site'],
  ['[class*="TopBar"] > button[class*="TopBarButton"]:first-child', 'aria-label', 'Show or hide this item'],
  ['[class*="TopBar"] > button[class*="TopBarButton"]:last-child', 'aria-label', 'Remove this item'],
  ['[aria-roledescription="sortable"][role="button"]', 'aria-label', 'List item: drag to reorder, or use the space bar and arrow keys'],
];

/** Gives every matching element under `root` without a name the name it lacks. */
export function nameUnnamed(root: ParentNode): void {
  for (const [selector, attribute, name] of NAMES) {
    for (const el of root.querySelectorAll(selector)) {
      // Only elements with no name at all: an icon, no text, no label.
      if (!el.hasAttribute(attribute) && !el.getAttribute('aria-label') && !el.textContent?.trim()) el.setAttribute(attribute, name);
    }
  }
}

/** Keeps naming what Decap renders, for the life of the page. */
export function watchAccessibleNames(doc: Document = document): void {
  nameUnnamed(doc);
  new MutationObserver(() => nameUnnamed(doc)).observe(doc.body, { childList: true, subtree: true });
}
