// Accessibility: axe-core (npm) in the browser finds no WCAG 2.1 AA violation, in English and in
// Thai, at desktop and phone sizes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, waitForMap, axeWcag } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const [query, viewport] of [
  ['?year=1905', { width: 1280, height: 800 }],
  ['?year=1945&lang=th', { width: 1280, height: 800 }],
  ['?year=1991&lang=ja', { width: 390, height: 844 }],
  ['?year=1875&lang=ru', { width: 390, height: 844 }],
]) {
  test(`axe finds no WCAG 2.1 AA violations: ${query} at ${viewport.width}×${viewport.height}`, async () => {
    const { page, context, problems } = await openPage(browser, server.url, { viewport });
    await page.goto(server.url + query);
    await waitForMap(page);
    const { violations, passes } = await axeWcag(page);
    assert.deepEqual(violations, []);
    assert.ok(passes > 10, 'axe ran its checks');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('every control is reachable by keyboard and shows a focus ring', async () => {
  const { page, context } = await openPage(browser, server.url, { viewport: { width: 1280, height: 800 } });
  await page.goto(server.url + '?year=1905');
  await waitForMap(page);
  const reached = new Set();
  // The language switcher, then every territory and marker on the map, then the side panel.
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { cls: el.getAttribute('class') || '', outline: style.outlineStyle, width: parseFloat(style.outlineWidth), stroke: style.stroke, strokeWidth: parseFloat(style.strokeWidth) };
    });
    if (info.cls) reached.add(info.cls);
    if (info.cls.includes('year-slider') || info.cls.includes('language-select') || info.cls.includes('timeline-button')) {
      assert.ok(info.outline !== 'none' && info.width >= 2, `${info.cls} shows a focus ring`);
    }
    if (/\b(territory|event|sister-pair)\b/.test(info.cls)) {
      // Map shapes show focus with a thick stroke in the focus colour (an outline box would
      // not follow the coast).
      assert.ok(info.strokeWidth >= 2, `${info.cls} shows its focus with a thick outline`);
    }
    if (info.cls.includes('loop-toggle')) break;
  }
  assert.ok([...reached].some((c) => /\bterritory\b/.test(c)), 'territories are reachable');
  assert.ok([...reached].some((c) => c.includes('timeline-button')), 'the timeline buttons are reachable');
  assert.ok([...reached].some((c) => c.includes('language-select')), 'the language switcher is reachable');
  assert.ok([...reached].some((c) => c.includes('year-slider')), 'the slider is reachable');
  await context.close();
});

test('statuses are told apart by outline as well as colour, in the map and in the legend', async () => {
  const { page, context } = await openPage(browser, server.url, { viewport: { width: 1280, height: 800 } });
  await page.goto(server.url + '?year=1905');
  await waitForMap(page);
  const dash = (sel) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).strokeDasharray);
  const leased = await dash('[data-territory][data-status="leased"]');
  const protectorate = await dash('[data-territory][data-status="protectorate"]');
  const sovereign = await dash('[data-territory][data-status="sovereign"]');
  assert.notEqual(leased, protectorate);
  assert.equal(sovereign, 'none');
  assert.equal(await dash('.status-swatch[data-status="leased"]'), leased, 'the legend shows the same outline');
  await context.close();
});

test('the host element can name the language (lang="th"); ?lang= still wins', async () => {
  const { page, context } = await openPage(browser, server.url, { viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' }); // the routed page is not on the server
  await page.route(/lang-host\.html/, (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,"><link rel="stylesheet" href="style.css"><script type="module" src="main.js"></script></head><body><div id="app" lang="th"></div></body></html>',
  }));
  await page.goto(server.url + 'lang-host.html?year=1905');
  await page.waitForSelector('.rj-atlas[data-lang]', { state: 'attached' });
  assert.equal(await page.locator('.rj-atlas').getAttribute('data-lang'), 'th');
  await page.goto(server.url + 'lang-host.html?year=1905&lang=ja');
  await page.waitForSelector('.rj-atlas[data-lang]', { state: 'attached' });
  assert.equal(await page.locator('.rj-atlas').getAttribute('data-lang'), 'ja');
  await context.close();
});
