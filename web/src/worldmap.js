// A world map (d3-geo, Natural Earth 1:110m countries from world-atlas,
// bundled) with points on it.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { create } from 'd3-selection';
import { feature, mesh } from 'topojson-client';
import countries110m from 'world-atlas/countries-110m.json';

let land, borders;
function shapes() {
  if (!land) {
    land = feature(countries110m, countries110m.objects.countries);
    borders = mesh(countries110m, countries110m.objects.countries, (a, b) => a !== b);
  }
  return { land, borders };
}

// points: [{lat, lon, r, color, label, onActivate?}]; options: {width, height,
// focusPoints (zoom to the points), ariaLabel}.
export function drawWorld(container, points, options = {}) {
  const width = options.width || 960, height = options.height || 500;
  const { land: countries, borders: lines } = shapes();
  const projection = geoNaturalEarth1();
  if (options.focusPoints && points.length) {
    // Fit a box around the points, at least ~30° wide so a single city has context.
    let [w, e, s, n] = [180, -180, 90, -90];
    for (const p of points) { w = Math.min(w, p.lon); e = Math.max(e, p.lon); s = Math.min(s, p.lat); n = Math.max(n, p.lat); }
    const padLon = Math.max(15 - (e - w) / 2, 5), padLat = Math.max(10 - (n - s) / 2, 4);
    const box = { type: 'MultiPoint', coordinates: [[w - padLon, s - padLat], [e + padLon, n + padLat], [w - padLon, n + padLat], [e + padLon, s - padLat]] };
    projection.fitExtent([[8, 8], [width - 8, height - 8]], box);
  } else {
    projection.fitExtent([[4, 4], [width - 4, height - 4]], { type: 'Sphere' });
  }
  const path = geoPath(projection);
  const svg = create('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('width', '100%')
    .attr('role', 'group').attr('aria-label', options.ariaLabel || 'map');
  svg.append('path').attr('class', 'sphere').attr('d', path({ type: 'Sphere' }));
  svg.append('g').selectAll('path').data(countries.features).join('path').attr('class', 'land').attr('d', path);
  svg.append('path').attr('class', 'borders').attr('d', path(lines));
  const g = svg.append('g');
  for (const p of [...points].sort((a, b) => b.r - a.r)) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const c = g.append('circle').attr('class', 'point').attr('cx', xy[0]).attr('cy', xy[1]).attr('r', p.r)
      .attr('fill', p.color).attr('data-tip', p.label).attr('aria-label', p.label);
    if (p.onActivate) {
      c.attr('tabindex', 0).attr('role', 'button').classed('clickable', true)
        .on('click', () => p.onActivate())
        .on('keydown', (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); p.onActivate(); } });
    }
  }
  container.replaceChildren(svg.node());
  return svg.node();
}
