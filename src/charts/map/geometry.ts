/**
 * World boundaries for the maps, projected at build time: Natural Earth 1:110m countries from the `world-atlas`
 * package, keyed by ISO3 through `world-countries` (numeric ISO 3166 codes). Paths are simplified as they are
 * written (points closer than `tolerance` pixels to the previous one are dropped, coordinates rounded to
 * `digits` decimals), so the drawing stays small. No tiles, no request to any host.
 */
import { geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-countries';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };

/** One drawn country: its ISO3 code (when it has one) and its SVG path. */
export interface Shape {
  iso3?: string;
  /** The Natural Earth name, for shapes the hub does not know (e.g. Greenland). */
  label: string;
  d: string;
}

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const iso3ByNumeric = new Map(countries.filter((c) => c.ccn3).map((c) => [Number(c.ccn3), c.cca3]));

/**
 * A path context that writes rounded, relative commands ("l1.2-0.4", shorter than absolute ones) and drops a
 * point closer than `tolerance` pixels to the last one written. Deltas are taken between rounded points, so
 * rounding never drifts along a long border.
 */
class SimplePath {
  private out: string[] = [];
  private x = 0;
  private y = 0;
  private scale: number;
  private tolerance: number;
  constructor(digits: number, tolerance: number) { this.scale = 10 ** digits; this.tolerance = tolerance; }
  private round(v: number) { return Math.round(v * this.scale) / this.scale; }
  private num(v: number) { return String(this.round(v)).replace(/^(-?)0\./, '$1.'); }
  moveTo(x: number, y: number) {
    this.x = this.round(x); this.y = this.round(y);
    this.out.push(`M${this.num(this.x)} ${this.num(this.y)}`);
  }
  lineTo(x: number, y: number) {
    if (Math.hypot(x - this.x, y - this.y) < this.tolerance) return;
    const nx = this.round(x);
    const ny = this.round(y);
    const dy = this.num(ny - this.y);
    this.out.push(`l${this.num(nx - this.x)}${dy.startsWith('-') ? '' : ' '}${dy}`);
    this.x = nx; this.y = ny;
  }
  closePath() { this.out.push('z'); }
  arc() { /* geoPath draws points as arcs; the maps draw no points */ }
  result() { const s = this.out.join(''); this.out = []; return s; }
}

/** How a map is drawn: its size and how coarse its paths may be. */
export interface MapFrame { width: number; height: number; digits: number; tolerance: number }

const features = () => feature(topology, topology.objects.countries).features.filter((f) => f.id !== '010'); // no Antarctica

/** A drawer of GeoJSON into `frame`, fitted to `countries` (the whole world, less Antarctica). */
function drawer(frame: MapFrame, countries: ReturnType<typeof features>) {
  const projection = geoEqualEarth().fitSize([frame.width, frame.height], { type: 'FeatureCollection', features: countries } as GeoPermissibleObjects);
  const ctx = new SimplePath(frame.digits, frame.tolerance);
  const path = geoPath(projection, ctx as never);
  return (o: GeoPermissibleObjects) => { path(o); return ctx.result(); };
}

/**
 * Per frame: its drawer (fitted to the whole world) and the countries, and what is drawn from them at most once: every
 * country's shape (the maps) and the world's land (every locator map; merging it took most of a country profile's time).
 */
interface Drawn { draw: ReturnType<typeof drawer>; countries: ReturnType<typeof features>; shapes?: Shape[]; land?: string }
const frames = new Map<string, Drawn>();

function drawnIn(frame: MapFrame): Drawn {
  const key = JSON.stringify(frame);
  let drawn = frames.get(key);
  if (!drawn) {
    const countries = features();
    frames.set(key, (drawn = { draw: drawer(frame, countries), countries }));
  }
  return drawn;
}

/** Every country's shape in `frame`, projected once per frame. */
export function worldShapes(frame: MapFrame): Shape[] {
  const drawn = drawnIn(frame);
  drawn.shapes ??= drawn.countries.map((f) => {
    const iso3 = iso3ByNumeric.get(Number(f.id));
    return { ...(iso3 ? { iso3 } : {}), label: f.properties?.name ?? '', d: drawn.draw(f) };
  }).filter((s) => s.d);
  return drawn.shapes;
}

/** The land of the world as one outline (no borders), and one country's shape, in `frame`: a locator map. */
export function locator(frame: MapFrame, iso3: string): { land: string; country?: string } {
  const drawn = drawnIn(frame);
  drawn.land ??= drawn.draw(merge(topology, topology.objects.countries.geometries.filter((g) => g.id !== '010') as never) as GeoPermissibleObjects);
  const own = drawn.countries.find((f) => iso3ByNumeric.get(Number(f.id)) === iso3);
  return { land: drawn.land, ...(own ? { country: drawn.draw(own) } : {}) };
}
