// `cargo xtask bench`: size and speed of the release build in headless Chromium, with and
// without 4× CPU throttling (the "school laptop"). Prints a table and appends it to BENCHMARKS.md.
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { serve, launch, DIST } from '../e2e/harness.mjs';

const kb = (n) => (n / 1024).toFixed(1);
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

const server = await serve(DIST);
const browser = await launch();
const rows = [];
try {
  // Bytes of everything the index page fetches.
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = new Set();
  page.on('requestfinished', (r) => fetched.add(new URL(r.url()).pathname));
  await page.goto(server.url);
  await page.waitForSelector('[data-territory]');
  await context.close();
  let raw = 0, gz = 0, br = 0;
  for (const p of fetched) {
    const file = path.join(DIST, p === '/' ? 'index.html' : p);
    if (!fs.existsSync(file)) continue;
    const body = fs.readFileSync(file);
    raw += body.length; gz += zlib.gzipSync(body, { level: 9 }).length; br += zlib.brotliCompressSync(body).length;
  }
  const wasm = fs.readFileSync(path.join(DIST, 'rj_atlas_bg.wasm'));
  rows.push(['.wasm raw / gzip / brotli (KB)', `${kb(wasm.length)} / ${kb(zlib.gzipSync(wasm, { level: 9 }).length)} / ${kb(zlib.brotliCompressSync(wasm).length)}`, '']);
  rows.push(['first load raw / gzip / brotli (KB)', `${kb(raw)} / ${kb(gz)} / ${kb(br)}`, 'budget ≤ 300 KB gzip']);

  for (const rate of [1, 4]) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const pg = await ctx.newPage();
    const cdp = await ctx.newCDPSession(pg);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await pg.goto(server.url + '?year=1855');
    await pg.waitForSelector('[data-territory]');
    const firstMap = await pg.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return performance.now() - (nav ? nav.startTime : 0);
    });
    // Slider steps: input event until the DOM shows the new year (root `data-year`, the big
    // year, the territories), plus the style and layout that causes; and, separately, the whole
    // step including the frame in which Yew renders the panels and event markers.
    const { steps, full } = await pg.evaluate(async () => {
      const input = document.querySelector('input[type=range]');
      const root = document.querySelector('.rj-atlas[data-year]');
      const steps = [], full = [];
      // A MutationObserver sees the DOM change as soon as the app writes it; forcing a layout
      // afterwards adds the style and layout work the change causes. Frame callbacks: A runs
      // first in the next frame, then the app's own (Yew's render), then B; B − A is the work
      // the step leaves to that frame.
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
          const [fast, whole] = await step(target);
          steps.push(fast);
          full.push(whole);
          await new Promise((r) => requestAnimationFrame(() => r()));
        }
      }
      return { steps, full };
    });
    rows.push([`first map paint, ${rate}× CPU (ms)`, firstMap.toFixed(0), rate === 4 ? 'budget ≤ 1000 ms' : '']);
    rows.push([`slider step p50 / p95 / max, ${rate}× CPU (ms)`, `${pct(steps, 0.5).toFixed(2)} / ${pct(steps, 0.95).toFixed(2)} / ${Math.max(...steps).toFixed(2)}`, rate === 4 ? 'budget p95 ≤ 4 ms' : '']);
    rows.push([`whole step incl. panels' frame p50 / p95 / max, ${rate}× CPU (ms)`, `${pct(full, 0.5).toFixed(2)} / ${pct(full, 0.95).toFixed(2)} / ${Math.max(...full).toFixed(2)}`, 'frame budget 16.7 ms']);
    const mem = await cdp.send('Runtime.getHeapUsage').catch(() => null);
    if (mem && rate === 1) rows.push(['JS heap used after 480 steps (MB)', (mem.usedSize / 1048576).toFixed(1), '']);
    await ctx.close();
  }
} finally {
  await browser.close();
  await server.close();
}

let commit = 'unknown';
try { commit = execSync('git rev-parse --short HEAD').toString().trim(); } catch { /* not a checkout */ }
const chromium = browser.version();
const date = new Date().toISOString().slice(0, 10);
const table = [`### ${date} — commit ${commit} — \`cargo xtask bench\` — Chromium ${chromium}`, '', '| measure | value | note |', '|---|---|---|',
  ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
console.log(table);
const file = 'BENCHMARKS.md';
const head = '# Benchmarks\n\nEach run of `cargo xtask bench` appends its figures here (newest last). Machine: 2 cores, headless Debian Chromium.\n\n';
fs.writeFileSync(file, (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : head) + '\n' + table);
