/**
 * The admin page's own script (bundled by src/integrations/cms.ts into /admin/decap/hub-admin.js and
 * loaded before decap-cms.js). It turns off Decap's automatic start, then, once decap-cms.js has run,
 * registers the hub's widget, editor components and previews and starts Decap with the configuration
 * generated from the models (`load_config_file: false`: there is no config.yml).
 */
import { watchAccessibleNames } from './a11y.ts';
import { decap } from './browser.ts';
import { preSaveHandler } from './empty.ts';
import { editorComponents, renderComponent } from './components.ts';
import type { DecapField } from '../fields.ts';
import type { RefLabels } from '../config.ts';
import { mdxControl } from './mdx-widget.ts';
import { showNoBackend } from './no-backend.ts';
import { PHRASES, withPhrases } from './phrases.ts';
import { mdxPreview, pagePreview } from './preview.ts';
import { MDX_COMPONENTS } from '../../schemas/mdx-components.ts';

/** The generated configuration, put in by the bundler (see `cmsAdminBundle`). */
declare const __HUB_CMS_CONFIG__: { collections: { name: string; fields: DecapField[] }[]; backend: { name: string }; hub_labels: RefLabels } & Record<string, unknown>;

(window as unknown as { CMS_MANUAL_INIT: boolean }).CMS_MANUAL_INIT = true;

function start(): void {
  const { hub_labels: labels, ...config } = __HUB_CMS_CONFIG__;
  if (config.backend.name === 'none') return showNoBackend();
  const { CMS, h, createClass } = decap();
  CMS.registerEventListener({ name: 'preSave', handler: preSaveHandler });
  const en = CMS.getLocale('en');
  if (en) CMS.registerLocale('en', withPhrases(en as never, PHRASES as never));
  CMS.registerPreviewStyle('/admin/decap/preview.css');
  const markdown = CMS.getWidget('markdown');
  CMS.registerWidget('mdx', createClass(mdxControl(h)), createClass(mdxPreview(h, markdown?.preview)));
  for (const c of editorComponents()) {
    const spec = MDX_COMPONENTS.find((s) => s.name === c.id)!;
    CMS.registerEditorComponent({
      ...c,
      toPreview: (data: Record<string, string>) => renderComponent(h as never, spec, data, (text) => h('p', null, text)),
    });
  }
  for (const collection of config.collections) {
    CMS.registerPreviewTemplate(collection.name, createClass(pagePreview(h, collection.fields, labels)));
  }
  CMS.init({ config });
  watchAccessibleNames();
}

// Scripts without `defer` run in order: decap-cms.js has run by the time the document is parsed.
document.addEventListener('DOMContentLoaded', start);
