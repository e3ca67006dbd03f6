// The page as it loads (index.html): its header in the reader's language, and the still
// map that `cargo xtask dist` writes into the page (src/still_map.rs) — the map of 1905, seen
// while the app loads. The still map shows only when the URL asks for the page as it opens: any
// parameter but `lang` (a year, a date, a view, a selection, layers, a story) would have it show
// what the app is not about to show. A classic script right after the map, so that it runs
// before the first paint; the app replaces all of this when it mounts.
(() => {
  const params = new URLSearchParams(location.search);
  // The same guess as main.js: ?lang=, the host's lang, the browser's languages.
  const speaks = (tag) => {
    const code = String(tag || '').trim().split(/[-_]/)[0].toLowerCase();
    return ['en', 'th', 'ru', 'ja'].includes(code) ? code : null;
  };
  const lang = speaks(params.get('lang')) || speaks(document.getElementById('app')?.getAttribute('lang'))
    || (navigator.languages || []).map(speaks).find(Boolean) || 'en';
  const LOADING = { th: 'กำลังโหลดแผนที่…', ru: 'Загрузка карты…', ja: '地図を読み込んでいます…' };
  const page = document.querySelector('.loading-page');
  // The header's texts, written by `cargo xtask dist` from the app's catalogues: in the reader's
  // language they take the room the app's header will, so the map stays where it is.
  let texts = null;
  try {
    texts = JSON.parse(document.getElementById('loading-texts')?.textContent || '{}')[lang] || null;
  } catch { /* a page without them stays in English */ }
  if (page && texts && LOADING[lang]) {
    page.lang = lang;
    const title = page.querySelector('h1')?.firstChild;
    if (title) title.nodeValue = `${texts.title} `;
    for (const el of page.querySelectorAll('[data-text]')) {
      if (texts[el.dataset.text]) el.textContent = texts[el.dataset.text];
    }
    const line = page.querySelector('.loading-text');
    if (line) line.lastChild.nodeValue = ` ${LOADING[lang]}`;
  }
  params.delete('lang');
  if ([...params.keys()].length > 0) return;
  document.querySelector('.still-map')?.removeAttribute('hidden');
})();
