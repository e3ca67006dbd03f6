// End-to-end tests of the table view (issue 5, must 6): the header toggle shows who held every
// territory in the selected year and the chronology of events, sortable by date and filterable
// by layer or kind; Thai years in the Buddhist Era; no accessibility violations; printable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, openPage, waitForMap, axeWcag } from './harness.mjs';

const AXE = fs.readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function openTable(query, viewport = { width: 1280, height: 800 }) {
  const session = await openPage(browser, server.url, { viewport });
  await session.page.goto(server.url + query);
  await waitForMap(session.page);
  await session.page.click('[data-action="table"]');
  await session.page.waitForSelector('[data-table-view] [data-table-event]');
  return session;
}

const eventDates = (page) => page.locator('[data-table-event]').evaluateAll((rows) => rows.map((r) => r.dataset.date));

test('the toggle shows both tables and hides them again', async () => {
  const { page, context, problems } = await openTable('?year=1905');
  const toggle = page.locator('[data-action="table"]');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('.table-view table').count(), 2);
  const territories = await page.locator('[data-territory]').evaluateAll((ts) => new Set(ts.map((t) => t.dataset.territory)).size);
  assert.equal(await page.locator('[data-table-territory]').count(), territories, 'one row per territory');
  assert.ok(await page.locator('[data-table-event]').count() > 50, 'every event, not only the year’s');
  assert.match(await page.locator('.table-view caption').first().innerText(), /31 December 1905/);
  await toggle.click();
  await page.waitForSelector('[data-table-view]', { state: 'detached' });
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the controllers table for 1905 has South Sakhalin under Japan since the Treaty of Portsmouth, and follows the year', async () => {
  const { page, context, problems } = await openTable('?year=1905');
  const row = page.locator('[data-table-territory="sakhalin-south"]');
  assert.equal(await row.getAttribute('data-controller'), 'japan');
  const cells = await row.locator('th, td').allInnerTexts();
  assert.match(cells[0], /Sakhalin/);
  assert.equal(cells[1], 'Japan');
  assert.match(cells[2], /sovereign/);
  assert.match(cells.join(' | '), /Portsmouth/);
  await page.click('[data-action="previous-year"]');
  await page.waitForSelector('.rj-atlas[data-year="1904"]');
  assert.match(await page.locator('.table-view caption').first().innerText(), /1904/);
  assert.equal(await row.getAttribute('data-controller'), 'russian-empire');
  assert.deepEqual(problems, []);
  await context.close();
});

test('in Thai the tables write years in the Buddhist Era with the Common Era', async () => {
  const { page, context, problems } = await openTable('?year=1905&lang=th');
  assert.match(await page.locator('.table-view caption').first().innerText(), /พ\.ศ\. 2448 \(ค\.ศ\. 1905\)/);
  const tsushima = await page.locator('[data-table-event="tsushima-1905"] .table-date').innerText();
  assert.match(tsushima, /27 พ\.ค\. 2448/);
  assert.equal(await page.locator('[data-table-event="tsushima-1905"] td').nth(1).innerText(), 'ยุทธนาวี');
  assert.deepEqual(problems, []);
  await context.close();
});

test('sorting by date reverses the order and sets aria-sort', async () => {
  const { page, context, problems } = await openTable('?year=1905');
  const th = page.locator('th[aria-sort]');
  assert.equal(await th.getAttribute('aria-sort'), 'ascending');
  const ascending = await eventDates(page);
  assert.deepEqual(ascending, [...ascending].sort(), 'oldest first');
  await page.click('[data-action="sort-date"]');
  await page.waitForSelector('th[aria-sort="descending"]');
  const descending = await eventDates(page);
  assert.deepEqual(descending, [...ascending].reverse());
  assert.notEqual(descending[0], ascending[0]);
  await page.click('[data-action="sort-date"]');
  await page.waitForSelector('th[aria-sort="ascending"]');
  assert.deepEqual(await eventDates(page), ascending);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the filter leaves only the chosen layer or kind, and "all" brings every event back', async () => {
  const { page, context, problems } = await openTable('?year=1905');
  const all = await page.locator('[data-table-event]').count();
  await page.selectOption('.table-filter', 'war');
  const layers = await page.locator('[data-table-event]').evaluateAll((rows) => rows.map((r) => r.dataset.layer));
  assert.ok(layers.length > 5 && layers.length < all, `${layers.length} war events of ${all}`);
  assert.deepEqual([...new Set(layers)], ['war']);
  assert.ok(await page.locator('[data-table-event="tsushima-1905"]').count() === 1);
  await page.selectOption('.table-filter', 'kind:treaty');
  const kinds = await page.locator('[data-table-event]').evaluateAll((rows) => rows.map((r) => r.dataset.kind));
  assert.ok(kinds.length > 5);
  assert.deepEqual([...new Set(kinds)], ['treaty']);
  await page.selectOption('.table-filter', '');
  assert.equal(await page.locator('[data-table-event]').count(), all);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [query, viewport] of [
  ['?year=1905', { width: 1280, height: 800 }],
  ['?year=1945&lang=th', { width: 390, height: 844 }],
  ['?year=1991&lang=ja', { width: 1280, height: 800 }],
  ['?year=1875&lang=ru', { width: 390, height: 844 }],
]) {
  test(`axe finds no WCAG 2.1 AA violations with the table open: ${query} at ${viewport.width}×${viewport.height}`, async () => {
    const { page, context, problems } = await openTable(query, viewport);
    const { violations } = await axeWcag(page);
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('dark mode keeps the tables readable', async () => {
  const { page, context, problems } = await openTable('?year=1905', { width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() => window.axe.run('.table-view', { runOnly: ['color-contrast'] }));
  assert.deepEqual(result.violations.map((v) => v.id), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('printing with the table open prints the tables, not the map or the controls', async () => {
  const { page, context, problems } = await openTable('?year=1905');
  await page.emulateMedia({ media: 'print' });
  assert.ok(!(await page.locator('.atlas-body').isVisible()), 'the map is not printed');
  assert.ok(!(await page.locator('.table-filter').isVisible()), 'the filter is not printed');
  assert.ok(await page.locator('[data-table-territory="sakhalin-south"]').isVisible());
  assert.equal(await page.locator('.atlas-table thead').first().evaluate((el) => getComputedStyle(el).display), 'table-header-group');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10000, 'a PDF was printed');
  assert.deepEqual(problems, []);
  await context.close();
});
