// Starts the wasm app. Kept out of the HTML so a strict Content-Security-Policy
// (script-src 'self' 'wasm-unsafe-eval') needs no 'unsafe-inline'.
//
// Two builds (see src/ui/upgrade.rs): the first-load core (rj_atlas_core.*) draws the map, the
// slider, the panels and the charts; the full build (rj_atlas.*) also has stories, teachers'
// layers, the table and the exports. A link that opens a story or a layer starts the full build;
// otherwise the core starts, and hands over to the full build when the reader asks for one of
// its tools (`rj-atlas-upgrade`, detail: action, file): the URL carries the rest of the state.

const params = new URLSearchParams(location.search);
const needsFull = params.has('story') || params.has('geojson');
const app = document.getElementById('app');

// The core speaks English only; another language's texts and names come as lang/XX.txt (see
// src/i18n/table.rs), fetched here alongside the wasm so the first paint is in that language.
// The guess follows the app's order (?lang=, the host's lang, the browser's languages); if it
// is wrong, the core fetches the right table itself.
const speaks = (tag) => {
  const code = String(tag || '').trim().split(/[-_]/)[0].toLowerCase();
  return ['en', 'th', 'ru', 'ja'].includes(code) ? code : null;
};
const tableLang = needsFull ? null
  : speaks(params.get('lang')) || speaks(app?.getAttribute('lang'))
    || (navigator.languages || []).map(speaks).find(Boolean) || null;
// A table that does not come within 10 s (a stalled connection) leaves the map in English, with
// a notice, rather than no map at all.
const table = tableLang && tableLang !== 'en'
  ? Promise.race([
    fetch(new URL(`lang/${tableLang}.txt`, import.meta.url)).then(
      (r) => (r.ok ? r.text() : Promise.reject(`lang/${tableLang}.txt: HTTP ${r.status}`)),
      () => Promise.reject(`lang/${tableLang}.txt could not be fetched (offline?)`)),
    new Promise((_, reject) => setTimeout(() => reject(`lang/${tableLang}.txt did not arrive within 10 s`), 10000)),
  ])
  : undefined;
table?.catch(() => {});

start(needsFull ? './rj_atlas.js' : './rj_atlas_core.js').then((glue) => {
  glue.mountApp(undefined, undefined, table ? tableLang : undefined, table);
  registerServiceWorker();
  if (!needsFull) window.addEventListener('rj-atlas-upgrade', (e) => upgrade(glue, e.detail || {}));
}).catch(failed);

/** Loads and instantiates one build; resolves to its glue module. The wasm (most of the bytes)
 *  is fetched alongside the glue, not after it. */
async function start(url) {
  const wasm = fetch(new URL(url.replace(/\.js(\?.*)?$/, '_bg.wasm'), import.meta.url));
  // Awaited by the glue; if the glue itself fails, this failure is the same one.
  wasm.catch(() => {});
  const glue = await import(url);
  await glue.default({ module_or_path: wasm });
  return glue;
}

let upgrading = false;
let attempts = 0;

/** Said while the full build loads, and when it cannot be fetched, in the app's language. */
const TEXT = {
  loading: { en: 'Loading…', th: 'กำลังโหลด…', ru: 'Загрузка…', ja: '読み込み中…' },
  failed: {
    en: 'This tool could not be loaded (are you offline?). The map still works; try again when connected.',
    th: 'โหลดเครื่องมือนี้ไม่สำเร็จ (ออฟไลน์อยู่หรือไม่?) แผนที่ยังใช้งานได้ ลองอีกครั้งเมื่อเชื่อมต่ออินเทอร์เน็ตแล้ว',
    ru: 'Не удалось загрузить этот инструмент (нет связи?). Карта работает; попробуйте снова, когда появится сеть.',
    ja: 'このツールを読み込めませんでした(オフラインですか?)。地図はそのまま使えます。接続してからもう一度お試しください。',
  },
};
const say = (what) => TEXT[what][(document.documentElement.lang || 'en').slice(0, 2)] || TEXT[what].en;

/** Swaps the core for the full build, which opens with `action` done. */
function upgrade(core, { action, file }) {
  if (upgrading) return;
  upgrading = true;
  const root = app?.querySelector('.rj-atlas');
  root?.querySelector('[data-notice="upgrade"]')?.remove();
  // A visible, announced "Loading…" while the full build comes (the map stays usable).
  const status = document.createElement('p');
  status.className = 'upgrade-status';
  status.setAttribute('role', 'status');
  status.dataset.upgradeStatus = '';
  status.textContent = say('loading');
  document.body.append(status);
  // A failed import may be remembered by the browser: a retry asks for a new URL.
  const url = attempts++ ? `./rj_atlas.js?retry=${attempts}` : './rj_atlas.js';
  start(url).then((full) => {
    core.unmountApp();
    full.mountApp(action, file);
    status.remove();
  }).catch((error) => {
    upgrading = false;
    status.remove();
    console.warn('RJ Atlas: the full build failed to load:', error);
    // The core is still mounted unless the swap itself failed; then this is a start failure.
    const current = app?.querySelector('.rj-atlas');
    if (!current) return failed(error);
    const notice = document.createElement('div');
    notice.className = 'notice';
    notice.setAttribute('role', 'alert');
    notice.dataset.notice = 'upgrade';
    const text = document.createElement('p');
    text.textContent = say('failed');
    const dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.className = 'notice-dismiss';
    dismiss.textContent = '×';
    dismiss.setAttribute('aria-label', 'Dismiss');
    dismiss.addEventListener('click', () => notice.remove());
    notice.append(text, dismiss);
    current.querySelector('.atlas-header')?.after(notice);
  });
}

function failed(error) {
  console.error('RJ Atlas failed to start:', error);
  // A panic while starting has already put up the panic card (src/ui/mod.rs).
  if (!app || app.querySelector('.error-card')) return;
  const card = document.createElement('div');
  card.className = 'rj-atlas error-card';
  card.setAttribute('role', 'alert');
  const title = document.createElement('h1');
  title.textContent = 'The atlas could not start';
  const text = document.createElement('p');
  text.textContent = 'Your browser may not support WebAssembly, or a file failed to load. Reload to try again.';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload';
  button.addEventListener('click', () => location.reload());
  card.append(title, text, button);
  app.replaceChildren(card);
}

// Offline copy (sw.js); optional, so any failure leaves the atlas online-only. The full build is
// cached once a reader has used it (a tool, a story): the first visit fetches only the core.
function registerServiceWorker() {
  try {
    if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
      const sw = navigator.serviceWorker;
      // Once active, the worker caches what this page fetched before it was in control, and
      // every language's table (about 20 KB gzip), so that a language switch works offline too.
      const tables = ['th', 'ru', 'ja'].map((l) => new URL(`lang/${l}.txt`, import.meta.url).href);
      sw.register(new URL('sw.js', import.meta.url)).then(() => sw.ready).then((r) => r.active?.postMessage({
        rjAtlasCache: [location.href, ...performance.getEntriesByType('resource').map((e) => e.name), ...tables],
      })).catch((e) => console.warn('RJ Atlas offline copy:', e));
    }
  } catch (e) {
    console.warn('RJ Atlas offline copy:', e);
  }
}
