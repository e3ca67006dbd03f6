// The benchmark's scale test (issue 8): a territories file with at least FACTOR × the vertices of
// the bundled z0 copy. The 10 m file (geodata/territories.geojson) has only about 5× as many,
// so points are added on its edges — evenly, on straight segments, so the shapes, the winding
// and everything else in the file stay as they are. The spacing is the widest that reaches the
// target and never below MIN_SPACING (0.006° ≈ 0.12 user units of the 1000-unit map), so the
// app's path writer, which drops points closer than 0.1 unit, keeps them all.
//
//   node tests/bench/densify.mjs OUT.geojson [FACTOR]
import fs from 'node:fs';
import path from 'node:path';

const FACTOR = Number(process.argv[3] || 10);
const MIN_SPACING = 0.006;

const rings = (geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flat();
export const vertexCount = (collection) => collection.features.reduce((n, f) => n + rings(f.geometry).reduce((m, r) => m + r.length, 0), 0);

const out = process.argv[2];
if (!out) throw new Error('usage: node tests/bench/densify.mjs OUT.geojson [FACTOR]');
const z0 = JSON.parse(fs.readFileSync('geodata/lod/territories-z0.geojson', 'utf8'));
const full = JSON.parse(fs.readFileSync('geodata/territories.geojson', 'utf8'));
const target = FACTOR * vertexCount(z0);
const segments = full.features.flatMap((f) => rings(f.geometry)).flatMap((r) => r.slice(1).map((p, i) => Math.hypot(p[0] - r[i][0], p[1] - r[i][1])));
const added = (spacing) => segments.reduce((n, len) => n + Math.max(0, Math.ceil(len / spacing) - 1), 0);
const fullCount = vertexCount(full);
const needed = target - fullCount;
// The widest spacing that adds enough points (added() falls as the spacing grows).
let lo = MIN_SPACING, hi = 10;
if (added(lo) < needed) throw new Error(`cannot reach ${target} vertices with points ${MIN_SPACING}° apart`);
for (let i = 0; i < 60; i++) { const mid = (lo + hi) / 2; if (added(mid) >= needed) lo = mid; else hi = mid; }
const spacing = lo;
const densify = (ring) => {
  const outRing = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    const [a, b] = [ring[i - 1], ring[i]];
    const n = Math.max(0, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / spacing) - 1);
    for (let k = 1; k <= n; k++) {
      const t = k / (n + 1);
      outRing.push([+(a[0] + (b[0] - a[0]) * t).toFixed(4), +(a[1] + (b[1] - a[1]) * t).toFixed(4)]);
    }
    outRing.push(b);
  }
  return outRing;
};
for (const f of full.features) {
  const g = f.geometry;
  g.coordinates = g.type === 'Polygon' ? g.coordinates.map(densify) : g.coordinates.map((p) => p.map(densify));
}
fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
fs.writeFileSync(out, JSON.stringify(full));
console.log(`densify: ${vertexCount(z0)} vertices (z0), ${fullCount} (10 m), ${vertexCount(full)} (10 m with points every ${spacing.toFixed(4)}°) → ${out}`);
