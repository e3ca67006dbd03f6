// End-to-end tests of the built app in headless Chromium: what a student sees.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, waitForMap } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const REQUIRED = ['sakhalin-north', 'sakhalin-south', 'kurils-north', 'urup', 'iturup', 'kunashir', 'shikotan', 'habomai', 'hokkaido'];

async function open(query = '', options = { viewport: { width: 1280, height: 800 } }) {
  const session = await openPage(browser, server.url, options);
  await session.page.goto(server.url + query);
  await waitForMap(session.page);
  return session;
}

test('the page has the atlas title and draws every required territory inside the map', async () => {
  const { page, context, problems } = await open();
  assert.equal(await page.title(), 'Russia–Japan Atlas 1855–2014');
  const svg = await page.locator('svg.map').boundingBox();
  for (const id of REQUIRED) {
    const el = page.locator(`[data-territory="${id}"]`);
    assert.equal(await el.count(), 1, `${id} is drawn once`);
    const d = await el.getAttribute('d');
    assert.ok(d && d.length > 10 && d.startsWith('M'), `${id} has path data`);
    const box = await el.boundingBox();
    assert.ok(box && box.width > 0 && box.height > 0, `${id} has a visible size`);
    assert.ok(box.x >= svg.x - 1 && box.y >= svg.y - 1 && box.x + box.width <= svg.x + svg.width + 1 && box.y + box.height <= svg.y + svg.height + 1, `${id} lies inside the map`);
  }
  assert.ok(await page.locator('[data-territory]').count() >= 20, 'all territories are drawn');
  assert.ok(await page.locator('.legend [data-legend-polity]').count() >= 2, 'the legend lists polities');
  assert.deepEqual(problems, []);
  await context.close();
});

test('ArrowRight on the slider moves to the next year', async () => {
  const { page, context, problems } = await open('?year=1900');
  const root = page.locator('.rj-atlas[data-year]');
  assert.equal(await root.getAttribute('data-year'), '1900');
  await page.locator('input[type=range]').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.rj-atlas[data-year="1901"]');
  assert.equal(await page.locator('.year-display').innerText(), '1901');
  assert.equal(await page.locator('input[type=range]').getAttribute('aria-valuetext'), '1901');
  await page.waitForURL(/[?&]year=1901\b/, { timeout: 5000 }); // the URL follows once the slider rests
  assert.deepEqual(problems, []);
  await context.close();
});

test('South Sakhalin passes from the Russian Empire (1904) to Japan (1905)', async () => {
  const { page, context, problems } = await open('?year=1904');
  const south = page.locator('[data-territory="sakhalin-south"]');
  assert.equal(await south.getAttribute('data-controller'), 'russian-empire');
  const fill1904 = await south.getAttribute('fill');
  await page.locator('input[type=range]').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.rj-atlas[data-year="1905"]');
  assert.equal(await south.getAttribute('data-controller'), 'japan');
  assert.equal(await south.getAttribute('data-status'), 'sovereign');
  assert.notEqual(await south.getAttribute('fill'), fill1904, 'the colour changes with the controller');
  const north = page.locator('[data-territory="sakhalin-north"]');
  assert.equal(await north.getAttribute('data-controller'), 'russian-empire');
  const changed = await page.locator('[data-change-territory="sakhalin-south"]').count();
  assert.ok(changed >= 1, '"What changed" lists South Sakhalin in 1905 (occupation in July, cession in October)');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Joint rule shows both rulers: Sakhalin 1855–75 in Russian colour with wide Japanese stripes', async () => {
  const { page, context, problems } = await open('?year=1860');
  const south = page.locator('[data-territory="sakhalin-south"]');
  assert.equal(await south.getAttribute('data-controller'), 'russian-empire japan');
  assert.equal(await south.getAttribute('data-status'), 'joint');
  const russian = await page.locator('[data-legend-polity="russian-empire"] rect').getAttribute('fill');
  const japanese = await page.locator('[data-legend-polity="japan"] rect').getAttribute('fill');
  assert.equal(await south.getAttribute('fill'), russian);
  const hatch = page.locator('[data-claim-for="sakhalin-south"]');
  assert.equal(await hatch.getAttribute('fill'), 'url(#joint-japan)');
  assert.equal(await page.locator('#joint-japan rect').getAttribute('fill'), japanese, 'the stripes are in Japan\'s colour');
  assert.ok(await hatch.isVisible(), 'the stripes are drawn');
  await page.locator('[data-legend-status="joint"] .joint-swatch').waitFor();
  // After the Treaty of St Petersburg (1875) the island is Russian alone: no stripes.
  await page.locator('input[type=range]').fill('1876');
  await page.waitForSelector('.rj-atlas[data-year="1876"]');
  assert.equal(await hatch.getAttribute('fill'), 'none');
  assert.deepEqual(problems, []);
  await context.close();
});

test('labels keep their size when the map box is resized without the window (a lesson page\'s layout)', async () => {
  const { page, context, problems } = await open('?year=1905');
  const k = () => page.locator('.map-stack').evaluate((e) => e.style.getPropertyValue('--k'));
  const before = await k();
  assert.ok(Number(before) > 0, `--k is set: ${before}`);
  await page.locator('.map-stack').evaluate((e) => { e.style.width = '360px'; });
  await page.waitForFunction((b) => document.querySelector('.map-stack').style.getPropertyValue('--k') !== b, before);
  assert.ok(Number(await k()) < Number(before), 'a smaller map gives a smaller --k, so labels stay readable');
  assert.deepEqual(problems, []);
  await context.close();
});

test('?year=1945 opens at 1945, and the southern Kurils after 1945 show the claimant', async () => {
  const { page, context, problems } = await open('?year=1945');
  assert.equal(await page.locator('.rj-atlas').getAttribute('data-year'), '1945');
  assert.equal(await page.locator('input[type=range]').inputValue(), '1945');
  const iturup = page.locator('[data-territory="iturup"]');
  assert.equal(await iturup.getAttribute('data-controller'), 'ussr');
  assert.match(await iturup.getAttribute('data-claimed-by'), /\bjapan\b/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a bad ?year falls back to a default without errors', async () => {
  for (const q of ['?year=abc', '?year=99999', '?year=-5', '?year=1905.5', '?year=']) {
    const { page, context, problems } = await open(q);
    const year = Number(await page.locator('.rj-atlas').getAttribute('data-year'));
    assert.ok(year >= 1855 && year <= 2014, `${q} gives a year in range`);
    assert.deepEqual(problems, [], q);
    await context.close();
  }
});

test('a phone-sized screen shows the map and the slider', async () => {
  const { page, context, problems } = await open('', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const map = await page.locator('svg.map').boundingBox();
  assert.ok(map.width >= 350, 'the map spans the phone screen');
  const slider = await page.locator('input[type=range]').boundingBox();
  assert.ok(slider.height >= 44, 'the slider is a comfortable touch target');
  assert.deepEqual(problems, []);
  await context.close();
});

test('events of the selected year are drawn with their data, and only those', async () => {
  const { page, context, problems } = await open('?year=1905');
  const tsushima = page.locator('[data-event="tsushima-1905"]');
  assert.equal(await tsushima.count(), 1, 'Tsushima is on the 1905 map');
  assert.equal(await tsushima.getAttribute('data-date'), '1905-05-27');
  assert.equal(await tsushima.getAttribute('data-end'), '1905-05-28');
  assert.equal(await tsushima.getAttribute('data-kind'), 'naval-battle');
  const lat = Number(await tsushima.getAttribute('data-lat'));
  const lon = Number(await tsushima.getAttribute('data-lon'));
  assert.ok(lat > 33 && lat < 35.5 && lon > 128.5 && lon < 131, `Tsushima strait: ${lat}, ${lon}`);
  const box = await tsushima.boundingBox();
  assert.ok(box && box.width > 0, 'the marker is visible');
  for (const id of ['mukden-1905', 'portsmouth-1905', 'port-arthur-surrender-1905', 'sakhalin-invasion-1905']) {
    assert.equal(await page.locator(`[data-event="${id}"]`).count(), 1, `${id} in 1905`);
  }
  const dates = await page.locator('[data-event]').evaluateAll((els) => els.map((e) => e.getAttribute('data-date')));
  assert.ok(dates.every((d) => d <= '1905-12-31'), 'no event after 1905');
  await page.locator('input[type=range]').focus();
  await page.keyboard.press('ArrowLeft');
  await page.waitForSelector('.rj-atlas[data-year="1904"]');
  assert.equal(await page.locator('[data-event="tsushima-1905"]').count(), 0, 'Tsushima is not on the 1904 map');
  assert.equal(await page.locator('[data-event="port-arthur-attack-1904"]').count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('sister cities appear from the year they were twinned', async () => {
  const { page, context, problems } = await open('?year=1960');
  assert.equal(await page.locator('[data-sister-pair]').count(), 0, 'no pairs before 1961');
  await page.locator('input[type=range]').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.rj-atlas[data-year="1961"]');
  const first = page.locator('[data-sister-pair="nakhodka--maizuru"]');
  assert.equal(await first.count(), 1, 'Nakhodka–Maizuru, the first pair, in 1961');
  assert.equal(await first.getAttribute('data-since'), '1961-06-21');
  await page.goto(server.url + '?year=2014');
  await waitForMap(page);
  for (const id of ['khabarovsk--niigata', 'vladivostok--niigata', 'vladivostok--hakodate', 'vladivostok--akita', 'irkutsk--kanazawa', 'yuzhno-sakhalinsk--asahikawa', 'nakhodka--otaru']) {
    assert.equal(await page.locator(`[data-sister-pair="${id}"]`).count(), 1, `${id} by 2014`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('dist works from a sub-path of a static server (relative URLs only)', async () => {
  const path = await import('node:path');
  const { DIST } = await import('./harness.mjs');
  const parent = await serve(path.dirname(DIST));
  try {
    const { page, context, problems } = await openPage(browser, parent.url);
    await page.goto(`${parent.url}${path.basename(DIST)}/?year=1875`);
    await waitForMap(page);
    assert.equal(await page.locator('[data-territory="urup"]').getAttribute('data-controller'), 'japan');
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await parent.close();
  }
});

test('?lang=th shows the atlas in Thai with Buddhist-era years; the switcher changes language', async () => {
  const { page, context, problems } = await open('?year=1905&lang=th');
  const root = page.locator('.rj-atlas[data-year]');
  assert.equal(await root.getAttribute('data-lang'), 'th');
  assert.equal(await page.locator('html').getAttribute('lang'), 'th');
  assert.match(await page.locator('h1').innerText(), /แผนที่ประวัติศาสตร์รัสเซีย–ญี่ปุ่น/);
  assert.match(await page.locator('.year-display').innerText(), /พ\.ศ\. 2448/);
  assert.equal(await page.locator('input[type=range]').getAttribute('aria-valuetext'), 'พ.ศ. 2448 (ค.ศ. 1905)');
  assert.match(await page.locator('.what-changed h2').innerText(), /การเปลี่ยนแปลงในปี พ\.ศ\. 2448/);
  assert.match(await page.locator('[data-territory="sakhalin-south"]').getAttribute('aria-label'), /ญี่ปุ่น/);
  // Thai glyphs are drawn, not empty boxes: a Thai line is far wider than one missing-glyph box per character would make it only if fonts exist.
  const widths = await page.evaluate(() => {
    const c = document.createElement('canvas').getContext('2d');
    c.font = '16px sans-serif';
    const tofu = c.measureText('\u{10FFFF}'.repeat(4)).width;
    return { thai: c.measureText('กขคง').width, tofu };
  });
  assert.notEqual(Math.round(widths.thai), Math.round(widths.tofu), 'Thai renders with a real font');
  await page.locator('select.language-select').selectOption('ja');
  await page.waitForSelector('.rj-atlas[data-lang="ja"]');
  assert.match(await page.locator('h1').innerText(), /日露関係歴史地図/);
  await page.waitForURL(/[?&]lang=ja\b/);
  assert.equal(await page.locator('.year-display').innerText(), '1905');
  assert.deepEqual(problems, []);
  await context.close();
});

test('bad parameters start the map with defaults and a dismissible notice naming them', async () => {
  const q = `?year=abc&lang=xx&year=1910&select=${encodeURIComponent('<img src=x onerror=alert(1)>')}`;
  const { page, context, problems } = await open(q);
  assert.equal(await page.locator('.rj-atlas').getAttribute('data-year'), '1905', 'the default year');
  const notice = page.locator('[data-notice="ignored-parameters"]');
  assert.equal(await notice.count(), 1);
  const text = await notice.innerText();
  assert.match(text, /year “abc” is not a whole year/);
  assert.match(text, /language “xx” is not one of en, th, ru, ja/);
  assert.equal(await page.locator('img[src=x]').count(), 0, 'no markup is injected');
  await notice.locator('button').click();
  assert.equal(await notice.count(), 0, 'the notice closes');
  const long = await open(`?year=${'9'.repeat(5000)}`);
  assert.match(await long.page.locator('[data-notice]').innerText(), /year “9{40}…” is not a whole year/);
  assert.deepEqual(long.problems, []);
  await long.context.close();
  assert.deepEqual(problems, []);
  await context.close();
});
