// The Leaflet peer of RJ Atlas's benchmark (issue 8): the same territories
// (geodata/lod/territories-z0.geojson) drawn by Leaflet 1.9.4 with its defaults — Web Mercator
// (EPSG:3857), the SVG renderer, path simplification (smoothFactor 1) and clipping to the view —
// each filled with its first controller's colour (geodata/history/polities.json) on 31 December
// of the slider's year. A slider step restyles, with setStyle, only the territories whose period
// changed (as RJ Atlas restyles only what changed), then sets data-year on the root.
/* global L */
(async () => {
  const [territories, polities] = await Promise.all(
    ['territories-z0.geojson', 'polities.json'].map((f) => fetch(f).then((r) => r.json())),
  );
  const colour = new Map(polities.polities.map((p) => [p.id, p.colour]));
  const root = document.querySelector('.peer-root');
  const input = root.querySelector('input[type=range]');
  const yearText = root.querySelector('.year');

  // The period in force on 31 December of `year` (`to` is the first day of the next period).
  const periodAt = (feature, year) => {
    const day = `${year}-12-31`;
    return feature.properties.periods.findIndex((p) => p.from <= day && (p.to === null || day < p.to));
  };
  const fillOf = (feature, index) => {
    const period = feature.properties.periods[index];
    return (period && colour.get(period.controllers[0])) || '#cccccc';
  };

  const year = Number(input.value);
  const map = L.map('map', { zoomControl: false, attributionControl: false });
  const shown = new Map(); // id → { layer, feature, period }
  const layer = L.geoJSON(territories, {
    style: (feature) => ({
      color: '#ffffff', weight: 0.8, fillOpacity: 1,
      fillColor: fillOf(feature, periodAt(feature, year)),
    }),
    onEachFeature: (feature, l) => {
      shown.set(feature.id ?? feature.properties.id, { layer: l, feature, period: periodAt(feature, year) });
    },
  });
  map.fitBounds(layer.getBounds());
  layer.addTo(map);
  // The same hook as RJ Atlas's DOM contract, so the benchmark finds the drawn territories.
  for (const [id, t] of shown) t.layer.getElement()?.setAttribute('data-territory', id);

  input.addEventListener('input', () => {
    const y = Number(input.value);
    for (const t of shown.values()) {
      const period = periodAt(t.feature, y);
      if (period !== t.period) {
        t.period = period;
        t.layer.setStyle({ fillColor: fillOf(t.feature, period) });
      }
    }
    yearText.textContent = String(y);
    root.setAttribute('data-year', String(y));
  });
})();
