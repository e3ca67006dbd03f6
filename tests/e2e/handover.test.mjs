// End-to-end tests of the two builds (src/ui/upgrade.rs, www/main.js): the index page loads only
// the first-load core; asking for a tool only the full build has loads it in the core's place,
// with the reader's year, language, open panel and view kept, the tool opened and focus on it; a
// story link starts the full build directly; a full build that cannot be fetched leaves a notice
// and a working map, and a later try succeeds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, openPage, waitForMap } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The page at `query`, with the wasm files it fetched (names only). */
async function open(query) {
  const session = await openPage(browser, server.url, { viewport: { width: 1280, height: 800 } });
  const wasm = [];
  session.page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname.split('/').pop()); });
  await session.page.goto(server.url + query);
  await waitForMap(session.page);
  return { ...session, wasm };
}

test('the index page loads the core only; Show table hands over with year, language and panel kept', async () => {
  const { page, context, problems, wasm } = await open('index.html?year=1930&lang=th&select=sakhalin-south');
  assert.deepEqual(wasm, ['rj_atlas_core_bg.wasm'], 'only the core on first load');
  // The reader moves on before asking for the table: the URL (written soon after) carries it.
  await page.focus('input[type=range]');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.click('[data-action="table"]');
  await page.waitForSelector('[data-table-view] [data-table-territory]');
  assert.deepEqual(wasm, ['rj_atlas_core_bg.wasm', 'rj_atlas_bg.wasm']);
  const root = page.locator('.rj-atlas').first();
  assert.equal(await root.getAttribute('data-year'), '1932');
  assert.equal(await root.getAttribute('data-lang'), 'th');
  assert.equal(await page.locator('.rj-atlas').count(), 1, 'one app, not two');
  assert.equal(await page.locator('[data-details="sakhalin-south"]').count(), 1, 'the open panel stays open');
  assert.equal(await page.locator('[data-action="table"]').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.action), 'table', 'focus stays on the button pressed');
  // The full app works: a step recolours, the table follows.
  await page.focus('input[type=range]');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.rj-atlas[data-year="1933"]');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Export SVG in the core downloads the export from the full build, charts included', async () => {
  const { page, context, problems } = await open('index.html?year=1905');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-svg"]')]);
  assert.equal(download.suggestedFilename(), 'rj-atlas-1905.svg');
  const svg = await (await import('node:fs')).promises.readFile(await download.path(), 'utf8');
  assert.ok(svg.includes('data-territory'), 'the map is in the export');
  assert.ok(svg.includes('data-chart'), 'the charts are in the export');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a story link starts the full build directly', async () => {
  const { page, context, problems, wasm } = await open('index.html?story=stories/war-1904.json');
  await page.waitForSelector('[data-story-step]');
  assert.deepEqual(wasm, ['rj_atlas_bg.wasm']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a file picked in the core is drawn by the full build; the view just zoomed to is kept', async () => {
  const { page, context, problems, wasm } = await open('index.html?year=1950');
  await page.click('[data-action="zoom-in"]');
  // Handed over at once, before the view's URL timer has run.
  const zoom = await page.locator('[data-zoom]').first().getAttribute('data-zoom');
  await page.setInputFiles('[data-user-layer-input]', {
    name: 'good.geojson', mimeType: 'application/geo+json', buffer: fs.readFileSync('tests/fixtures/user-layers/good.geojson'),
  });
  await page.waitForSelector('[data-user-layer-shown="good.geojson"]');
  assert.ok(wasm.includes('rj_atlas_bg.wasm'));
  assert.equal(await page.locator('[data-zoom]').first().getAttribute('data-zoom'), zoom, 'the zoom is kept');
  assert.equal(await page.evaluate(() => document.activeElement?.hasAttribute('data-user-layer-input')), true, 'focus on the picker');
  assert.equal(await page.locator('[data-upgrade-status]').count(), 0, 'the loading status is gone');
  assert.deepEqual(problems, []);
  await context.close();
});

test('when the full build cannot be fetched, a notice says so, the map keeps working, and a retry succeeds', async () => {
  // No service worker: page.route cannot see what a worker fetches.
  const session = await openPage(browser, server.url, { viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const { page, context, problems } = session;
  const block = (route) => route.abort();
  await page.route('**/rj_atlas_bg.wasm', block);
  await page.route('**/rj_atlas.js*', block);
  await page.goto(server.url + 'index.html?year=1904');
  await waitForMap(page);
  await page.click('[data-action="table"]');
  const notice = page.locator('[data-notice="upgrade"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /could not be loaded/);
  assert.equal(await page.locator('[data-upgrade-status]').count(), 0, 'no "Loading…" left behind');
  await page.focus('input[type=range]');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.rj-atlas[data-year="1905"]');
  assert.equal(await page.locator('[data-territory="sakhalin-south"]').getAttribute('data-controller'), 'japan');
  // Back online: the same button works.
  await page.unroute('**/rj_atlas_bg.wasm', block);
  await page.unroute('**/rj_atlas.js*', block);
  await page.click('[data-action="table"]');
  await page.waitForSelector('[data-table-view] [data-table-territory]');
  assert.equal(await page.locator('.rj-atlas').first().getAttribute('data-year'), '1905');
  assert.equal(await notice.count(), 0, 'the notice went with the core');
  // The failed fetches themselves are logged by the browser; nothing else may be.
  assert.deepEqual(problems.filter((p) => !/rj_atlas(_bg\.wasm|\.js)|Failed to (load|fetch)|net::ERR_FAILED/.test(p)), []);
  await context.close();
});
