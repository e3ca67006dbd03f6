// Shows the still map that `cargo xtask dist` writes into index.html (src/still_map.rs): the map
// of 1905, seen while the app loads. Only when the URL asks for the page as it opens: any
// parameter but `lang` (a year, a date, a view, a selection, layers, a story) would have it show
// what the app is not about to show. A classic script right after the map, so that it runs
// before the first paint; the app replaces the map when it mounts.
(() => {
  const params = new URLSearchParams(location.search);
  params.delete('lang');
  if ([...params.keys()].length > 0) return;
  document.querySelector('.still-map')?.removeAttribute('hidden');
})();
