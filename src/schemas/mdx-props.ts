/** Checks of literal values in MDX: addresses (links, props) and the props of allow-listed components. */
import type { ComponentSpec, PropSpec } from './mdx-components.ts';
import { MEDIA_URL, mediaNameProblem } from './media-rules.ts';

const WEB_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * Why an address must not be used, or undefined when it is a web address (http, https, mailto) or a
 * relative one. Browsers ignore control characters and blanks inside a scheme, so they are too.
 */
export function unsafeUrlProblem(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
  if (!scheme || WEB_SCHEMES.has(scheme)) return undefined;
  if (scheme === 'javascript' || scheme === 'vbscript') {
    return `uses a ${scheme}: address, which runs code in the reader's browser: link to an https:// page instead`;
  }
  return `uses a ${scheme}: address: only https://, http:// and mailto: addresses and links within the site are allowed`;
}

/** Problems with the literal `value` of `prop` on component `spec` (empty when the value is fine). */
export function checkProp(spec: ComponentSpec, prop: PropSpec, value: string, mediaExists?: (name: string) => boolean): string[] {
  const where = `prop "${prop.name}" of <${spec.name}>`;
  if (value.trim() === '') return [`${where} is empty: write ${prop.label.toLowerCase()} between the quotes, or remove the prop`];
  switch (prop.kind) {
    case 'enum': {
      const values = (prop.options ?? []).map((o) => o.value);
      return values.includes(value) ? [] : [`${where} is "${value}": use one of ${values.join(', ')}`];
    }
    case 'url':
      {
        const bad = unsafeUrlProblem(value);
        if (bad) return [`${where} ${bad}`];
      }
      return /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value) ? [] : [`${where} must be a full address starting with https://, e.g. https://www.oecd.org/`];
    case 'media': {
      const prefix = `${MEDIA_URL}/`;
      if (!value.startsWith(prefix) || value.slice(prefix.length).includes('/')) {
        return [`${where} must name an upload, written ${prefix}file.png (upload it under Media first)`];
      }
      const name = value.slice(prefix.length);
      const bad = mediaNameProblem(name);
      if (bad) return [`${where}: ${bad}`];
      return mediaExists && !mediaExists(name) ? [`${where} names ${value}, which does not exist: upload it under Media, or fix the file name`] : [];
    }
    case 'text':
      return /[\r\n]/.test(value) ? [`${where} must be on one line`] : [];
  }
}
