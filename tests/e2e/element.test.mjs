// End-to-end tests of the <rj-atlas> custom element (issue 6 part 2): attributes and properties
// live both ways, events, several independent elements sharing one WebAssembly load, styles
// isolated by the shadow root, and bad attributes named in a notice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A lesson page of the author's own, with hostile CSS, served on the atlas's origin. */
const BARE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>path { fill: rgb(255, 0, 0) !important; } .rj-atlas, .legend { display: none !important; } * { font-size: 40px; }</style>
<script type="module" src="rj-atlas.js"></script></head><body>
<div class="notice" id="outside">not the atlas's</div>
<div style="width: 700px; height: 450px"><rj-atlas id="one" year="abc" lang="th" layers="territories"></rj-atlas></div>
<div style="width: 500px; height: 400px"><rj-atlas id="two" year="1956"></rj-atlas></div>
<div style="width: 600px; height: 500px"><rj-atlas id="three" year="1900" geojson="layers/example.geojson" controls="slider,layers,legend">
<script type="application/json">{"title": "Inline", "steps": [{"title": "Port Arthur leased", "text": "Russia holds **Port Arthur**.", "year": 1900}, {"title": "After the war", "text": "Japan holds it.", "year": 1906}]}</script>
</rj-atlas></div>
</body></html>`;

const inShadow = (page, id, selector) => page.locator(`#${id}`).locator(selector);

test('the lesson page: buttons drive two elements; each reports back; the wasm loads once', async () => {
  const { page, context, problems } = await openPage(browser, server.url, { viewport: { width: 1280, height: 1000 } });
  const wasmLoads = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm') && r.frame() === page.mainFrame()) wasmLoads.push(r.url()); });
  await page.goto(server.url + 'lesson.html');
  const a = inShadow(page, 'atlas-a', '.rj-atlas');
  const b = inShadow(page, 'atlas-b', '.rj-atlas');
  await a.locator('[data-territory]').first().waitFor({ state: 'attached' });
  await b.locator('[data-territory]').first().waitFor({ state: 'attached' });
  assert.equal(await a.getAttribute('data-year'), '1904');
  assert.equal(await b.getAttribute('data-year'), '1945');
  // min/max limit the slider to the lesson's years.
  assert.equal(await a.locator('.year-slider').getAttribute('min'), '1904');
  assert.equal(await a.locator('.year-slider').getAttribute('max'), '1905');
  await page.click('[data-drive="a"][data-year="1905"]');
  await page.waitForFunction(() => document.querySelector('#atlas-a').shadowRoot.querySelector('.rj-atlas').dataset.year === '1905');
  await page.waitForSelector('[data-heard="a"]:text("year 1905")');
  assert.equal(await page.locator('#atlas-a').getAttribute('year'), '1905');
  assert.equal(await b.getAttribute('data-year'), '1945', 'the other element is independent');
  await page.click('[data-drive="a"][data-lang="th"]');
  await page.waitForFunction(() => document.querySelector('#atlas-a').shadowRoot.querySelector('.rj-atlas').dataset.lang === 'th');
  await page.click('[data-drive="b"][data-select="iturup"]');
  await b.locator('.details-panel[data-details="iturup"]').waitFor();
  await page.waitForSelector('[data-heard="b"]:text("selected iturup")');
  // The element's own slider moves its year attribute (live both ways).
  await b.locator('.year-slider').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('#atlas-b').getAttribute('year') === '1946');
  assert.equal(wasmLoads.length, 1, `one WebAssembly load for two elements: ${wasmLoads}`);
  assert.equal(await page.evaluate(() => location.search), '', 'the lesson page\'s URL is left alone');
  assert.deepEqual(problems, []);
  await context.close();
});

test('styles are isolated both ways; a bad attribute is named; a GeoJSON property is drawn', async () => {
  const { page, context, problems } = await openPage(browser, server.url, { viewport: { width: 1280, height: 1000 }, serviceWorkers: 'block' });
  await page.route(server.url + 'bare.html', (r) => r.fulfill({ contentType: 'text/html', body: BARE }));
  await page.goto(server.url + 'bare.html');
  const one = inShadow(page, 'one', '.rj-atlas');
  await one.locator('[data-territory]').first().waitFor({ state: 'attached' });
  // The page's CSS does not reach inside...
  assert.ok(await one.isVisible(), 'the page\'s .rj-atlas rule does not hide the map');
  const fill = await one.locator('[data-territory="hokkaido"]').evaluate((e) => getComputedStyle(e).fill);
  assert.notEqual(fill, 'rgb(255, 0, 0)');
  // ...and the atlas's CSS does not leak out.
  assert.notEqual(await page.locator('#outside').evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(255, 244, 214)');
  // year="abc" starts with the default year and says so, in the element.
  assert.match(await one.locator('[data-notice]').innerText(), /abc/);
  assert.equal(await one.getAttribute('data-lang'), 'th');
  assert.equal(await one.getAttribute('data-layers'), 'territories');
  // The element sizes to its container.
  const box = await page.locator('#one').boundingBox();
  assert.equal(Math.round(box.width), 700);
  assert.equal(Math.round(box.height), 450);
  // A GeoJSON object set as a property is drawn as the element's own layer.
  await page.evaluate(() => {
    document.getElementById('two').geojson = { type: 'FeatureCollection', name: 'shikotan-port', features: [{ type: 'Feature', properties: { name: 'Shikotan harbour' }, geometry: { type: 'Point', coordinates: [146.75, 43.8] } }] };
  });
  await inShadow(page, 'two', '[data-user-feature]').waitFor({ state: 'attached' });
  assert.match(await inShadow(page, 'two', '[data-user-feature]').getAttribute('aria-label'), /Shikotan harbour/);
  assert.equal(await inShadow(page, 'one', '[data-user-feature]').count(), 0);
  // A layer by attribute, and a story given inline, in a third element.
  const three = inShadow(page, 'three', '.rj-atlas');
  await three.locator('[data-story]').waitFor();
  assert.equal(await three.locator('.story-step-title').innerText(), 'Port Arthur leased');
  await three.locator('[data-user-feature]').first().waitFor({ state: 'attached' });
  assert.ok((await three.locator('[data-user-feature]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).some((l) => l.startsWith('Port Arthur')));
  await three.locator('[data-action="story-next"]').click();
  await page.waitForFunction(() => document.getElementById('three').getAttribute('year') === '1906');
  // Layers switched inside the element are written back to its attribute.
  await three.locator('[data-layer-toggle="war"]').uncheck();
  await page.waitForFunction(() => !document.getElementById('three').getAttribute('layers').includes('war'));
  // A story set as a property replaces the inline one.
  await page.evaluate(() => { document.getElementById('three').story = { title: 'Set', steps: [{ title: 'From a property', text: 'x', year: 1945 }] }; });
  await page.waitForFunction(() => document.getElementById('three').shadowRoot.querySelector('.story-step-title')?.textContent === 'From a property');
  assert.deepEqual(problems, []);
  await context.close();
});
