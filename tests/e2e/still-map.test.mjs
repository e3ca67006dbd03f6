// The still map (src/still_map.rs, www/loading.js): index.html shows the map of 1905 while the
// wasm app loads, in the place where the app then draws it, and only when the URL asks for
// nothing it does not show.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, waitForMap } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** `query` opened with the wasm never arriving: the page as a reader sees it while it loads. */
async function loading(query, viewport) {
  const session = await openPage(browser, server.url, { viewport });
  await session.page.route('**/*.wasm', () => { /* never answered */ });
  await session.page.goto(server.url + query, { waitUntil: 'domcontentloaded' });
  return session;
}

/** What the visible territories say: id → [controller, status, claimed by]. */
const territories = (page) => page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-territory]')]
  .filter((e) => e.getBoundingClientRect().width > 0)
  .map((e) => [e.dataset.territory, [e.dataset.controller, e.dataset.status, e.dataset.claimedBy]])));

const DESKTOP = { width: 1280, height: 800 }, PHONE = { width: 390, height: 844 };
for (const [name, viewport, query, loadingLine] of [
  ['a desktop', DESKTOP, '', /Loading the map/], ['a phone', PHONE, '', /Loading the map/],
  ['a phone, in Thai', PHONE, '?lang=th', /กำลังโหลดแผนที่/], ['a desktop, in Russian', DESKTOP, '?lang=ru', /Загрузка карты/],
]) {
  test(`on ${name}, the still map shows 1905 while the app loads, where the app then draws the same map`, async () => {
    const still = await loading(query, viewport);
    const map = still.page.locator('.still-map svg.map');
    await map.waitFor({ state: 'visible' });
    assert.equal(await map.getAttribute('data-still-year'), '1905');
    const early = await territories(still.page);
    assert.deepEqual(early['sakhalin-south'], ['japan', 'sovereign', ''], 'southern Sakhalin is Japanese in 1905');
    assert.deepEqual(early['sakhalin-north'], ['russian-empire', 'sovereign', ''], 'northern Sakhalin is Russian');
    const box = await map.boundingBox();
    assert.ok(box.width > 300 && box.height > 250, `the still map has a size: ${JSON.stringify(box)}`);
    assert.match(await still.page.locator('.loading-text').innerText(), loadingLine);
    assert.deepEqual(still.problems, []);
    await still.context.close();

    const live = await openPage(browser, server.url, { viewport });
    await live.page.goto(server.url + query);
    await waitForMap(live.page);
    assert.equal(await live.page.locator('.still-map').count(), 0, 'the app replaced the still map');
    assert.equal(await live.page.locator('[data-territory="sakhalin-south"]').count(), 1);
    assert.deepEqual(await territories(live.page), early, 'the app shows what the still map showed');
    const liveBox = await live.page.locator('svg.map').boundingBox();
    for (const k of ['x', 'y', 'width', 'height']) {
      assert.ok(Math.abs(liveBox[k] - box[k]) < 1, `the map does not move when the app comes (${k}: ${box[k]} → ${liveBox[k]})`);
    }
    assert.deepEqual(live.problems, []);
    await live.context.close();
  });
}

test('a URL asking for another year (or view, or selection) never shows the still map; ?lang does, with the header in that language', async () => {
  for (const query of ['?year=1945', '?view=146.5,44,8', '?select=iturup', '?layers=war']) {
    const { page, context, problems } = await loading(query, { width: 1280, height: 800 });
    await page.locator('.loading-text').waitFor();
    assert.equal(await page.locator('.still-map').isVisible(), false, `${query}: no still map`);
    assert.deepEqual(await territories(page), {}, `${query}: no territory shown`);
    assert.deepEqual(problems, []);
    await context.close();
  }
  const { page, context } = await loading('?lang=th', { width: 1280, height: 800 });
  await page.locator('.still-map svg.map').waitFor({ state: 'visible' });
  assert.match(await page.locator('.loading-text').innerText(), /กำลังโหลดแผนที่/, 'the loading line speaks Thai');
  assert.match(await page.locator('.loading-page h1').innerText(), /แผนที่ประวัติศาสตร์.*พ\.ศ\. 2398–2557/, 'so does the title');
  assert.equal(await page.locator('.loading-page').getAttribute('lang'), 'th');
  await context.close();
});
