// End-to-end tests of the charts beside the map (issue 9): the values shown are the data's, the
// marker follows the slider, every chart has a table equivalent, and the charts fold away.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, openPage, waitForMap } from './harness.mjs';

const trade = JSON.parse(fs.readFileSync('geodata/trade.json', 'utf8')).series;
const pairs = JSON.parse(fs.readFileSync('geodata/sister-cities.geojson', 'utf8')).features.map((f) => f.properties);

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function open(query = '', options = { viewport: { width: 1280, height: 800 } }) {
  const session = await openPage(browser, server.url, options);
  await session.page.goto(server.url + query);
  await waitForMap(session.page);
  return session;
}

test('the trade chart draws every figure of the data, and its table says the same', async () => {
  const { page, context, problems } = await open('?year=2008');
  const chart = page.locator('[data-chart="trade"]');
  const points = await chart.locator('[data-chart-point]').evaluateAll((els) => els.map((e) => [Number(e.dataset.year), Number(e.dataset.value)]));
  assert.deepEqual(points, trade.map((f) => [f.year, f.value]));
  // Gaps stay gaps: no line joins two years with a missing year between them.
  const lines = await chart.locator('.chart-line').count();
  assert.ok(lines > 0 && lines < trade.length, `${lines} line runs for ${trade.length} figures`);
  const rows = await chart.locator('[data-chart-table="trade"] tbody tr').evaluateAll((els) => els.map((e) => Number(e.dataset.value)));
  assert.deepEqual(rows, trade.map((f) => f.value));
  // The selected year is marked and read out with its value and source.
  assert.equal(await chart.locator('[data-chart-marker]').getAttribute('data-year'), '2008');
  const f2008 = trade.find((f) => f.year === 2008);
  const readout = await chart.locator('[data-chart-readout]').innerText();
  assert.match(readout, /30,000 million US dollars/);
  assert.ok(readout.includes(f2008.sources[0].title), 'the readout names the source');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the marker follows the slider, and a year without a figure says so instead of inventing one', async () => {
  const { page, context, problems } = await open('?year=2008');
  const chart = page.locator('[data-chart="trade"]');
  await page.focus('.year-slider');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.rj-atlas[data-year="2009"]');
  await page.waitForSelector('[data-chart="trade"] [data-chart-marker][data-year="2009"]', { state: 'attached' });
  assert.equal(await page.locator('[data-chart="sister-cities"] [data-chart-marker]').getAttribute('data-year'), '2009');
  assert.equal(await page.locator('[data-chart="diplomacy"] [data-chart-marker]').getAttribute('data-year'), '2009');
  const missing = [1961, 1962, 1963, 1964, 2010].find((y) => !trade.some((f) => f.year === y));
  await page.goto(server.url + `?year=${missing}`);
  await waitForMap(page);
  assert.match(await chart.locator('[data-chart-readout]').innerText(), new RegExp(`No figure for ${missing}`));
  assert.equal(await chart.locator('.chart-point.current').count(), 0);
  // Hovering or focusing a point reads that point instead.
  const f = trade.find((x) => x.year === 1982);
  await chart.locator('[data-chart-point][data-year="1982"]').focus();
  await page.waitForSelector('[data-chart-readout="trade"][data-year="1982"]');
  assert.match(await chart.locator('[data-chart-readout]').innerText(), /1982: 5,581 million US dollars/);
  assert.ok((await chart.locator('[data-chart-readout]').innerText()).includes(f.sources[0].title));
  assert.deepEqual(problems, []);
  await context.close();
});

test('sister cities: the count and the new pairs of the year are the data\'s', async () => {
  const { page, context, problems } = await open('?year=1991');
  const chart = page.locator('[data-chart="sister-cities"]');
  const readout = chart.locator('[data-chart-readout]');
  const by1991 = pairs.filter((p) => Number(p.since.slice(0, 4)) <= 1991).length;
  assert.equal(await readout.getAttribute('data-count'), String(by1991));
  const formed = pairs.filter((p) => p.since.startsWith('1991')).map((p) => p.id).sort();
  const listed = (await readout.locator('[data-sister-pair-new]').evaluateAll((els) => els.map((e) => e.dataset.sisterPairNew))).sort();
  assert.deepEqual(listed, formed);
  assert.ok(formed.length >= 5, '1991 brought new sister cities');
  assert.equal(await chart.locator('[data-chart-table="sister-cities"] tbody tr').count(),
    new Set(pairs.map((p) => p.since.slice(0, 4))).size);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a mark on the diplomacy strip opens its event panel and moves the slider', async () => {
  const { page, context, problems } = await open('?year=2008');
  // Marks close in time are stacked in rows, so each can be clicked.
  await page.click('[data-chart="diplomacy"] [data-chart-event="tokyo-declaration-1993"]');
  await page.waitForSelector('.details-panel[data-details="tokyo-declaration-1993"]');
  await page.waitForSelector('.rj-atlas[data-year="1993"]');
  // And reached from the keyboard.
  await page.locator('[data-chart="diplomacy"] [data-chart-event="joint-declaration-1956"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.details-panel[data-details="joint-declaration-1956"]');
  await page.waitForSelector('.rj-atlas[data-year="1956"]');
  assert.equal(await page.locator('[data-chart="diplomacy"] [data-chart-open="joint-declaration-1956"]').count(), 1);
  assert.ok(await page.locator('[data-chart="diplomacy"] [data-chart-table] tbody tr').count() >= 10);
  assert.deepEqual(problems, []);
  await context.close();
});

test('charts speak Thai and the Buddhist era; each has an accessible name', async () => {
  const { page, context, problems } = await open('?year=2008&lang=th');
  const ticks = await page.locator('[data-chart="trade"] .chart-axis text').allTextContents();
  assert.ok(ticks.includes('2543'), `Buddhist-era ticks: ${ticks}`);
  assert.match(await page.locator('[data-chart="trade"] [data-chart-readout]').innerText(), /ล้านดอลลาร์สหรัฐ/);
  for (const id of ['trade', 'diplomacy', 'sister-cities']) {
    const name = await page.locator(`[data-chart="${id}"] svg`).evaluate((svg) => document.getElementById(svg.getAttribute('aria-labelledby'))?.textContent);
    assert.ok(name && name.length > 3, `${id} has an accessible name`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the charts fold, follow the charts layer, and stay out of an embed unless asked for', async () => {
  const { page, context, problems } = await open('?year=1905');
  await page.click('[data-action="charts"]');
  await page.waitForSelector('[data-charts="closed"]');
  assert.equal(await page.locator('[data-chart]').count(), 0);
  await page.goto(server.url + '?year=1905&layers=territories,war');
  await waitForMap(page);
  assert.equal(await page.locator('[data-charts]').count(), 0);
  await page.goto(server.url + 'embed.html?year=1905');
  await waitForMap(page);
  assert.equal(await page.locator('[data-charts]').count(), 0);
  await page.goto(server.url + 'embed.html?year=1905&controls=slider,charts');
  await waitForMap(page);
  assert.equal(await page.locator('[data-chart]').count(), 3);
  assert.deepEqual(problems, []);
  await context.close();
});
