// <rj-atlas>: the atlas as a custom element for lesson pages.
//
//   <script type="module" src="rj-atlas.js"></script>
//   <rj-atlas year="1905" layers="war,territories" lang="th"></rj-atlas>
//
// Attributes (read like the app's URL parameters; a value it cannot use is named in a notice):
// year, date, lang, layers, view, select, compare, min, max, controls, autoplay, story, geojson.
// year, date, lang, layers and select are live both ways (attribute and property); the element
// dispatches `yearchange` (detail: {year, date}) and `select` (detail: {id}). A story may also
// be inline — <rj-atlas><script type="application/json">{…}</script></rj-atlas> — or the `story`
// property set to an object; a GeoJSON layer the `geojson` attribute (a URL) or property (an
// object). The map lives in an
// open shadow root, so the lesson's CSS cannot reach it and its CSS cannot leak; the data-*
// hooks (data-territory, data-year, …) are inside it. Every element on a page shares one
// WebAssembly instance.
import init, { mountElement } from './rj_atlas.js';

const base = new URL('.', import.meta.url);
let wasm;
/** The WebAssembly, loaded once for every element on the page. */
const load = () => (wasm ??= init({ module_or_path: new URL('rj_atlas_bg.wasm', base) }));

const ATTRIBUTES = ['year', 'date', 'lang', 'layers', 'view', 'select', 'compare', 'min', 'max', 'controls', 'autoplay', 'story', 'geojson'];
const LIVE = ['year', 'date', 'lang', 'layers', 'select'];
/** Changing these starts the atlas again with the new value. */
const REMOUNT = ['story', 'geojson', 'view', 'min', 'max', 'controls', 'compare'];

/** `value` as JSON text; 'null' (which the atlas reports as not a story or layer) if it has none. */
function asJson(value) {
  try {
    const text = JSON.stringify(value);
    return typeof text === 'string' ? text : 'null';
  } catch {
    return 'null';
  }
}

class RjAtlas extends HTMLElement {
  static observedAttributes = [...LIVE, ...REMOUNT];

  #atlas = null;
  #reflecting = false;
  #container;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    for (const sheet of ['style.css', 'table.css']) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = new URL(sheet, base).href;
      root.append(link);
    }
    this.#container = document.createElement('div');
    this.#container.className = 'rj-atlas-host';
    root.append(this.#container);
    this.addEventListener('yearchange', (e) => this.#reflect({ year: String(e.detail.year), date: e.detail.date }));
    this.addEventListener('select', (e) => this.#reflect({ select: e.detail.id }));
    this.addEventListener('rj-atlas-state', (e) => {
      e.stopPropagation();
      this.#reflect({ lang: e.detail.lang, layers: e.detail.layers });
      // The app has rendered: what was waiting for it goes in now.
      const waiting = this.#waiting;
      this.#waiting = null;
      waiting?.forEach((f) => f());
    });
  }

  #waiting = [];
  /** Runs `f` once the app has rendered (its first `rj-atlas-state`). */
  #whenReady(f) {
    if (this.#waiting) this.#waiting.push(f); else f();
  }

  connectedCallback() {
    load().then(() => this.#mount(), (error) => {
      console.error('RJ Atlas failed to start:', error);
      this.#container.textContent = 'The atlas could not start: your browser may not support WebAssembly, or a file failed to load.';
    });
  }

  disconnectedCallback() {
    this.#atlas?.destroy();
    this.#atlas = null;
  }

  attributeChangedCallback(name, old, value) {
    if (this.#reflecting || !this.#atlas || old === value) return;
    if (REMOUNT.includes(name)) {
      this.#atlas.destroy();
      this.#atlas = null;
      this.#mount();
    } else if (value !== null) {
      // Right after a restart the app has not rendered yet: the change waits for it.
      const atlas = this.#atlas;
      this.#whenReady(() => { if (this.#atlas === atlas) atlas.set(JSON.stringify({ [name]: value })); });
    }
  }

  #mount() {
    if (!this.isConnected || this.#atlas) return;
    const query = new URLSearchParams();
    for (const name of ATTRIBUTES) {
      if (this.hasAttribute(name)) query.set(name, this.getAttribute(name));
    }
    // A file named in an attribute is relative to the lesson page, as a link's would be.
    for (const name of ['story', 'geojson']) {
      if (query.get(name)) query.set(name, new URL(query.get(name), document.baseURI).href);
    }
    this.#container.replaceChildren();
    this.#waiting = [];
    const atlas = mountElement(this.#container, this, query.toString());
    this.#atlas = atlas;
    const inline = this.querySelector(':scope > script[type="application/json"]');
    const story = this.#story ?? inline?.textContent;
    if (story) this.#whenReady(() => atlas.add_story(story));
    if (this.#layer) {
      const { name, text } = this.#layer;
      this.#whenReady(() => atlas.add_layer(name, text));
    }
  }

  /** Writes what the atlas changed into the attributes, without applying it back. */
  #reflect(values) {
    this.#reflecting = true;
    for (const [name, value] of Object.entries(values)) {
      // No value (or no layer at all) is written as no attribute, which restarts with defaults.
      if (value == null || value === '') this.removeAttribute(name); else this.setAttribute(name, value);
    }
    this.#reflecting = false;
  }

  #layer = null;
  /** A GeoJSON layer: a URL (same site), or a GeoJSON object, drawn over the atlas. */
  get geojson() { return this.#layer ? JSON.parse(this.#layer.text) : this.getAttribute('geojson'); }
  set geojson(value) {
    if (value == null) { this.#layer = null; this.removeAttribute('geojson'); return; }
    if (typeof value === 'string') { this.#layer = null; this.setAttribute('geojson', value); return; }
    const text = asJson(value);
    const name = value?.name || 'layer';
    this.#layer = { name, text };
    const atlas = this.#atlas;
    if (atlas) this.#whenReady(() => atlas.add_layer(name, text));
  }

  #story = null;
  /** A guided story: a URL (same site), or a story object (see story.schema.json). */
  get story() { return this.#story ? JSON.parse(this.#story) : this.getAttribute('story'); }
  set story(value) {
    if (value == null) { this.#story = null; this.removeAttribute('story'); return; }
    if (typeof value === 'string') { this.#story = null; this.setAttribute('story', value); return; }
    this.#story = asJson(value);
    const [atlas, text] = [this.#atlas, this.#story];
    if (atlas) this.#whenReady(() => atlas.add_story(text));
  }
}

for (const name of [...LIVE, 'view', 'compare', 'min', 'max', 'controls', 'autoplay']) {
  Object.defineProperty(RjAtlas.prototype, name, {
    get() {
      const value = this.getAttribute(name);
      return name === 'year' && value !== null ? Number(value) : value;
    },
    set(value) {
      if (value == null) this.removeAttribute(name); else this.setAttribute(name, String(value));
    },
  });
}

if (!customElements.get('rj-atlas')) customElements.define('rj-atlas', RjAtlas);

// The offline copy (sw.js), as the app's own pages register it; optional, so any failure leaves
// the elements online-only. Only where the atlas's files share the page's origin.
load().then(() => {
  try {
    if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol) && base.origin === location.origin) {
      const sw = navigator.serviceWorker;
      sw.register(new URL('sw.js', base)).then(() => sw.ready).then((r) => r.active?.postMessage({
        // The atlas's own files only: the lesson page (perhaps behind a login) is not kept.
        rjAtlasCache: performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.startsWith(base.href)),
      })).catch((e) => console.warn('RJ Atlas offline copy:', e));
    }
  } catch (e) {
    console.warn('RJ Atlas offline copy:', e);
  }
}, () => {});
