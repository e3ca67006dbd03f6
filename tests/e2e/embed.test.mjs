// The embed page (issue 6, first part) and the lesson page: the map fills its frame from
// 300×250 up, `controls=` chooses the controls, and axe finds no WCAG 2.1 AA violations on
// either page (issue 5).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, waitForMap, axeWcag } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function axe(page) {
  return (await axeWcag(page)).violations;
}

test('embed.html: no page chrome, the map fills the frame, the slider works', async () => {
  const { page, context, problems } = await openPage(browser, server.url, { viewport: { width: 800, height: 480 } });
  await page.goto(server.url + 'embed.html?year=1904&layers=war,territories');
  await waitForMap(page);
  const root = page.locator('.rj-atlas');
  assert.equal(await root.getAttribute('data-mode'), 'embed');
  assert.equal(await root.getAttribute('data-controls'), 'slider timeline zoom legend');
  assert.ok(!(await page.locator('.header-tools').isVisible()), 'no page chrome');
  const map = await page.locator('.map-stack').boundingBox();
  assert.ok(map.height > 250 && map.width > 780, `the map fills the frame (${map.width}×${map.height})`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1), 'no scrolling');
  await page.locator('input[type=range]').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.rj-atlas[data-year="1905"]');
  assert.equal(await page.locator('[data-territory="sakhalin-south"]').getAttribute('data-controller'), 'japan');
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('embed.html at 300×250 with controls=slider shows the map and the slider only', async () => {
  const { page, context, problems } = await openPage(browser, server.url, { viewport: { width: 300, height: 250 } });
  await page.goto(server.url + 'embed.html?year=1945&controls=slider&lang=th');
  await waitForMap(page);
  assert.ok(await page.locator('input[type=range]').isVisible());
  for (const hidden of ['.timeline', '.zoom-controls', '.legend']) {
    assert.ok(!(await page.locator(hidden).isVisible()), `${hidden} is hidden`);
  }
  const map = await page.locator('.map-stack').boundingBox();
  assert.ok(map.height >= 100, `the map keeps room (${map.height})`);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('lesson.html: its embedded maps come up at their parameters, no other origin, no axe violation', async () => {
  const { page, context, problems } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
  await page.goto(server.url + 'lesson.html');
  const frames = page.frameLocator('iframe');
  const first = page.frameLocator('iframe').first();
  await first.locator('[data-territory]').first().waitFor();
  assert.equal(await first.locator('.rj-atlas').getAttribute('data-year'), '1905');
  assert.equal(await first.locator('.rj-atlas').getAttribute('lang'), 'th');
  const second = page.frameLocator('iframe').nth(1);
  await second.locator('.details-panel[data-details="iturup"]').waitFor();
  assert.equal(await second.locator('[data-territory="iturup"]').getAttribute('data-claimed-by'), 'japan');
  assert.ok(frames);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('embed.html prints the map, the year and the legend, not the controls; min/max bound the slider; autoplay plays', async () => {
  const { page, context, problems } = await openPage(browser, server.url, { viewport: { width: 800, height: 480 } });
  await page.goto(server.url + 'embed.html?year=1904&min=1904&max=1905&autoplay=1&controls=slider,timeline,legend');
  await waitForMap(page);
  // Autoplay moves the year on, within the lesson's years, and stops at max.
  await page.waitForSelector('.rj-atlas[data-year="1905"]');
  await page.waitForSelector('.timeline[data-playing="false"]', { timeout: 10000 });
  assert.equal(await page.locator('.year-slider').getAttribute('min'), '1904');
  assert.equal(await page.locator('.year-slider').getAttribute('max'), '1905');
  await page.locator('.year-slider').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(200);
  assert.equal(await page.locator('.rj-atlas').getAttribute('data-year'), '1905', 'the slider stops at max');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['svg.map', '.year-display', '.legend']) {
    assert.ok(await page.locator(selector).isVisible(), `${selector} prints`);
  }
  for (const selector of ['.timeline', '.zoom-controls', 'input[type=range]']) {
    assert.ok(!(await page.locator(selector).isVisible()), `${selector} does not print`);
  }
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000, 'a PDF page is made');
  // With reduced motion, autoplay does not start.
  const calm = await openPage(browser, server.url, { viewport: { width: 800, height: 480 }, reducedMotion: 'reduce' });
  await calm.page.goto(server.url + 'embed.html?year=1904&autoplay=1');
  await waitForMap(calm.page);
  await calm.page.waitForTimeout(1500);
  assert.equal(await calm.page.locator('.rj-atlas').getAttribute('data-year'), '1904');
  assert.deepEqual(problems, []);
  assert.deepEqual(calm.problems, []);
  await context.close();
  await calm.context.close();
});
