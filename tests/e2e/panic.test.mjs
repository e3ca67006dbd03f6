// A Rust panic puts up a readable error card with a Reload button, never a frozen map. The
// switch `?debug=panic` panics on purpose, and is honoured only on pages served from this
// machine (localhost, 127.0.0.1, [::1]); see `debug_panic_requested` in src/ui/mod.rs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, waitForMap } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a panic shows the error card with its message and a Reload button, and logs to the console', async () => {
  const { page, context, problems } = await openPage(browser, server.url);
  await page.goto(server.url + '?year=1905&debug=panic');
  const card = page.locator('[role="alert"].error-card');
  await card.waitFor({ timeout: 30000 });
  assert.match(await card.locator('h1').innerText(), /error/i);
  assert.match(await card.locator('p').innerText(), /Reload/);
  assert.match(await card.locator('pre').innerText(), /debug panic requested/, 'the panic message, as text');
  const reload = card.getByRole('button', { name: 'Reload' });
  assert.equal(await reload.count(), 1);
  assert.equal(await page.locator('.rj-atlas[data-year]').count(), 0, 'the card replaces the map');
  assert.equal(await page.locator('#app > *').count(), 1, 'the card is all the host holds');
  // What the console saw: the panic (console_error_panic_hook), then the wasm trap that ends
  // it (release builds abort on panic). Nothing else.
  await page.waitForTimeout(200);
  const panics = problems.filter((p) => p.startsWith('console error:'));
  assert.equal(panics.length, 1, problems.join('\n'));
  assert.match(panics[0], /debug panic requested with \?debug=panic/);
  assert.deepEqual(problems.filter((p) => !p.startsWith('console error:') && !/uncaught: .*unreachable/.test(p)), []);

  // Reload: the same URL panics again, as it should; without the switch the map works.
  await Promise.all([page.waitForEvent('load'), reload.click()]);
  await card.waitFor();
  await page.goto(server.url + '?year=1905');
  await waitForMap(page);
  assert.equal(await page.locator('.error-card').count(), 0);
  await page.locator('input[type=range]').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.rj-atlas[data-year="1906"]');
  await context.close();
});

test('?debug=panic is ignored on a page not served from this machine', async () => {
  // The same files under another host name, as a lesson site would serve them: requests to
  // http://lesson.test/ are answered from the loopback server.
  const origin = 'http://lesson.test/';
  const { page, context, problems } = await openPage(browser, origin);
  await context.route(`${origin}**`, async (route) => {
    const url = new URL(route.request().url());
    route.fulfill({ response: await route.fetch({ url: server.url + url.pathname.slice(1) + url.search }) });
  });
  await page.goto(origin + '?year=1905&debug=panic');
  await waitForMap(page);
  await page.waitForTimeout(500);
  assert.equal(await page.locator('.error-card').count(), 0);
  assert.equal(await page.locator('.rj-atlas').getAttribute('data-year'), '1905');
  assert.deepEqual(problems, []);
  await context.close();
});
