// End-to-end test of the "Share / embed" dialog (issue 6 part 1): the link, the iframe and the
// element code for the view on screen, copied to the clipboard, with a live preview.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, waitForMap } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the share dialog gives the link, the iframe and the element for this view, and previews it', async () => {
  const { page, context, problems } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  await page.goto(server.url + '?year=1905&layers=war,territories&lang=th');
  await waitForMap(page);
  await page.focus('.year-slider');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.rj-atlas[data-year="1906"]');
  await page.click('[data-action="share"]');
  const dialog = page.locator('[data-share-dialog]');
  await dialog.waitFor();
  const link = await dialog.locator('[data-share="link"] textarea').inputValue();
  assert.ok(link.startsWith(server.url), link);
  assert.match(link, /year=1906/);
  assert.match(link, /layers=war%2Cterritories|layers=war,territories/);
  const iframe = await dialog.locator('[data-share="iframe"] textarea').inputValue();
  assert.match(iframe, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?[^"]*year=1906[^"]*" width="800" height="480" title="Russia–Japan Atlas"><\/iframe>$/);
  const element = await dialog.locator('[data-share="element"] textarea').inputValue();
  assert.match(element, /<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/rj-atlas\.js"><\/script>/);
  assert.match(element, /<rj-atlas year="1906" lang="th" layers="war,territories"><\/rj-atlas>/);
  await page.click('[data-action="copy-iframe"]');
  await page.waitForSelector('[data-action="copy-iframe"]:text("คัดลอกแล้ว")');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), iframe);
  // The preview is the embed itself.
  const preview = page.frameLocator('[data-share-preview]');
  await preview.locator('.rj-atlas[data-mode="embed"][data-year="1906"]').waitFor({ state: 'attached' });
  await page.keyboard.press('Escape');
  assert.deepEqual(problems, []);
  await context.close();
});
