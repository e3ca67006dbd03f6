// End-to-end tests of teachers' own GeoJSON layers (issue 7, part 3): by URL, by the file picker
// and by dropping a file; every bad file gets a notice naming the problem and the feature, and
// the rest of the map keeps working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, openPage, waitForMap } from './harness.mjs';

const fixture = (name) => fs.readFileSync(`tests/fixtures/user-layers/${name}`);

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function open(query = '') {
  const session = await openPage(browser, server.url, { viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  await session.page.goto(server.url + query);
  await waitForMap(session.page);
  return session;
}

/** Picks a file in the layer picker. */
async function pick(page, name, buffer, mimeType = 'application/geo+json') {
  await page.setInputFiles('[data-user-layer-input]', { name, mimeType, buffer });
}

const territoriesStillThere = async (page) => assert.ok(await page.locator('[data-territory]').count() > 10, 'the map keeps working');

test('?geojson= draws a same-origin layer whose features follow the slider', async () => {
  const { page, context, problems } = await open('?geojson=layers/example.geojson&year=1900');
  const layer = page.locator('[data-user-layer]');
  await layer.waitFor({ state: 'attached' });
  // 1900: Port Arthur (1898–1905) is on the map, Karafuto (1905–45) is not.
  const labels = async () => page.locator('[data-user-feature]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  assert.ok((await labels()).some((l) => l.startsWith('Port Arthur')));
  assert.ok(!(await labels()).some((l) => l.startsWith('Karafuto')));
  await page.focus('.year-slider');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.rj-atlas[data-year="1910"]');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-user-feature]')].some((e) => e.getAttribute('aria-label').startsWith('Karafuto')));
  assert.ok(!(await labels()).some((l) => l.startsWith('Port Arthur')));
  assert.match(await page.locator('[data-user-layer-shown]').innerText(), /example\.geojson/);
  // Remove it.
  await page.click('[data-action="remove-user-layer"]');
  assert.equal(await page.locator('[data-user-layer]').count(), 0);
  // A layer on another site is never fetched.
  await page.goto(server.url + '?geojson=https://example.com/layer.geojson');
  await waitForMap(page);
  assert.match(await page.locator('[data-notice="ignored-parameters"]').innerText(), /geojson “https:\/\/example.com\/layer.geojson” is not on this site/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('swapped latitude and longitude are detected and named per feature', async () => {
  const { page, context, problems } = await open('?year=1950');
  await pick(page, 'swapped.geojson', fixture('swapped.geojson'));
  const notice = page.locator('[data-notice="user-layer"]');
  await notice.waitFor();
  const text = await notice.innerText();
  assert.match(text, /Vladivostok/);
  assert.match(text, /\[latitude, longitude\]/);
  await territoriesStillThere(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('broken JSON, TopoJSON, too big, too many features: a clear message each', async () => {
  const { page, context, problems } = await open('?year=1950');
  const cases = [
    ['invalid.json', fixture('invalid.json'), /line 5/],
    ['not-geojson.json', fixture('not-geojson.json'), /TopoJSON/],
    ['huge.geojson', Buffer.alloc(5 * 1024 * 1024 + 1, 32), /5 MB/],
    ['many.geojson', Buffer.from(JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: 10001 }, (_, i) => ({ type: 'Feature', properties: { name: `p${i}` }, geometry: { type: 'Point', coordinates: [140, 40] } })) })), /10,?000/],
  ];
  for (const [name, buffer, message] of cases) {
    await pick(page, name, buffer);
    const notice = page.locator('[data-notice="user-layer"]');
    await page.waitForFunction((n) => document.querySelector('[data-notice="user-layer"]')?.textContent.includes(n), name);
    assert.match(await notice.innerText(), message, name);
    await territoriesStillThere(page);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a mixed file draws what it can and lists what it left out; dropping a file works too', async () => {
  const { page, context, problems } = await open('?year=1950');
  const dropped = fixture('mixed.geojson').toString('utf8');
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'mixed.geojson', { type: 'application/geo+json' }));
    return dt;
  }, dropped);
  await page.dispatchEvent('.map-frame', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('.map-frame', 'drop', { dataTransfer: transfer });
  await page.locator('[data-user-layer]').waitFor({ state: 'attached' });
  assert.ok(await page.locator('[data-user-feature]').count() >= 1);
  const problemsListed = await page.locator('[data-notice="user-layer"] [data-layer-problem]').allInnerTexts();
  assert.ok(problemsListed.some((p) => /GeometryCollection/.test(p)), problemsListed.join('\n'));
  assert.ok(problemsListed.some((p) => /closed|ring/.test(p)), problemsListed.join('\n'));
  // Markup in a feature's name is text, never HTML.
  const evil = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: '<img src=x onerror="window.pwned=1">' }, geometry: { type: 'Point', coordinates: [135, 35] } }] };
  await pick(page, 'evil.geojson', Buffer.from(JSON.stringify(evil)));
  await page.waitForFunction(() => document.querySelector('[data-user-feature]')?.getAttribute('aria-label').startsWith('<img'));
  assert.equal(await page.locator('.rj-atlas img').count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(problems, []);
  await context.close();
});
