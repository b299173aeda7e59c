/**
 * Every chart of the site as files (/charts/<key>.svg and .png): the ranking and map of every indicator edition,
 * each country page's profile and lines, and the compare page's default view. Read by src/pages/charts/.
 */
import type { Hub } from '../../content/hub-data.ts';
import { allDatasets } from '../../indicators/datasets.ts';
import { defaultView } from '../../compare/catalog.ts';
import { compareCharts } from '../../compare/charts.ts';
import { countryChartFiles, indicatorChartFiles, type ChartFile } from './catalog.ts';
import { exportMarkup } from './frame.ts';
import { matrixFileSvg } from '../matrix/render.ts';
import { REVIEW_MATRIX, drawnReviewMatrix } from '../matrix/reviews.ts';
import { isPartial } from '../matrix/bound.ts';
import { REVIEW_MATRIX_URL } from '../../lib/urls.ts';
import { HUB_CONTENT_LICENCE } from '../../downloads/licence.ts';

const cache = new WeakMap<Hub, ChartFile[]>();

/** The chart files of the hub `h`, once per loaded hub. */
export function siteChartFiles(h: Hub): ChartFile[] {
  const hit = cache.get(h);
  if (hit) return hit;
  const datasets = allDatasets(h);
  const countries = h.countries.map((c) => c.id);
  const { ds, selection } = defaultView(datasets);
  const compared = compareCharts(ds, selection);
  const files = [
    ...datasets.flatMap((ds) => indicatorChartFiles(ds, countries)),
    ...datasets.flatMap((ds) => countries.flatMap((iso3) => countryChartFiles(ds, iso3))),
    ...Object.values(compared.files),
    ...reviewFiles(h),
  ];
  const keys = new Set<string>();
  for (const f of files) {
    if (keys.has(f.key)) throw new Error(`two charts share the file key "${f.key}": give one of them another figure id`);
    keys.add(f.key);
  }
  cache.set(h, files);
  return files;
}

/**
 * The review matrix's file, when there is a review to draw: the chart of its page, so within the same limits, and
 * its title says which part it shows. Its source is the hub's own review records.
 */
function reviewFiles(h: Hub): ChartFile[] {
  const m = drawnReviewMatrix(h);
  if (m.reviews === 0) return [];
  const credit = { source: `the review records of the E-Leaders hub (${m.reviews}, of any status)`, licence: HUB_CONTENT_LICENCE.title };
  const scope = isPartial(m) ? `: the ${m.rows.length} most active of ${m.all.rows} reviewers, the ${m.cols.length} most reviewed of ${m.all.cols} countries` : '';
  const title = `${REVIEW_MATRIX.title}${scope}`;
  return [{ key: `reviews/${REVIEW_MATRIX.id}`, title, sources: [], credit, page: REVIEW_MATRIX_URL, chart: () => matrixFileSvg(m, REVIEW_MATRIX.id, REVIEW_MATRIX.title) }];
}

/** The text of a chart's SVG file; `site` is the site's origin, for the page's full address. */
export const chartFileSvg = (f: ChartFile, site: string) =>
  exportMarkup(f.chart(), { title: f.title, sources: f.sources, page: new URL(f.page, site).href, ...(f.credit ? { credit: f.credit } : {}) });
