// Fonts: English, Thai, Russian and Japanese text is drawn with real glyphs, not "tofu" boxes.
//
// The app ships no web fonts. It relies on system fonts: style.css asks for "Noto Sans", "Noto Sans Thai",
// "Noto Sans CJK JP", and Chromium falls back to any other installed font that covers a character. The
// fonts come from Debian's fonts-noto-core and fonts-noto-cjk packages, which `cargo xtask` installs.
//
// How tofu is found. document.fonts.check() only knows about web fonts, so it says nothing useful about
// system fonts. Instead, the test draws glyphs on a canvas in the page. For each visible text element it
// reads the computed font (style, weight, family) and draws every distinct non-space character of the
// element's text on a canvas in that font. It then compares the pixels with the same font drawing code
// points that no font has (U+10FFFF, a noncharacter, and U+E000, private use). When no installed font covers
// a character, Chromium draws the same missing-glyph box (.notdef) as for those code points, pixel for
// pixel, so an identical bitmap means that character is tofu. Widths (measureText) are reported too, but
// only the bitmap decides: a missing combining mark such as Thai U+0E31 has zero width but still draws the box.
//
// Proving that the check fails without fonts. Forcing a Latin-only font-family in the page proves nothing,
// because Chromium's system fallback still finds Noto Sans Thai. So the sanity test starts a second
// Chromium with FONTCONFIG_FILE pointing to a configuration that holds one Latin/Cyrillic font and nothing
// else, like a bare system without the Noto packages. There the same check must find Thai and Japanese tofu,
// and no Latin or Cyrillic tofu. Another test shows the check flags an unassigned code point in the normal browser.
//
// Screenshots go to target/screenshots/lang-XX.png (and lang-XX-no-fonts.png) for a person to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, openPage, waitForMap } from './harness.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = path.join(REPO, 'target', 'screenshots');
const VIEWPORT = { width: 1280, height: 800 };

/** The text a student reads in every language: title, subtitle, legend, map labels, the year. */
const TEXT = ['h1', '.subtitle', '.legend li', '.territory-label', '.year-display'];

/** The script each language's title must be written in. */
const TITLE_SCRIPT = {
  en: /\p{Script=Latin}/u,
  th: /\p{Script=Thai}/u,
  ru: /\p{Script=Cyrillic}/u,
  ja: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u,
};

let server;
let browser;
before(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await serve();
  browser = await launch(); // no skip: if Chromium cannot run, every test here fails
});
after(async () => { await browser?.close(); await server?.close(); });

async function open(on, query) {
  const session = await openPage(on, server.url, { viewport: VIEWPORT, deviceScaleFactor: 1 });
  await session.page.goto(server.url + query);
  await waitForMap(session.page);
  await session.page.evaluate(() => document.fonts.ready);
  return session;
}

/**
 * Runs in the page. For each selector: the visible elements' text, and every distinct character of it that is
 * drawn as the missing-glyph box in the element's font. Returns { [selector]: { elements, text, chars, tofu } }.
 */
function findTofu(selectors) {
  const SIZE = 48;
  const canvas = document.createElement('canvas');
  canvas.width = SIZE * 3;
  canvas.height = SIZE * 2;
  const g = canvas.getContext('2d', { willReadFrequently: true });
  const draw = (font, ch) => {
    g.clearRect(0, 0, canvas.width, canvas.height);
    g.font = font;
    g.textBaseline = 'middle';
    g.fillStyle = '#000';
    g.fillText(ch, SIZE, SIZE);
    return { width: g.measureText(ch).width, pixels: g.getImageData(0, 0, canvas.width, canvas.height).data };
  };
  const same = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);
  const missing = new Map(); // font -> bitmaps of code points no font has
  const isTofu = (font, ch) => {
    if (!missing.has(font)) missing.set(font, ['\u{10FFFF}', '\uE000'].map((m) => draw(font, m)));
    const glyph = draw(font, ch);
    return missing.get(font).some((m) => same(m.pixels, glyph.pixels)) ? glyph.width : null;
  };
  const result = {};
  for (const selector of selectors) {
    const els = [...document.querySelectorAll(selector)].filter((el) => el.getClientRects().length > 0 && el.textContent.trim());
    const chars = new Set();
    const tofu = [];
    for (const el of els) {
      const cs = getComputedStyle(el);
      const font = `${cs.fontStyle} ${cs.fontWeight} ${SIZE}px ${cs.fontFamily}`;
      for (const ch of el.textContent) {
        if (/[\s\p{Cf}]/u.test(ch) || chars.has(ch)) continue;
        chars.add(ch);
        const width = isTofu(font, ch);
        if (width !== null) tofu.push({ ch, codepoint: `U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`, width, font });
      }
    }
    result[selector] = { elements: els.length, text: els.map((el) => el.textContent.trim()).join(' | '), chars: [...chars].join(''), tofu };
  }
  return result;
}

const describeTofu = (found) => Object.entries(found)
  .flatMap(([sel, r]) => r.tofu.map((t) => `${sel}: "${t.ch}" ${t.codepoint}`))
  .join(', ');

for (const lang of ['en', 'th', 'ru', 'ja']) {
  test(`?lang=${lang}: every character of the title, subtitle, legend, map labels and year is drawn by a real font`, async (t) => {
    const { page, context, problems } = await open(browser, `?year=1905&lang=${lang}`);
    assert.equal(await page.locator('.rj-atlas[data-year]').getAttribute('data-lang'), lang);
    await page.screenshot({ path: path.join(SHOTS, `lang-${lang}.png`) });

    const found = await page.evaluate(findTofu, TEXT);
    for (const [sel, r] of Object.entries(found)) {
      assert.ok(r.elements > 0 && r.chars.length > 0, `${lang}: ${sel} is on the page with text`);
    }
    assert.equal(describeTofu(found), '', `${lang}: characters drawn as missing-glyph boxes`);
    t.diagnostic(`${lang}: ${new Set(Object.values(found).flatMap((r) => [...r.chars])).size} distinct characters checked`);

    const title = found.h1.text;
    assert.match(title, TITLE_SCRIPT[lang], `${lang}: the title is in the language's script: ${title}`);
    assert.match(found.h1.chars, TITLE_SCRIPT[lang], `${lang}: the glyph check covered the script`);
    if (lang === 'th') assert.match(found['.year-display'].text, /พ\.ศ\. 2448/, 'the Thai year is Buddhist era');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the glyph check flags a character no font has, and only that one', async () => {
  const { page, context } = await open(browser, '?year=1905&lang=th');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.className = 'tofu-probe';
    p.textContent = 'Aก\u0378Я日'; // U+0378 is unassigned: no font can have it
    document.body.prepend(p);
  });
  const found = await page.evaluate(findTofu, ['.tofu-probe']);
  assert.deepEqual(found['.tofu-probe'].tofu.map((t) => t.codepoint), ['U+0378']);
  await context.close();
});

test('without the Noto fonts (a Latin-only fontconfig) the check finds Thai and Japanese tofu', async (t) => {
  // A fontconfig with one Latin/Cyrillic font, nothing else: what a bare system without the Noto packages has.
  const latin = ['/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf']
    .find((f) => fs.existsSync(f));
  assert.ok(latin, 'a Latin-only font (NotoSans-Regular.ttf or DejaVuSans.ttf) to build the bare configuration from');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rj-fonts-'));
  fs.mkdirSync(path.join(dir, 'fonts'));
  fs.copyFileSync(latin, path.join(dir, 'fonts', path.basename(latin)));
  const conf = path.join(dir, 'fonts.conf');
  fs.writeFileSync(conf, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n`
    + `  <dir>${path.join(dir, 'fonts')}</dir>\n  <cachedir>${path.join(dir, 'cache')}</cachedir>\n</fontconfig>\n`);

  // Playwright gives the browser process.env as it is at launch; set it only for that moment.
  const saved = process.env.FONTCONFIG_FILE;
  let bare;
  try {
    process.env.FONTCONFIG_FILE = conf;
    try {
      bare = await launch();
    } finally {
      if (saved === undefined) delete process.env.FONTCONFIG_FILE; else process.env.FONTCONFIG_FILE = saved;
    }
    for (const lang of ['en', 'th', 'ru', 'ja']) {
      const { page, context } = await open(bare, `?year=1905&lang=${lang}`);
      await page.screenshot({ path: path.join(SHOTS, `lang-${lang}-no-fonts.png`) });
      const found = await page.evaluate(findTofu, TEXT);
      const tofu = [...new Set(Object.values(found).flatMap((r) => r.tofu.map((x) => x.ch)))].join('');
      t.diagnostic(`${lang} without Noto: ${[...tofu].length} characters found to be tofu: ${tofu}`);
      // Latin and Cyrillic are in the one font left: no false alarms for them.
      assert.doesNotMatch(tofu, /[\p{Script=Latin}\p{Script=Cyrillic}0-9]/u, `${lang}: Latin/Cyrillic wrongly flagged: ${tofu}`);
      if (lang === 'th' || lang === 'ja') {
        const titleTofu = found.h1.tofu.map((x) => x.ch).join('');
        assert.match(titleTofu, TITLE_SCRIPT[lang], `${lang}: the title's ${lang === 'th' ? 'Thai' : 'kana/kanji'} is found to be tofu`);
        const script = [...found.h1.chars].filter((c) => TITLE_SCRIPT[lang].test(c));
        assert.deepEqual(script.filter((c) => !titleTofu.includes(c)), [], `${lang}: every ${lang} character of the title is found to be tofu`);
      }
      await context.close();
    }
  } finally {
    await bare?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
