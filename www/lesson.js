// The lesson page's buttons drive its two <rj-atlas> elements, and it shows what they report:
// an example of the element's API (properties in, events out). A file, not inline, so the page
// runs under a strict Content-Security-Policy.
for (const button of document.querySelectorAll('[data-drive]')) {
  button.addEventListener('click', () => {
    const atlas = document.getElementById(`atlas-${button.dataset.drive}`);
    for (const name of ['year', 'lang', 'select']) {
      if (button.dataset[name]) atlas[name] = button.dataset[name];
    }
  });
}
for (const id of ['a', 'b']) {
  const atlas = document.getElementById(`atlas-${id}`);
  const heard = document.querySelector(`[data-heard="${id}"]`);
  atlas?.addEventListener('yearchange', (e) => { heard.textContent = `year ${e.detail.year}`; });
  atlas?.addEventListener('select', (e) => { if (e.detail.id) heard.textContent = `selected ${e.detail.id}`; });
}
