// End-to-end tests of the iframe host API (issue 6 part 3, issue 7 part 7): a lesson page sets
// the year, layers, selection and language by postMessage and hears the state back; malformed
// messages and messages from origins `parent-origin` does not name are ignored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A host page on the same server with one embedded atlas; resolves once it says ready. */
async function host(page, query) {
  await page.goto(server.url + 'lesson.html');
  return page.evaluate((src) => new Promise((resolve) => {
    window.heard = [];
    const frame = document.createElement('iframe');
    // The lesson page's own frames talk too: listen to this one only.
    window.addEventListener('message', (e) => {
      if (e.source !== frame.contentWindow) return;
      window.heard.push(e.data);
      if (e.data?.type === 'rj-atlas:ready') resolve(true);
    });
    frame.id = 'driven';
    frame.width = 800; frame.height = 480;
    frame.src = src;
    document.body.append(frame);
  }), 'embed.html' + query);
}

test('rj-atlas:set drives the frame and rj-atlas:state reports every change', async () => {
  const { page, context, problems } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
  assert.equal(await host(page, '?year=1900'), true);
  const frame = page.frameLocator('#driven');
  const entries = await page.evaluate(() => history.length);
  // A language the first-load core must fetch first (it mounts again in it): focus stays in
  // the lesson page.
  await page.evaluate(() => document.getElementById('driven').contentWindow.postMessage({ type: 'rj-atlas:set', lang: 'ru' }, '*'));
  await frame.locator('.rj-atlas[data-lang="ru"][data-panels="ready"]').waitFor({ state: 'attached' });
  assert.notEqual(await page.evaluate(() => document.activeElement?.id), 'driven', 'focus stays in the lesson page');
  await page.evaluate(() => document.getElementById('driven').contentWindow.postMessage({ type: 'rj-atlas:set', year: 1945, layers: 'territories,war', select: 'iturup', lang: 'th' }, '*'));
  await frame.locator('.rj-atlas[data-year="1945"][data-lang="th"]').waitFor({ state: 'attached' });
  assert.equal(await frame.locator('.rj-atlas').getAttribute('data-layers'), 'territories war');
  await frame.locator('.details-panel[data-details="iturup"]').waitFor();
  await page.waitForFunction(() => window.heard.some((m) => m?.type === 'rj-atlas:state' && m.year === 1945 && m.lang === 'th' && m.select === 'iturup'));
  // Russian and Thai needed their tables, and the core mounted again for each: still one
  // `ready`, and no new history entry (Back stays the lesson page's).
  assert.equal(await page.evaluate(() => window.heard.filter((m) => m?.type === 'rj-atlas:ready').length), 1);
  assert.equal(await page.evaluate(() => history.length), entries);
  // A date moves to month-by-month mode.
  await page.evaluate(() => document.getElementById('driven').contentWindow.postMessage({ type: 'rj-atlas:set', date: '1905-05-27' }, '*'));
  await frame.locator('.rj-atlas[data-date="1905-05-27"]').waitFor({ state: 'attached' });
  // Malformed and unknown messages change nothing and raise nothing.
  await page.evaluate(() => {
    const w = document.getElementById('driven').contentWindow;
    for (const m of [null, 42, 'rj-atlas:set', { type: 'rj-atlas:set', year: 'abc' }, { type: 'rj-atlas:set', year: 99999 }, { type: 'other' }, { type: 'rj-atlas:set', layers: '<script>' }, { type: 'rj-atlas:set', select: '<b>x</b>' }, { type: 'rj-atlas:explode' }]) w.postMessage(m, '*');
  });
  await page.waitForTimeout(500);
  assert.equal(await frame.locator('.rj-atlas').getAttribute('data-date'), '1905-05-27');
  assert.equal(await frame.locator('.rj-atlas').getAttribute('data-layers'), 'territories war');
  assert.deepEqual(problems, []);
  await context.close();
});

test('parent-origin: messages from other origins are ignored; a bad value is named', async () => {
  const { page, context, problems } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
  await page.goto(server.url + 'lesson.html');
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.id = 'locked';
    frame.src = 'embed.html?year=1900&parent-origin=https://school.example';
    document.body.append(frame);
  });
  const frame = page.frameLocator('#locked');
  await frame.locator('.rj-atlas[data-year="1900"]').waitFor({ state: 'attached' });
  await page.evaluate(() => document.getElementById('locked').contentWindow.postMessage({ type: 'rj-atlas:set', year: 1945 }, '*'));
  await page.waitForTimeout(500);
  assert.equal(await frame.locator('.rj-atlas').getAttribute('data-year'), '1900');
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.id = 'bad';
    frame.src = 'embed.html?year=1900&parent-origin=javascript:alert(1)';
    document.body.append(frame);
  });
  await page.frameLocator('#bad').locator('[data-notice]').waitFor();
  assert.match(await page.frameLocator('#bad').locator('[data-notice]').innerText(), /parent-origin/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an embed that hands over to the full build says ready once and still hears the host', async () => {
  const { page, context, problems } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
  assert.equal(await host(page, '?year=1900'), true);
  const frame = page.frameLocator('#driven');
  await frame.locator('.rj-atlas[data-panels="ready"]').waitFor({ state: 'attached' });
  // A teacher drops her layer on the embedded map: the full build takes over.
  await frame.locator('[data-user-layer-input]').setInputFiles({
    name: 'good.geojson', mimeType: 'application/geo+json',
    buffer: (await import('node:fs')).readFileSync('tests/fixtures/user-layers/good.geojson'),
  });
  await frame.locator('[data-user-layer-shown="good.geojson"]').waitFor({ state: 'attached' });
  await page.evaluate(() => document.getElementById('driven').contentWindow.postMessage({ type: 'rj-atlas:set', year: 1945 }, '*'));
  await frame.locator('.rj-atlas[data-year="1945"]').waitFor({ state: 'attached' });
  await page.waitForFunction(() => window.heard.some((m) => m?.type === 'rj-atlas:state' && m.year === 1945));
  assert.equal(await page.evaluate(() => window.heard.filter((m) => m?.type === 'rj-atlas:ready').length), 1);
  assert.deepEqual(problems, []);
  await context.close();
});
