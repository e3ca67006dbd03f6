// End-to-end tests of guided stories (issue 6, part 4): stepping, "predict, then reveal"
// questions answered by a choice or by clicking territories, and stories that cannot be used.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, openPage, waitForMap } from './harness.mjs';

const kurils = JSON.parse(fs.readFileSync('www/stories/kurils.json', 'utf8'));
const territoryStep = kurils.steps.findIndex((s) => s.question?.kind === 'territory');
const choiceStep = kurils.steps.findIndex((s) => s.question?.kind === 'choice');

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

const year = (page) => page.locator('.rj-atlas').getAttribute('data-year');

test('a story steps through years with Next, the dots and the arrow keys', async () => {
  const { page, context, problems } = await open('?story=stories/kurils.json');
  const panel = page.locator('[data-story]');
  await panel.waitFor();
  assert.equal(await panel.getAttribute('data-story-step'), '0');
  assert.equal(await panel.getAttribute('data-story-steps'), String(kurils.steps.length));
  assert.equal(await panel.locator('.story-step-title').innerText(), kurils.steps[0].title.en);
  assert.equal(await page.locator('.rj-atlas').getAttribute('data-date'), kurils.steps[0].date);
  // The step's highlights are marked on the map.
  assert.equal(await page.locator('[data-territory="iturup"]').getAttribute('data-highlight'), 'true');
  await page.click('[data-action="story-next"]');
  await page.waitForSelector('[data-story][data-story-step="1"]');
  assert.equal(await year(page), String(kurils.steps[1].year));
  await page.click('[data-story-dot="2"]');
  await page.waitForSelector('[data-story][data-story-step="2"]');
  await page.locator('[data-action="story-prev"]').focus();
  await page.keyboard.press('ArrowLeft');
  await page.waitForSelector('[data-story][data-story-step="1"]');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('[data-story][data-story-step="2"]');
  assert.equal(await year(page), String(kurils.steps[2].year));
  // Thai: the same story in Thai.
  await page.goto(server.url + '?story=stories/kurils.json&lang=th');
  await waitForMap(page);
  await page.locator('[data-story]').waitFor();
  assert.equal(await page.locator('.story-step-title').innerText(), kurils.steps[0].title.th);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a territory question hides the answer, takes clicks on the map, then reveals and explains', async () => {
  const { page, context, problems } = await open('?story=stories/kurils.json');
  await page.locator('[data-story]').waitFor();
  await page.click(`[data-story-dot="${territoryStep}"]`);
  await page.waitForSelector(`[data-story][data-story-step="${territoryStep}"]`);
  const root = page.locator('.rj-atlas');
  assert.equal(await root.getAttribute('data-story-question'), 'open');
  // Predict: the territories are not coloured by who held them while the question is open.
  const fills = await page.locator('[data-territory="kunashir"], [data-territory="hokkaido"]').evaluateAll((els) => els.map((e) => getComputedStyle(e).fill));
  assert.equal(fills[0], fills[1], 'Kunashir and Hokkaido look alike until the answer is given');
  const kunashir = page.locator('[data-territory="kunashir"]');
  const bare = await kunashir.getAttribute('aria-label');
  assert.ok(!bare.includes('—'), `the name alone is announced while the question is open: ${bare}`);
  assert.equal(await kunashir.locator('title').textContent(), bare, 'and the tooltip says no more');
  for (const id of ['shikotan', 'habomai']) {
    await page.locator(`[data-territory="${id}"]`).focus();
    await page.keyboard.press('Enter');
  }
  await page.waitForSelector('[data-story-picked="shikotan habomai"]');
  assert.equal(await page.locator('[data-territory="shikotan"]').getAttribute('data-picked'), 'true');
  assert.equal(await page.locator('.details-panel').count(), 0, 'picking does not open a panel');
  await page.click('[data-action="story-check"]');
  await page.waitForSelector('[data-story-reveal="right"]');
  assert.equal(await root.getAttribute('data-story-question'), 'answered');
  await page.waitForFunction(() => document.querySelector('[data-territory="kunashir"]').getAttribute('aria-label').includes('—'));
  assert.equal(await page.locator('[data-territory="shikotan"]').getAttribute('data-highlight'), 'true');
  assert.ok((await page.locator('.story-reveal').innerText()).length > 40, 'the answer is explained');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a choice question marks the reader\'s choice and the right one', async () => {
  const { page, context, problems } = await open('?story=stories/kurils.json');
  await page.locator('[data-story]').waitFor();
  await page.click(`[data-story-dot="${choiceStep}"]`);
  await page.waitForSelector(`[data-story][data-story-step="${choiceStep}"]`);
  const q = kurils.steps[choiceStep].question;
  const wrong = q.answer === 0 ? 1 : 0;
  await page.click(`[data-answer-choice="${wrong}"]`);
  await page.waitForSelector('[data-story-reveal="wrong"]');
  assert.ok((await page.locator(`[data-answer-choice="${q.answer}"]`).getAttribute('class')).includes('right'));
  assert.ok(await page.locator(`[data-answer-choice="${q.answer}"]`).isDisabled());
  assert.deepEqual(problems, []);
  await context.close();
});

test('a broken story says which step and field is wrong; markup in a story stays text', async () => {
  // Routed files are answered here, not by the service worker (which page.route cannot see).
  const { page, context, problems } = await openPage(browser, server.url, { viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const bad = { title: 'Bad', steps: [{ title: 'One', text: 'x', year: 1905 }, { title: 'Two', text: 'y', yaer: 1905 }] };
  await page.route('**/stories/bad.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(bad) }));
  const markup = { title: 'M', steps: [{ title: 'One', text: '<img src=x onerror="window.pwned=1"> **bold** <script>window.pwned=1</script>', year: 1905 }] };
  await page.route('**/stories/markup.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(markup) }));
  await page.goto(server.url + '?story=stories/bad.json');
  await waitForMap(page);
  const notice = page.locator('[data-notice="story"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /step 2/);
  assert.match(await notice.innerText(), /yaer/);
  assert.equal(await page.locator('[data-territory]').count() > 10, true, 'the map still works');
  await page.goto(server.url + '?story=stories/markup.json');
  await waitForMap(page);
  await page.locator('[data-story]').waitFor();
  assert.match(await page.locator('.story-text').innerText(), /<img src=x/);
  assert.equal(await page.locator('.story-text img, .story-text script').count(), 0);
  assert.equal(await page.locator('.story-text strong').innerText(), 'bold');
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  // A story on another site is not fetched; the notice names it.
  await page.goto(server.url + '?story=https://example.com/story.json');
  await waitForMap(page);
  assert.match(await page.locator('[data-notice="ignored-parameters"]').innerText(), /story “https:\/\/example.com\/story.json” is not on this site/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every story dot is a 24 px target (WCAG 2.2, 2.5.8) that goes to its step', async () => {
  const { page, context, problems } = await open('?story=stories/war-1904.json', { viewport: { width: 390, height: 844 } });
  const dots = page.locator('[data-story-dot]');
  await dots.first().waitFor();
  for (const box of await dots.evaluateAll((ds) => ds.map((d) => d.getBoundingClientRect().toJSON()))) {
    assert.ok(box.width >= 24 && box.height >= 24, JSON.stringify(box));
  }
  await dots.nth(2).click();
  assert.equal(await page.locator('[data-story]').getAttribute('data-story-step'), '2');
  assert.deepEqual(problems, []);
  await context.close();
});
