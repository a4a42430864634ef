/**
 * The story map's renderer as rune state: the SVG map at load ("placeholder"), MapLibre once it is
 * wanted (demand.ts) and has loaded with its label fonts (fonts.ts), or the SVG map with the
 * basemap added when it cannot be ("svg": no WebGL2, a chunk or a font list that does not load,
 * or GlMap reporting a failure through `fallBack`). StoryMap renders what this says.
 */
import type { FeatureCollection } from 'geojson';
import { liveMapWanted, savingData, type ConnectionInfo, type Demand } from './demand.ts';
import { fetchMapFonts, fromBase, MAP_FONTS } from './fonts.ts';
import type { Fonts } from './gl/style.ts';

type GlMapComponent = typeof import('./gl/GlMap.svelte').default;

function hasWebGL2(): boolean {
  try {
    return !!document.createElement('canvas').getContext('webgl2');
  } catch {
    return false;
  }
}

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class LiveMap {
  renderer = $state<'placeholder' | 'maplibre' | 'svg'>('placeholder');
  /** Why the SVG map took over; empty while it has not. */
  failure = $state('');
  /** The basemap for the SVG map that took over, once loaded. */
  countries = $state.raw<FeatureCollection | null>(null);
  basemapError = $state('');
  /** The MapLibre shell, loaded when wanted (a type-only import until then). */
  GlMap = $state.raw<GlMapComponent | null>(null);
  fonts = $state.raw<Fonts>({ regular: [], bold: [] });
  countriesUrl = $state('geo/countries.json');
  /** The map has come within a screen of the viewport (and stays counted as such). */
  near = $state(false);
  /** The connection asks to save data; the reader can still ask for the live map. */
  saving = $state(false);
  /** The reader pressed "Load the full map". */
  asked = $state(false);
  readonly #demand: () => Demand;
  readonly #engaged: () => boolean;
  #started = false;

  /**
   * `demand`: what the live map waits for; `engaged`: whether the reader has moved on the page
   * (the story page says; an embed never does), an input, so that the map needs no page of its own.
   */
  constructor(demand: () => Demand, engaged: () => boolean = () => false) {
    this.#demand = demand;
    this.#engaged = engaged;
  }

  /** Once mounted: reads the connection and watches the map's frame come near. Returns the cleanup. */
  watch(frame: HTMLElement): () => void {
    this.countriesUrl = fromBase('geo/countries.json');
    this.saving = savingData((navigator as Navigator & { connection?: ConnectionInfo }).connection);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) this.near = true;
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(frame);
    return () => observer.disconnect();
  }

  /** Starts the live map the first time it is wanted; call it from an effect. */
  follow(): void {
    const state = { demand: this.#demand(), near: this.near, engaged: this.#engaged(), saving: this.saving };
    if (this.#started || !liveMapWanted({ ...state, asked: this.asked })) return;
    this.#started = true;
    void this.#start();
  }

  async #start() {
    if (!hasWebGL2()) return this.fallBack('WebGL2 is not available');
    try {
      // The engine and the label fonts together (fonts/map/, cut to the labels' glyphs).
      const [mod, fonts] = await Promise.all([import('./gl/GlMap.svelte'), fetchMapFonts(fromBase(MAP_FONTS))]);
      if (this.renderer !== 'placeholder') return;
      this.fonts = fonts;
      this.GlMap = mod.default;
      this.renderer = 'maplibre';
    } catch (e) {
      this.fallBack(`the map library failed to load (${reason(e)})`);
    }
  }

  /** The SVG map takes over, with the basemap added. */
  fallBack(why: string): void {
    this.failure = why;
    this.renderer = 'svg';
    this.GlMap = null;
    void this.#loadCountries();
  }

  async #loadCountries() {
    if (this.countries) return;
    try {
      const res = await fetch(this.countriesUrl);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const json = (await res.json()) as FeatureCollection;
      if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features))
        throw new Error('not a FeatureCollection');
      this.countries = json;
    } catch (e) {
      // The flows, places and text still show; only the land is missing.
      this.basemapError = `basemap unavailable (${reason(e)})`;
    }
  }
}
