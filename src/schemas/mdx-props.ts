/** Checks of literal values in MDX: addresses (links, props) and the props of allow-listed components. */
import type { ComponentSpec, PropSpec } from './mdx-components.ts';
import { MEDIA_URL, mediaNameProblem } from './media-rules.ts';

/**
 * Why an address in an MDX body or prop must not be used, or undefined when it is fine. Allowed: https://host/…,
 * mailto:, a site-relative path (/practices/…) and a fragment (#outcomes). Refused: other schemes (javascript:
 * runs code), http:// (unencrypted; the https:// address of the page is nearly always served; http:// is accepted
 * only in the frontmatter's source fields, see the url field kind), //host and /\host (another site with the
 * page's scheme), and relative paths such as ../x (their target changes from page to page). Browsers ignore
 * control characters and blanks inside an address, so they are too.
 */
export function unsafeUrlProblem(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  if (cleaned === '') return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
  if (scheme === 'javascript' || scheme === 'vbscript') {
    return `uses a ${scheme}: address, which runs code in the reader's browser: link to an https:// page instead`;
  }
  if (scheme === 'mailto') return undefined;
  if (scheme === 'https') return /^https:\/\/[^/\\?#]/.test(cleaned) ? undefined : 'is not a full address: write it as https://host/path';
  if (scheme === 'http') return 'uses http://, which is not encrypted: use the page\'s https:// address';
  if (scheme) return `uses a ${scheme}: address: only https://, mailto: and addresses within the site (starting with /) are allowed`;
  if (/^[/\\]{2}/.test(cleaned)) return 'starts with //, so it points at another site: write the full https:// address, or a site address starting with a single /';
  if (cleaned.startsWith('/') || cleaned.startsWith('#')) return undefined;
  return 'is a relative address, whose target changes from page to page: write a site address starting with / (e.g. /practices/est-x-road/) or a full https:// address';
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
