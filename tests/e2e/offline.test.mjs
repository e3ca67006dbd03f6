// After one visit the atlas works offline: www/sw.js answers from its cache when the network
// fails (network first otherwise, so developers never see a stale build).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, waitForMap } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('after one visit the map draws, the slider moves and a details panel opens offline', async () => {
  const { page, context, problems } = await openPage(browser, server.url, { viewport: { width: 1280, height: 800 } });
  // Which resource each console error is about: only the probe below may fail to load.
  const failedLoads = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && msg.text().startsWith('Failed to load resource')) failedLoads.push(msg.location().url);
  });
  await page.goto(server.url + '?year=1905');
  await waitForMap(page);
  // The worker takes control of this page once it is active (clients.claim).
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 })
    .catch(async () => {
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
    });
  await page.evaluate(() => navigator.serviceWorker.ready);
  // main.js names what the page fetched before the worker was in control; wait until it is all
  // in the cache.
  await page.waitForFunction(async () => {
    const tables = ['th', 'ru', 'ja'].map((l) => new URL(`lang/${l}.txt`, location.href).href);
    const urls = [location.href, ...performance.getEntriesByType('resource').map((e) => e.name), ...tables]
      .filter((url) => new URL(url).origin === location.origin);
    const hits = await Promise.all(urls.map((url) => caches.match(url)));
    return hits.every(Boolean);
  }, null, { timeout: 15000, polling: 100 });
  // Open a panel online, so its details/*.json passes through the worker.
  await page.locator('[data-event="tsushima-1905"]').click();
  await page.locator('.details-panel[data-details="tsushima-1905"] .details-description').waitFor();
  await page.keyboard.press('Escape');
  await page.waitForURL((url) => !url.searchParams.has('select'));

  // Offline for real: the browser's network is off and the server is gone.
  await context.setOffline(true);
  await server.close();
  server = null;
  assert.equal(
    await page.evaluate(() => fetch('not-cached.txt').then(() => 'answered', () => 'failed')),
    'failed',
    'nothing answers but the cache',
  );

  await page.reload();
  await waitForMap(page);
  assert.equal(await page.locator('.rj-atlas').getAttribute('data-year'), '1905');
  assert.ok(await page.locator('[data-territory]').count() >= 20, 'every territory is drawn');
  const slider = page.locator('input[type=range]');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.rj-atlas[data-year="1906"]');
  await slider.fill('1945');
  await page.waitForSelector('.rj-atlas[data-year="1945"]');
  assert.equal(await page.locator('[data-territory="iturup"]').getAttribute('data-controller'), 'ussr');
  await slider.fill('1905');
  await page.waitForSelector('.rj-atlas[data-year="1905"]');
  await page.locator('[data-event="tsushima-1905"]').click();
  await page.locator('.details-panel[data-details="tsushima-1905"] .details-description').waitFor();

  // The URL the map wrote (another query) opens offline too.
  // In another language: its table (lang/ja.txt) was cached when the worker started.
  await page.goto(new URL('?year=1945&lang=ja', page.url()).href);
  await waitForMap(page);
  assert.equal(await page.locator('.rj-atlas').getAttribute('data-year'), '1945');
  assert.equal(await page.locator('.rj-atlas').getAttribute('data-lang'), 'ja');
  assert.match(await page.locator('[data-territory="iturup"]').getAttribute('aria-label'), /択捉/);

  assert.ok(failedLoads.every((url) => url.endsWith('/not-cached.txt')), failedLoads.join('\n'));
  assert.deepEqual(problems.filter((p) => !p.startsWith('console error: Failed to load resource')), []);
  assert.ok(problems.length <= 1, problems.join('\n'));
  await context.close();
});
