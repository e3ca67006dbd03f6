// End-to-end tests of the export for worksheets: the current view as one standalone SVG (title,
// year, map, legend, scale bar, charts, attribution) and as a PNG drawn in the browser at 2×,
// also under the strict Content-Security-Policy a school's site may send.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, openPage, waitForMap } from './harness.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
  + "img-src 'self' data: blob:; object-src 'none'; base-uri 'self'";

let server;
let strict;
let browser;
before(async () => {
  server = await serve();
  strict = await serve(undefined, { 'Content-Security-Policy': CSP });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); await strict?.close(); });

async function open(base, query) {
  const session = await openPage(browser, base, { viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await session.page.goto(base + query);
  await waitForMap(session.page);
  return session;
}

/** Clicks an export button; the downloaded file's name and bytes. */
async function exported(page, action) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-action="${action}"]`)]);
  const bytes = fs.readFileSync(await download.path());
  return { name: download.suggestedFilename(), bytes };
}

/** The SVG parsed in the page: a parse error, its text and what it holds. */
function parse(page, svg) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.localName,
      ns: root.namespaceURI,
      // The visible text (the embedded <style> left out).
      text: [...root.querySelectorAll('text')].map((t) => t.textContent).join('\n'),
      territories: root.querySelectorAll('[data-territory]').length,
      style: root.querySelector('style')?.textContent.length ?? 0,
    };
  }, svg);
}

test('SVG export: title, year, map, legend, scale bar, charts and attribution in one well-formed file', async () => {
  const { page, context, problems } = await open(server.url, '?year=1905');
  await page.waitForSelector('figure[data-chart] svg');
  const { name, bytes } = await exported(page, 'export-svg');
  assert.equal(name, 'rj-atlas-1905.svg');
  const svg = bytes.toString('utf8');
  assert.ok(svg.startsWith('<svg') && svg.includes('xmlns="http://www.w3.org/2000/svg"'), svg.slice(0, 200));
  const doc = await parse(page, svg);
  assert.equal(doc.error, null);
  assert.equal(doc.root, 'svg');
  assert.equal(doc.ns, 'http://www.w3.org/2000/svg');
  assert.ok(doc.text.includes('Russia–Japan Atlas — 1905'), 'title and year');
  const legend = await page.locator('.legend-polities li').allTextContents();
  assert.ok(legend.includes('Japan') && legend.includes('Russian Empire'), `legend at 1905: ${legend}`);
  for (const polity of legend) assert.ok(doc.text.includes(polity.trim()), `legend entry ${polity}`);
  const scale = (await page.locator('.scale-text').textContent()).trim();
  assert.match(scale, /km/);
  assert.ok(doc.text.includes(scale), `scale bar ${scale}`);
  assert.match(doc.text, /Natural Earth/);
  assert.ok(doc.territories > 10, `${doc.territories} territory shapes`);
  assert.ok(doc.style > 1000, 'the page\'s style rules are embedded');
  const captions = await page.locator('figure[data-chart] figcaption').allTextContents();
  assert.equal(captions.length, 3);
  for (const caption of captions) assert.ok(doc.text.includes(caption.trim()), `chart ${caption}`);
  assert.equal(await page.locator('[data-export-status]').textContent(), '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('SVG export in Thai writes the Buddhist era; without the charts layer no chart is exported', async () => {
  const { page, context, problems } = await open(server.url, '?lang=th&year=1905');
  const th = await parse(page, (await exported(page, 'export-svg')).bytes.toString('utf8'));
  assert.equal(th.error, null);
  assert.ok(th.text.includes('2448'), 'พ.ศ. 2448');
  assert.ok(th.text.includes('แผนที่ประวัติศาสตร์รัสเซีย–ญี่ปุ่น'));
  await page.goto(server.url + '?year=1945&layers=territories');
  await waitForMap(page);
  const { name, bytes } = await exported(page, 'export-svg');
  assert.equal(name, 'rj-atlas-1945.svg');
  const plain = await parse(page, bytes.toString('utf8'));
  assert.equal(plain.error, null);
  assert.ok(!plain.text.includes('Sister cities over time'), 'no chart without the charts layer');
  assert.ok(plain.text.includes('Soviet Union'), 'the legend of 1945');
  assert.deepEqual(problems, []);
  await context.close();
});

test('PNG export: a real PNG at least 2000 pixels wide', async () => {
  const { page, context, problems } = await open(server.url, '?year=1905');
  await page.waitForSelector('figure[data-chart] svg');
  const { name, bytes } = await exported(page, 'export-png');
  assert.equal(name, 'rj-atlas-1905.png');
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  assert.ok(width >= 2000, `width ${width}`);
  assert.ok(height >= 1500, `height ${height}`);
  if (process.env.RJ_EXPORT_PNG) fs.writeFileSync(process.env.RJ_EXPORT_PNG, bytes);
  assert.equal(await page.locator('[data-export-status]').textContent(), '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('both exports run under the strict Content-Security-Policy without a violation', async () => {
  const { page, context, problems } = await openPage(browser, strict.url, { viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const consoleCsp = [];
  page.on('console', (msg) => { if (/Content.Security.Policy/i.test(msg.text())) consoleCsp.push(msg.text()); });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample || ''}`);
    });
  });
  const response = await page.goto(strict.url + '?year=1905');
  assert.equal(response.headers()['content-security-policy'], CSP, 'the policy is in force');
  await waitForMap(page);
  const svg = await exported(page, 'export-svg');
  assert.ok(svg.bytes.toString('utf8').startsWith('<svg'));
  const png = await exported(page, 'export-png');
  assert.equal(png.bytes.subarray(1, 4).toString('latin1'), 'PNG');
  await page.waitForTimeout(300); // violation reports are queued as tasks
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'securitypolicyviolation events');
  assert.deepEqual(consoleCsp, [], 'console messages about the policy');
  assert.deepEqual(problems, []);
  await context.close();
});
