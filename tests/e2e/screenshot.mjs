// `cargo xtask screenshot`: the README pictures, desktop (1280×800) and phone (390×844).
import { serve, launch, openPage, waitForMap } from './harness.mjs';

const server = await serve();
const browser = await launch();
try {
  for (const [name, viewport, query] of [['desktop', { width: 1280, height: 800 }, '?year=1905'], ['phone', { width: 390, height: 844 }, '?year=1945'], ['desktop-th', { width: 1280, height: 800 }, '?year=1905&lang=th']]) {
    const { page, context } = await openPage(browser, server.url, { viewport, deviceScaleFactor: 1 });
    await page.goto(server.url + query);
    await waitForMap(page);
    await page.screenshot({ path: `docs/screenshot-${name}.png`, fullPage: name === 'phone' });
    console.log(`docs/screenshot-${name}.png`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
