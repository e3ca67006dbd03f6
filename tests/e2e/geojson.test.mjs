// The data files through an independent GeoJSON validator (@placemarkio/check-geojson).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { check } from '@placemarkio/check-geojson';

const FILES = ['geodata/territories.geojson', 'geodata/context.geojson', 'geodata/lod/territories-z0.geojson',
  'geodata/lod/context-z0.geojson', 'geodata/events.geojson', 'geodata/sister-cities.geojson'];

for (const file of FILES) {
  test(`${file} passes check-geojson`, () => {
    const text = fs.readFileSync(file, 'utf8');
    assert.doesNotThrow(() => check(text), (e) => `${file}: ${JSON.stringify(e.issues ?? e.message)}`);
  });
}
