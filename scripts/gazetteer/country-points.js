#!/usr/bin/env node
// Country points for the gazetteer: for each country of Natural Earth's 1:50m
// admin-0 polygons (npm world-atlas), the area-weighted centroid of its largest
// polygon, i.e. of its main landmass ("United States" lies in the lower 48,
// not pulled north by Alaska; France in Europe, not between it and Guiana).
// Countries whose largest polygon is under half their area get no line (the
// builder then keeps world-countries' point).
// Prints "CC<TAB>lat<TAB>lon" lines, ISO 3166-1 alpha-2 codes from world-countries.
// Usage: node country-points.js NODE_MODULES_DIR > points.tsv
'use strict';
const path = require('path');
const mods = path.resolve(process.argv[2] || path.join(__dirname, 'node_modules'));
const topojson = require(path.join(mods, 'topojson-client'));
const atlas = require(path.join(mods, 'world-atlas', 'countries-50m.json'));
const world = require(path.join(mods, 'world-countries', 'countries.json'));

const alpha2 = {};
for (const c of world) if (c.ccn3) alpha2[c.ccn3] = c.cca2;

// Planar centroid of a ring in (lon * cos(mean lat), lat), longitudes unwrapped
// across the antimeridian (Russia, Fiji).
function ring_centroid(ring) {
  const r = ring.map(p => [p[0], p[1]]);
  for (let i = 1; i < r.length; i++) {
    while (r[i][0] - r[i - 1][0] > 180) r[i][0] -= 360;
    while (r[i][0] - r[i - 1][0] < -180) r[i][0] += 360;
  }
  const k = Math.cos(r.reduce((s, p) => s + p[1], 0) / r.length * Math.PI / 180);
  let a = 0, cx = 0, cy = 0;
  for (let i = 0; i + 1 < r.length; i++) {
    const x0 = r[i][0] * k, y0 = r[i][1], x1 = r[i + 1][0] * k, y1 = r[i + 1][1];
    const f = x0 * y1 - x1 * y0;
    a += f; cx += (x0 + x1) * f; cy += (y0 + y1) * f;
  }
  a /= 2;
  return { area: Math.abs(a), lon: cx / (6 * a) / k, lat: cy / (6 * a) };
}

const kMainShare = 0.5;
const seen = new Set();
const lines = [];
for (const f of topojson.feature(atlas, atlas.objects.countries).features) {
  const cc = alpha2[f.id];
  if (!cc || seen.has(cc) || !f.geometry) continue;
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const rings = polys.map(p => ring_centroid(p[0])).filter(c => isFinite(c.lat) && isFinite(c.lon))
                     .sort((a, b) => b.area - a.area);
  const best = rings[0];
  if (!best) continue;
  // A country whose largest landmass is less than half of it (the Philippines,
  // Indonesia, Malaysia) is not represented by that landmass: no point.
  const total = rings.reduce((s, c) => s + c.area, 0);
  if (best.area < kMainShare * total) continue;
  seen.add(cc);
  let lon = best.lon;
  while (lon > 180) lon -= 360;
  while (lon < -180) lon += 360;
  lines.push(`${cc}\t${best.lat.toFixed(2)}\t${lon.toFixed(2)}`);
}
lines.sort();
process.stdout.write(lines.join('\n') + '\n');
