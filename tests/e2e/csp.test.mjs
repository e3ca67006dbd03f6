// The atlas runs under a strict Content-Security-Policy, as a school's lesson site may send:
// no inline scripts or styles, no eval (only WebAssembly compilation), no other origins.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, waitForMap } from './harness.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
  + "img-src 'self' data: blob:; object-src 'none'; base-uri 'self'";

let server;
let browser;
before(async () => {
  server = await serve(undefined, { 'Content-Security-Policy': CSP });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

test('no Content-Security-Policy violation while the map loads, the slider moves, a panel opens and a layer switches', async () => {
  const { page, context, problems } = await openPage(browser, server.url, { viewport: { width: 1280, height: 800 } });
  const consoleCsp = [];
  page.on('console', (msg) => { if (/Content.Security.Policy/i.test(msg.text())) consoleCsp.push(msg.text()); });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample || ''}`);
    });
  });
  const response = await page.goto(server.url + '?year=1905');
  assert.equal(response.headers()['content-security-policy'], CSP, 'the policy is in force');
  await waitForMap(page);

  const slider = page.locator('input[type=range]');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.rj-atlas[data-year="1906"]');
  await page.keyboard.press('ArrowLeft');
  await page.waitForSelector('.rj-atlas[data-year="1905"]');
  await slider.fill('1945');
  await page.waitForSelector('.rj-atlas[data-year="1945"]');
  await slider.fill('1905');
  await page.waitForSelector('.rj-atlas[data-year="1905"]');

  await page.locator('[data-event="tsushima-1905"]').click();
  const panel = page.locator('.details-panel[data-details="tsushima-1905"]');
  await panel.locator('.details-description').waitFor();
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });

  await page.uncheck('[data-layer-toggle="war"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-event][data-layer="war"]').length === 0);
  await page.check('[data-layer-toggle="war"]');
  await page.waitForSelector('[data-event][data-layer="war"]');

  await page.waitForTimeout(300); // violation reports are queued as tasks
  const violations = await page.evaluate(() => window.__cspViolations);
  assert.deepEqual(violations, [], 'securitypolicyviolation events');
  assert.deepEqual(consoleCsp, [], 'console messages about the policy');
  assert.deepEqual(problems, []);
  await context.close();
});

test('no violation on the embed page (a story, a teacher\'s layer) nor on the lesson page (iframes and two <rj-atlas>)', async () => {
  const { page, context, problems } = await openPage(browser, server.url, { viewport: { width: 1280, height: 1000 } });
  const consoleCsp = [];
  page.on('console', (msg) => { if (/Content.Security.Policy/i.test(msg.text())) consoleCsp.push(msg.text()); });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  await page.goto(server.url + 'embed.html?story=stories/kurils.json&geojson=layers/example.geojson&controls=slider,charts');
  await waitForMap(page);
  await page.locator('[data-story]').waitFor();
  await page.click('[data-action="story-next"]');
  await page.locator('[data-user-layer]').waitFor({ state: 'attached' });
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'embed page');
  await page.goto(server.url + 'lesson.html');
  await page.locator('#atlas-a').locator('[data-territory]').first().waitFor({ state: 'attached' });
  await page.locator('#atlas-b').locator('[data-territory]').first().waitFor({ state: 'attached' });
  await page.click('[data-drive="a"][data-year="1905"]');
  await page.waitForSelector('[data-heard="a"]:text("year 1905")');
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'lesson page');
  for (const frame of page.frames()) {
    assert.deepEqual(await frame.evaluate(() => window.__cspViolations ?? []), [], `frame ${frame.url()}`);
  }
  assert.deepEqual(consoleCsp, []);
  assert.deepEqual(problems, []);
  await context.close();
});
