// The first-load core speaks English only and fetches another language's texts and names as
// lang/XX.txt (src/i18n/table.rs): what a Thai, Russian or Japanese reader sees, and what happens
// when the file cannot be had.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, waitForMap } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Opens `query` and counts the language tables the page fetches. */
async function open(query, options = {}) {
  const session = await openPage(browser, server.url, { viewport: { width: 1280, height: 800 }, ...options });
  session.tables = [];
  session.page.on('request', (r) => {
    const p = new URL(r.url()).pathname;
    if (p.includes('/lang/')) session.tables.push(p.slice(p.indexOf('/lang/') + 1));
  });
  await session.page.goto(server.url + query);
  await waitForMap(session.page);
  return session;
}

const label = (page, id) => page.locator(`[data-territory="${id}"]`).getAttribute('aria-label');

test('an English reader fetches no table; a Thai reader fetches th once and sees Thai names at once', async () => {
  const en = await open('?year=1905', { locale: 'en-US' });
  assert.deepEqual(en.tables, []);
  assert.match(await label(en.page, 'sakhalin-south'), /Japan/);
  assert.deepEqual(en.problems, []);
  await en.context.close();

  const th = await open('?year=1905&lang=th');
  assert.deepEqual(th.tables, ['lang/th.txt']);
  assert.equal(await th.page.locator('.rj-atlas').getAttribute('data-lang'), 'th');
  assert.match(await label(th.page, 'sakhalin-south'), /ซาคาลิน.*ญี่ปุ่น/);
  assert.match(await th.page.locator('.what-changed').innerText(), /ญี่ปุ่น/);
  assert.match(await th.page.locator('.legend').innerText(), /จักรวรรดิรัสเซีย/);
  assert.deepEqual(th.problems, []);
  await th.context.close();

  // A Thai browser without ?lang= gets Thai the same way.
  const browserThai = await open('?year=1905', { locale: 'th-TH' });
  assert.deepEqual(browserThai.tables, ['lang/th.txt']);
  assert.equal(await browserThai.page.locator('.rj-atlas').getAttribute('data-lang'), 'th');
  assert.match(await browserThai.page.locator('h1').innerText(), /แผนที่ประวัติศาสตร์/);
  assert.deepEqual(browserThai.problems, []);
  await browserThai.context.close();
});

test('switching language fetches its table once, shows its names, and keeps the year, the selection and the focus', async () => {
  const { page, context, problems, tables } = await open('?year=1945&select=iturup', { locale: 'en-US' });
  await page.locator('select.language-select').focus();
  await page.locator('select.language-select').selectOption('ru');
  await page.waitForSelector('.rj-atlas[data-lang="ru"][data-panels="ready"] [data-territory]');
  assert.match(await page.locator('h1').innerText(), /[А-Яа-я]/);
  assert.match(await label(page, 'iturup'), /Итуруп/);
  assert.equal(await page.locator('.rj-atlas').getAttribute('data-year'), '1945');
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('lang'), 'ru');
  assert.equal(url.searchParams.get('select'), 'iturup');
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('language-select')), true,
    'focus returns to the language switcher');
  await page.locator('select.language-select').selectOption('en');
  await page.waitForSelector('.rj-atlas[data-lang="en"]');
  await page.locator('select.language-select').selectOption('ru');
  await page.waitForSelector('.rj-atlas[data-lang="ru"]');
  assert.match(await label(page, 'iturup'), /Итуруп/);
  assert.deepEqual(tables, ['lang/ru.txt'], 'each table is fetched once');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a missing or broken table: the atlas opens in English with a notice naming the file', async () => {
  for (const [body, status, said] of [['gone', 404, /lang\/th\.txt: HTTP 404/], ['<!doctype html><p>Hello', 200, /lang\/th\.txt: not a language table/]]) {
    const session = await openPage(browser, server.url, { viewport: { width: 1280, height: 800 } });
    const { page, context, problems } = session;
    await page.route('**/lang/th.txt', (route) => route.fulfill({ status, body, contentType: 'text/plain' }));
    await page.goto(`${server.url}?year=1905&lang=th`);
    await waitForMap(page);
    assert.equal(await page.locator('.rj-atlas').getAttribute('data-lang'), 'en');
    assert.match(await page.locator('h1').innerText(), /Russia–Japan Atlas/);
    const notice = page.locator('[data-notice="ignored-parameters"]');
    assert.match(await notice.innerText(), said);
    assert.match(await notice.innerText(), /ไทย \(th\)/);
    assert.match(await label(page, 'sakhalin-south'), /Japan/, 'the map still works');
    // The browser itself logs a failed fetch (404) as a console error; nothing else may appear.
    assert.deepEqual(problems.filter((p) => !/status of 404/.test(p)), []);
    await context.close();
  }
});

test('the last language chosen wins, and a switch still under way never undoes a hand-over', async () => {
  const { page, context, problems, tables } = await open('?year=1905', { locale: 'en-US' });
  // Thai comes slowly, Russian at once: Russian, chosen last, must stay.
  await page.route('**/lang/th.txt', async (route) => { await new Promise((r) => setTimeout(r, 1500)); await route.continue(); });
  await page.locator('select.language-select').selectOption('th');
  await page.locator('select.language-select').selectOption('ru');
  await page.waitForSelector('.rj-atlas[data-lang="ru"][data-panels="ready"]');
  await page.waitForTimeout(2500);
  assert.equal(await page.locator('.rj-atlas').getAttribute('data-lang'), 'ru');
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'ru');

  // Japanese comes slowly; meanwhile the reader asks for the table and the full build takes over.
  await page.route('**/lang/ja.txt', async (route) => { await new Promise((r) => setTimeout(r, 2000)); await route.continue(); });
  await page.locator('select.language-select').selectOption('ja');
  await page.click('[data-action="table"]');
  await page.waitForSelector('[data-table-view] [data-table-territory]');
  await page.waitForTimeout(3000);
  assert.equal(await page.locator('[data-table-view]').count(), 1, 'the full app is still there');
  assert.equal(await page.locator('.rj-atlas[data-year]').count(), 1, 'and only it');
  assert.deepEqual(tables.filter((t) => t === 'lang/th.txt').length, 1);
  assert.deepEqual(problems, []);
  await context.close();
});
