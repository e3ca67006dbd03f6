// `cargo xtask bench`: size and speed of the release build in headless Chromium, with and
// without 4× CPU throttling (the "school laptop"), next to a reference peer and a 10× denser
// build (issue 8). Prints the tables and appends them to BENCHMARKS.md. The budgets are targets
// to read off these figures, not timed tests: nothing here fails on a slow machine.
//
// - RJ Atlas: `RJ_DIST` (default dist/).
// - The Leaflet peer: tests/bench/leaflet/ with Leaflet 1.9.4 from node_modules and the same
//   GeoJSON, copied into a temporary directory and served the same way; measured with the same
//   functions (first paint, slider steps).
// - The scale test: `RJ_DENSE_DIST`, the same app built by `cargo xtask bench` with
//   RJ_BUNDLE_TERRITORIES pointing at `RJ_DENSE_SOURCE`, a copy of the territories with 10× the
//   vertices of the bundled one (tests/bench/densify.mjs). Skipped when unset.
// - RJ_BENCH_DRY=1 prints without appending to BENCHMARKS.md.
import fs from 'node:fs';
import os from 'node:os';
import zlib from 'node:zlib';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { serve, launch, DIST } from '../e2e/harness.mjs';

const DENSE = process.env.RJ_DENSE_DIST || '';
// The territories each page's own script draws (RJ Atlas's live map, not the still one).
const APP_MAP = '.rj-atlas[data-year] [data-territory]';
const PEER_MAP = '.peer-root [data-territory]';
const kb = (n) => (n / 1024).toFixed(1);
const mb = (n) => (n / 1048576).toFixed(1);
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const triple = (xs) => [pct(xs, 0.5), pct(xs, 0.95), Math.max(...xs)];
const ms = (xs) => xs.map((x) => x.toFixed(2)).join(' / ');
const ratio = (a, b) => [a].flat().map((x, i) => ([b].flat()[i] > 0 ? `${(x / [b].flat()[i]).toFixed(1)}×` : '–')).join(' / ');
const started = Date.now();
const log = (what) => console.error(`bench: ${what} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

// The Leaflet peer's directory: the page, its script, Leaflet and the data, nothing else.
const peerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rj-bench-leaflet-'));
for (const [from, to] of [
  ['tests/bench/leaflet/index.html', 'index.html'], ['tests/bench/leaflet/peer.js', 'peer.js'],
  ['node_modules/leaflet/dist/leaflet.js', 'leaflet.js'], ['node_modules/leaflet/dist/leaflet.css', 'leaflet.css'],
  ['geodata/lod/territories-z0.geojson', 'territories-z0.geojson'], ['geodata/history/polities.json', 'polities.json'],
]) fs.copyFileSync(from, path.join(peerDir, to));
// The harness floor: a page whose step writes one attribute and one text node.
const floorDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rj-bench-floor-'));
for (const name of ['index.html', 'floor.js']) fs.copyFileSync(`tests/bench/floor/${name}`, path.join(floorDir, name));
const leafletVersion = JSON.parse(fs.readFileSync('node_modules/leaflet/package.json', 'utf8')).version;

const vertexCount = (file) => {
  const rings = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat();
  return JSON.parse(fs.readFileSync(file, 'utf8')).features.reduce((n, f) => n + rings(f.geometry).reduce((m, r) => m + r.length, 0), 0);
};

// Records, from the first byte of the document, the frame that first shows a territory: a
// `[data-territory]` with a box (a hidden one does not count), its animation-frame callback plus
// the style and layout it forces. For RJ Atlas that is the still map in index.html when the URL
// lets it show (src/still_map.rs), so the probe also records the frame that first shows a
// territory under `live` (the app's own, interactive map). The same probe for every page, so
// "first paint" means the same thing for the app and the peer.
function paintProbe(live) {
  let waiting = false;
  const shown = (selector) => [...document.querySelectorAll(selector)].some((e) => e.getBoundingClientRect().width > 0);
  const observer = new MutationObserver(() => {
    if (waiting || !document.querySelector('[data-territory]')) return;
    waiting = true;
    requestAnimationFrame(() => {
      waiting = false;
      void document.body.offsetHeight;
      const now = performance.now();
      if (window.__benchPainted === undefined && shown('[data-territory]')) window.__benchPainted = now;
      if (window.__benchLive === undefined && shown(live)) window.__benchLive = now;
      if (window.__benchLive !== undefined) observer.disconnect();
    });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
}

/**
 * Waits until `expression` is truthy in the page, asking through DevTools every 50 ms. Nothing of
 * Playwright's enters the page while it loads: `waitForFunction` evaluates Playwright's injected
 * script in the page first (about 190 ms at 4×), which lands in the middle of a WebAssembly
 * app's start but after a script-only page's first paint, and so would bias the comparison.
 */
async function until(cdp, expression, timeout = 60000) {
  const end = Date.now() + timeout;
  for (;;) {
    const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true }).catch(() => ({ result: {} }));
    if (result.value) return result.value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * A fresh page at `url`, CPU throttled `rate`×, once its territories are drawn by its own
 * script (`live`: the selector of those).
 */
async function open(browser, url, rate, live) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await ctx.addInitScript(paintProbe, live);
  const page = await ctx.newPage();
  const problems = [];
  const note = (text) => { problems.push(text); seen.add(`${url}: ${text}`); };
  page.on('pageerror', (e) => note(e.message));
  page.on('console', (m) => { if (m.type() === 'error') note(m.text()); });
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(url, { waitUntil: 'commit' });
  try {
    await until(cdp, 'window.__benchLive !== undefined');
  } catch (e) {
    throw new Error(`${url}: no territories drawn (${problems.join('; ') || e.message})`);
  }
  const [firstPaint, livePaint, isolated] = await page.evaluate(() => [window.__benchPainted, window.__benchLive, window.crossOriginIsolated]);
  // RJ Atlas draws its side panel in the task after the map's first frame: steps are measured
  // once it is there (the peer has no such panel).
  await page.waitForFunction(() => !document.querySelector('[data-panels="pending"]'), null, { timeout: 60000 });
  if (!isolated) note('not cross-origin isolated: timings are rounded to 0.1 ms');
  return { ctx, page, cdp, firstPaint, livePaint, problems };
}

/**
 * First paint is one number per page load and loads vary a lot on a shared machine: the median of
 * five fresh loads of `url` (the page as a reader opens it), each in its own context. Returns
 * [first map paint, the page's own map] in ms.
 */
async function medianPaint(browser, url, rate, live) {
  const first = [], own = [];
  for (let i = 0; i < 5; i++) {
    const { ctx, firstPaint, livePaint } = await open(browser, url, rate, live);
    first.push(firstPaint);
    own.push(livePaint);
    await ctx.close();
  }
  return [pct(first, 0.5), pct(own, 0.5)];
}

/** Vertices drawn: path commands in the `d` of every territory. */
const drawnVertices = (page) => page.evaluate(() => [...document.querySelectorAll('[data-territory]')]
  .flatMap((e) => (e.matches('path') ? [e] : [...e.querySelectorAll('path')]))
  .reduce((n, p) => n + ((p.getAttribute('d') || '').match(/[ML]/g) || []).length, 0));

/** Raw / gzip / brotli bytes of everything the page at `url` fetches (served from `dir`). */
async function firstLoad(browser, url, dir, live) {
  const ctx = await browser.newContext();
  await ctx.addInitScript(paintProbe, live);
  const page = await ctx.newPage();
  const fetched = new Set();
  page.on('requestfinished', (r) => fetched.add(new URL(r.url()).pathname));
  const cdp = await ctx.newCDPSession(page);
  await page.goto(url);
  // Everything fetched until the page's own map is drawn (not only the still map).
  await until(cdp, 'window.__benchLive !== undefined');
  await ctx.close();
  let raw = 0, gz = 0, br = 0;
  for (const p of fetched) {
    const file = path.join(dir, p === '/' ? 'index.html' : p);
    if (!fs.existsSync(file)) continue;
    const body = fs.readFileSync(file);
    raw += body.length; gz += zlib.gzipSync(body, { level: 9 }).length; br += zlib.brotliCompressSync(body).length;
  }
  return [raw, gz, br];
}

/** Raw / gzip / brotli of one build's wasm: the first-load core (index, embed) by default. */
const wasmSizes = (dir, name = 'rj_atlas_core_bg.wasm') => {
  const wasm = fs.readFileSync(path.join(dir, name));
  return `${kb(wasm.length)} / ${kb(zlib.gzipSync(wasm, { level: 9 }).length)} / ${kb(zlib.brotliCompressSync(wasm).length)}`;
};

/**
 * Slider steps, three passes over 1855–2014 (up, down, up), one step a frame. `steps`: from the
 * `input` event until a MutationObserver sees the root's `data-year` change, plus the style and
 * layout that change forces (what the reader waits for); `whole`: that plus the work the step
 * leaves to the next frame (RJ Atlas's Yew render of the panels and markers).
 */
const sliderSteps = (page, rootSelector) => page.evaluate(async (rootSelector) => {
  const root = document.querySelector(rootSelector);
  const input = root.querySelector('input[type=range]') || document.querySelector('input[type=range]');
  const steps = [], whole = [];
  // Frame callbacks: A runs first in the next frame, then the app's own (Yew's render), then B;
  // B − A is the work the step leaves to that frame.
  const step = (target) => new Promise((resolve) => {
    let frameStart = 0;
    requestAnimationFrame(() => { frameStart = performance.now(); });
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (root.getAttribute('data-year') !== target) return;
      observer.disconnect();
      void document.body.offsetHeight;
      const fast = performance.now() - t0;
      requestAnimationFrame(() => {
        void document.body.offsetHeight;
        resolve([fast, fast + performance.now() - frameStart]);
      });
    });
    observer.observe(root, { attributes: true, attributeFilter: ['data-year'] });
    input.value = target;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  for (let pass = 0; pass < 3; pass++) {
    for (let y = 1855; y <= 2014; y++) {
      const target = String(pass % 2 === 0 ? y : 2014 - (y - 1855));
      if (root.getAttribute('data-year') === target) continue;
      const [fast, full] = await step(target);
      steps.push(fast);
      whole.push(full);
      await new Promise((r) => requestAnimationFrame(() => r()));
    }
  }
  return { steps, whole };
}, rootSelector);

/** Play at 5 years a second for about 5 s: the intervals between animation frames. */
async function playFrames(page) {
  if (!(await page.$('.speed-select'))) return null; // a build without the timeline
  await page.selectOption('.speed-select', '5');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.click('[data-action="play"]');
  const { intervals, years } = await page.evaluate((duration) => new Promise((resolve) => {
    const out = [];
    let years = 0;
    const observer = new MutationObserver(() => { years++; });
    observer.observe(document.querySelector('.rj-atlas[data-year]'), { attributes: true, attributeFilter: ['data-year'] });
    requestAnimationFrame((first) => {
      let last = first;
      const frame = (t) => {
        out.push(t - last);
        last = t;
        if (t - first < duration) requestAnimationFrame(frame); else { observer.disconnect(); resolve({ intervals: out, years }); }
      };
      requestAnimationFrame(frame);
    });
  }), 5000);
  await page.click('[data-action="play"]');
  return { intervals, years };
}

/**
 * Pan and zoom (issue 8): trusted mouse input through DevTools, as a reader's mouse sends it —
 * a drag of about 2.5 s (a move every 8 ms, ~125 Hz, along a loop around the map's centre),
 * then six wheel notches in and six out, 120 ms apart — while the page records the intervals
 * between animation frames, until 400 ms after the last wheel notch (RJ Atlas places its labels
 * for the new zoom once the view rests: that frame counts too). The same for the peer, whose
 * Leaflet map pans by drag and zooms (animated) by wheel.
 */
async function gestureFrames(page, mapSelector) {
  const box = await page.locator(mapSelector).first().boundingBox();
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  const r = Math.min(box.width, box.height) / 5;
  await page.evaluate(() => {
    const g = { intervals: [], on: true };
    window.__gesture = g;
    requestAnimationFrame((first) => {
      let last = first;
      const frame = (t) => { g.intervals.push(t - last); last = t; if (g.on) requestAnimationFrame(frame); };
      requestAnimationFrame(frame);
    });
  });
  const sleep = (ms) => new Promise((res) => setTimeout(res, ms));
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const start = Date.now();
  while (Date.now() - start < 2500) {
    const a = ((Date.now() - start) / 2500) * 2 * Math.PI;
    await page.mouse.move(cx + r * Math.sin(a), cy + r * (1 - Math.cos(a)) * 0.6);
    await sleep(8);
  }
  await page.mouse.up();
  for (const dy of [-100, 100]) {
    for (let i = 0; i < 6; i++) { await page.mouse.wheel(0, dy); await sleep(120); }
  }
  await sleep(400);
  return page.evaluate(() => { window.__gesture.on = false; return window.__gesture.intervals; });
}

/** DevTools' cumulative durations (ms): script, style, layout, every task. */
async function metrics(cdp) {
  await cdp.send('Performance.enable');
  const { metrics: m } = await cdp.send('Performance.getMetrics');
  const get = (name) => 1000 * (m.find((x) => x.name === name)?.value || 0);
  return ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'TaskDuration'].map(get);
}
/** `sliderSteps` and where its time went, per step: [script, style, layout, all tasks] in ms. */
async function profiledSteps(page, cdp, rootSelector) {
  const before = await metrics(cdp);
  const result = await sliderSteps(page, rootSelector);
  const after = await metrics(cdp);
  return { ...result, split: after.map((v, i) => (v - before[i]) / result.steps.length) };
}
// Frame timestamps follow the display's 60 Hz ticks: a frame over 16.7 ms is a missed tick.
const over = (intervals) => intervals.filter((t) => t > 1000 / 60 + 0.5).length / intervals.length;
const overShare = (intervals) => `${(over(intervals) * 100).toFixed(1)} %`;
const split = (xs) => xs.map((x) => x.toFixed(2)).join(' / ');

/**
 * Where a step's time goes, from a DevTools trace of one pass over the years (a step every second
 * frame, nothing forced): the main thread's input event, animation-frame callbacks (RJ Atlas:
 * Yew's render), style, layout, and pre-paint + paint + layerize + commit, which no figure above
 * includes. Means per step, ms.
 */
async function traceSplit(browser, url, rate, rootSelector, live) {
  const { ctx, page, cdp } = await open(browser, url, rate, live);
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  const n = await page.evaluate(async (rootSelector) => {
    const root = document.querySelector(rootSelector);
    const input = root.querySelector('input[type=range]') || document.querySelector('input[type=range]');
    let n = 0;
    for (let y = Number(input.value) + 1; y <= 2014; y++, n++) {
      input.value = String(y);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    return n;
  }, rootSelector);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  await cdp.detach();
  await ctx.close();
  const events = trace.traceEvents || trace;
  const threads = new Map();
  for (const e of events) if (e.name === 'UpdateLayoutTree') threads.set(`${e.pid}:${e.tid}`, (threads.get(`${e.pid}:${e.tid}`) || 0) + 1);
  const main = [...threads.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const groups = [['EventDispatch'], ['FireAnimationFrame'], ['UpdateLayoutTree'], ['Layout'], ['PrePaint', 'Paint', 'Layerize', 'Commit']];
  const sums = groups.map(() => 0);
  for (const e of events) {
    if (`${e.pid}:${e.tid}` !== main || e.ph !== 'X' || !e.dur) continue;
    groups.forEach((names, i) => { if (names.includes(e.name)) sums[i] += e.dur / 1000; });
  }
  return sums.map((v) => v / n);
}

/** JS heap in use (after a garbage collection) and the wasm instance's linear memory. */
async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  // The page's own instance: importing the glue again gives the same module, whose init returns
  // the exports it already has (memory included) without loading anything.
  const wasm = await page.evaluate(async () => {
    const glue = await import(new URL('rj_atlas_core.js', location.href).href);
    return (await glue.default()).memory.buffer.byteLength;
  });
  return { js: usedSize, wasm };
}

/** `n` slider steps, one a frame, back and forth over the years. */
const manySteps = (page, n) => page.evaluate(async (n) => {
  const input = document.querySelector('input[type=range]');
  let y = Number(input.value), dir = 1;
  for (let i = 0; i < n; i++) {
    if (y + dir > 2014 || y + dir < 1855) dir = -dir;
    y += dir;
    input.value = String(y);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => r()));
  }
}, n);

// Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs (a step at
// 1× takes about a millisecond); every file is same-origin, so the pages work as before.
const ISOLATED = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
const app = await serve(DIST, ISOLATED);
const peer = await serve(peerDir, ISOLATED);
const dense = DENSE ? await serve(DENSE, ISOLATED) : null;
const floor = await serve(floorDir, ISOLATED);
const browser = await launch();
const rows = [], peerRows = [], scaleRows = [];
const seen = new Set(); // console errors, uncaught exceptions: printed at the end
const figures = { app: {}, peer: {}, dense: {}, floor: {} };
try {
  const [raw, gz, br] = await firstLoad(browser, app.url, DIST, APP_MAP);
  const [praw, pgz, pbr] = await firstLoad(browser, peer.url, peerDir, PEER_MAP);
  rows.push(['.wasm raw / gzip / brotli (KB), first-load core', wasmSizes(DIST), 'index.html, embed.html']);
  rows.push(['.wasm raw / gzip / brotli (KB), full build', wasmSizes(DIST, 'rj_atlas_bg.wasm'), 'on first use of the table, exports, a layer; stories, <rj-atlas>']);
  rows.push(['first load raw / gzip / brotli (KB)', `${kb(raw)} / ${kb(gz)} / ${kb(br)}`, 'budget ≤ 300 KB gzip']);
  // Thai is first-class: a Thai reader's first load also fetches lang/th.txt.
  const [thRaw, thGz, thBr] = await firstLoad(browser, `${app.url}?lang=th`, DIST, APP_MAP);
  rows.push(['first load in Thai (?lang=th) raw / gzip / brotli (KB)', `${kb(thRaw)} / ${kb(thGz)} / ${kb(thBr)}`, 'budget ≤ 300 KB gzip; + lang/th.txt']);
  peerRows.push(['first load gzip (KB)', kb(gz), kb(pgz), ratio(gz, pgz)]);
  log('sizes');

  for (const rate of [1, 4]) {
    // RJ Atlas.
    {
      const [firstPaint, livePaint] = await medianPaint(browser, app.url, rate, APP_MAP);
      const { ctx, page, cdp } = await open(browser, app.url + '?year=1855', rate, APP_MAP);
      const { steps, whole, split: perStep } = await profiledSteps(page, cdp, '.rj-atlas[data-year]');
      const play = await playFrames(page);
      const gesture = await gestureFrames(page, '.map-stack');
      const vertices = await drawnVertices(page);
      figures.app[rate] = { firstPaint, livePaint, steps: triple(steps), whole: triple(whole), vertices, perStep, gesture };
      rows.push([`first map paint, ${rate}× CPU (ms)`, firstPaint.toFixed(0), `${rate === 4 ? 'budget ≤ 1000 ms; ' : ''}median of 5 loads of index.html: the still map`]);
      rows.push([`the app's own map drawn, ${rate}× CPU (ms)`, livePaint.toFixed(0), 'same loads: the interactive map replaces the still one']);
      rows.push([`slider step p50 / p95 / max, ${rate}× CPU (ms)`, ms(triple(steps)), rate === 4 ? 'budget p95 ≤ 4 ms' : '']);
      rows.push([`whole step incl. panels' frame p50 / p95 / max, ${rate}× CPU (ms)`, ms(triple(whole)), 'frame budget 16.7 ms']);
      rows.push([`pan and zoom (drag, wheel), frame interval p50 / p95 / max (ms), ${rate}× CPU`, ms(triple(gesture)), `${gesture.length} frames`]);
      rows.push([`pan and zoom: share of frames over 16.7 ms, ${rate}× CPU`, overShare(gesture), 'budget ≤ 5 %']);
      if (play) {
        rows.push([`play at 5 years/s, frame interval p50 / p95 / max (ms), ${rate}× CPU`, ms(triple(play.intervals)),
          `${play.intervals.length} frames, ${play.years} years in 5 s`]);
        rows.push([`play: share of frames over 16.7 ms, ${rate}× CPU`, overShare(play.intervals), 'budget ≤ 5 %']);
      }
      await ctx.close();
      log(`RJ Atlas at ${rate}×`);
    }
    // The Leaflet peer.
    {
      const [firstPaint, livePaint] = await medianPaint(browser, peer.url, rate, PEER_MAP);
      const { ctx, page, cdp } = await open(browser, peer.url, rate, PEER_MAP);
      const { steps, whole, split: perStep } = await profiledSteps(page, cdp, '.peer-root[data-year]');
      const gesture = await gestureFrames(page, '#map');
      figures.peer[rate] = { firstPaint, livePaint, steps: triple(steps), whole: triple(whole), vertices: await drawnVertices(page), perStep, gesture };
      await ctx.close();
      log(`Leaflet peer at ${rate}×`);
    }
    // The harness floor: what the step measure gives for the least a step can do.
    {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.goto(floor.url);
      const { steps } = await sliderSteps(page, '.floor-root[data-year]');
      figures.floor[rate] = { steps: triple(steps) };
      rows.push([`harness floor: slider step p50 / p95 / max, ${rate}× CPU (ms)`, ms(triple(steps)),
        'a page whose step writes one attribute and one text (tests/bench/floor/): no map can step faster on this machine']);
      await ctx.close();
      log(`floor at ${rate}×`);
    }
    // The scale test.
    if (dense) {
      const [firstPaint, livePaint] = await medianPaint(browser, dense.url, rate, APP_MAP);
      const { ctx, page, cdp } = await open(browser, dense.url + '?year=1855', rate, APP_MAP);
      const { steps, whole, split: perStep } = await profiledSteps(page, cdp, '.rj-atlas[data-year]');
      const gesture = await gestureFrames(page, '.map-stack');
      figures.dense[rate] = { firstPaint, livePaint, steps: triple(steps), whole: triple(whole), vertices: await drawnVertices(page), perStep, gesture };
      await ctx.close();
      log(`10× vertices at ${rate}×`);
    }
  }

  for (const rate of [1, 4]) {
    figures.app[rate].trace = await traceSplit(browser, app.url + '?year=1855', rate, '.rj-atlas[data-year]', APP_MAP);
    figures.peer[rate].trace = await traceSplit(browser, peer.url, rate, '.peer-root[data-year]', PEER_MAP);
  }
  log('traces');

  // Memory: after load, and after 1,000 slider steps (one a frame), each after a collection.
  {
    const { ctx, page, cdp } = await open(browser, app.url + '?year=1855', 1, APP_MAP);
    const before = await memory(page, cdp);
    await manySteps(page, 1000);
    const after = await memory(page, cdp);
    rows.push(['JS heap after load / after 1,000 steps / growth (MB), 1× CPU', `${mb(before.js)} / ${mb(after.js)} / ${mb(after.js - before.js)}`, 'budget ≤ 64 MB, flat']);
    rows.push(['wasm memory after load / after 1,000 steps / growth (MB), 1× CPU', `${mb(before.wasm)} / ${mb(after.wasm)} / ${mb(after.wasm - before.wasm)}`, 'linear memory never shrinks: its size is the high-water mark']);
    await ctx.close();
    const p = await open(browser, peer.url, 1, PEER_MAP);
    const peerMem = await p.cdp.send('HeapProfiler.collectGarbage').then(() => p.cdp.send('Runtime.getHeapUsage'));
    peerRows.push(['memory after load: JS heap + wasm (MB), 1× CPU', mb(before.js + before.wasm), mb(peerMem.usedSize), ratio(before.js + before.wasm, peerMem.usedSize)]);
    await p.ctx.close();
    log('memory');
  }

  for (const rate of [1, 4]) {
    const [a, p] = [figures.app[rate], figures.peer[rate]];
    peerRows.push([`first map paint, ${rate}× CPU (ms)`, a.firstPaint.toFixed(0), p.firstPaint.toFixed(0), ratio(a.firstPaint, p.firstPaint)]);
    peerRows.push([`the page's own interactive map drawn, ${rate}× CPU (ms)`, a.livePaint.toFixed(0), p.livePaint.toFixed(0), ratio(a.livePaint, p.livePaint)]);
    peerRows.push([`slider step p50 / p95 / max, ${rate}× CPU (ms)`, ms(a.steps), ms(p.steps), ratio(a.steps, p.steps)]);
    peerRows.push([`whole step incl. next frame p50 / p95 / max, ${rate}× CPU (ms)`, ms(a.whole), ms(p.whole), ratio(a.whole, p.whole)]);
    peerRows.push([`per step: script / style / layout / all tasks, mean, ${rate}× CPU (ms)`, split(a.perStep), split(p.perStep), ratio(a.perStep, p.perStep)]);
    peerRows.push([`pan and zoom: share of frames over 16.7 ms, ${rate}× CPU`, overShare(a.gesture), overShare(p.gesture), ratio(over(a.gesture), over(p.gesture))]);
    peerRows.push([`trace per step: input event / frame callbacks / style / layout / paint+commit, mean, ${rate}× CPU (ms)`, split(a.trace), split(p.trace), ratio(a.trace, p.trace)]);
  }
  peerRows.push(['territory vertices drawn (path commands)', String(figures.app[1].vertices), String(figures.peer[1].vertices), ratio(figures.app[1].vertices, figures.peer[1].vertices)]);

  if (dense) {
    const z0 = vertexCount('geodata/lod/territories-z0.geojson');
    const denseSource = process.env.RJ_DENSE_SOURCE || '';
    const many = fs.existsSync(denseSource) ? vertexCount(denseSource) : NaN;
    scaleRows.push(['territory vertices in the bundled file', String(z0), String(many), ratio(many, z0)]);
    scaleRows.push(['territory vertices drawn (path commands)', String(figures.app[1].vertices), String(figures.dense[1].vertices), ratio(figures.dense[1].vertices, figures.app[1].vertices)]);
    scaleRows.push(['.wasm raw / gzip / brotli (KB)', wasmSizes(DIST), wasmSizes(DENSE), '']);
    for (const rate of [1, 4]) {
      const [a, d] = [figures.app[rate], figures.dense[rate]];
      scaleRows.push([`first map paint, ${rate}× CPU (ms)`, a.firstPaint.toFixed(0), d.firstPaint.toFixed(0), ratio(d.firstPaint, a.firstPaint)]);
      scaleRows.push([`the app's own map drawn, ${rate}× CPU (ms)`, a.livePaint.toFixed(0), d.livePaint.toFixed(0), ratio(d.livePaint, a.livePaint)]);
      scaleRows.push([`slider step p50 / p95 / max, ${rate}× CPU (ms)`, ms(a.steps), ms(d.steps), ratio(d.steps, a.steps)]);
      scaleRows.push([`whole step incl. panels' frame p50 / p95 / max, ${rate}× CPU (ms)`, ms(a.whole), ms(d.whole), ratio(d.whole, a.whole)]);
      scaleRows.push([`per step: script / style / layout / all tasks, mean, ${rate}× CPU (ms)`, split(a.perStep), split(d.perStep), ratio(d.perStep, a.perStep)]);
      scaleRows.push([`pan and zoom: share of frames over 16.7 ms, ${rate}× CPU`, overShare(a.gesture), overShare(d.gesture), ratio(over(d.gesture), over(a.gesture))]);
    }
  }
} finally {
  await browser.close();
  await app.close();
  await peer.close();
  await floor.close();
  if (dense) await dense.close();
  fs.rmSync(peerDir, { recursive: true, force: true });
  fs.rmSync(floorDir, { recursive: true, force: true });
}

let commit = 'unknown';
try {
  commit = execSync('git rev-parse --short HEAD').toString().trim();
  if (execSync('git status --porcelain --untracked-files=no').toString().trim()) commit += ' (with uncommitted changes)';
} catch { /* not a checkout */ }
const chromium = browser.version();
const date = new Date().toISOString().slice(0, 10);
const table = (header, body) => [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)];
const text = [`### ${date} — commit ${commit} — \`cargo xtask bench\` — Chromium ${chromium}`, '',
  ...table(['measure', 'value', 'note'], rows), '',
  `Against the reference peer: the same territories (z0) drawn by Leaflet ${leafletVersion} in its default Web Mercator, SVG renderer, no tiles; a step restyles the territories whose period changed with \`setStyle\`. Ratio: RJ Atlas ÷ peer.`, '',
  ...table(['measure', 'RJ Atlas', `Leaflet ${leafletVersion} peer`, 'ratio'], peerRows), '',
  ...(scaleRows.length ? [
    'Scale (issue 8): the same app built with a territories file of 10× the vertices (the 10 m file densified by `tests/bench/densify.mjs`, bundled through `RJ_BUNDLE_TERRITORIES`). Ratio: 10× ÷ z0; a year change should cost the number of territories, not of vertices.', '',
    ...table(['measure', 'z0 (bundled)', '10× vertices', 'ratio'], scaleRows), ''] : []),
].join('\n');
console.log(text);
for (const problem of seen) console.error(`bench: page problem: ${problem}`);
log('done');
if (process.env.RJ_BENCH_DRY) process.exit(0); // a trial run: print only
const file = 'BENCHMARKS.md';
const head = '# Benchmarks\n\nEach run of `cargo xtask bench` appends its figures here (newest last). Machine: 2 cores, headless Debian Chromium.\n\n';
fs.writeFileSync(file, (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : head) + '\n' + text);
