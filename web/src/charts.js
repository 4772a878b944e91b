// A monthly stacked bar chart (d3-scale, d3-axis, d3-selection).
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleBand, scaleLinear } from 'd3-scale';
import { create } from 'd3-selection';
import { el, monthsBetween, number, swatch } from './util.js';

// byMonth: Map "YYYY-MM" → [count per series]; series: [{name, color}].
export function stackedMonths(container, byMonth, series, label) {
  const periods = [...byMonth.keys()].sort();
  if (!periods.length) {
    container.replaceChildren(el('p', { class: 'muted' }, 'No dated events.'));
    return;
  }
  const months = monthsBetween(periods[0], periods[periods.length - 1]);
  const width = Math.max(480, Math.min(1100, container.clientWidth || 960)), height = 260;
  const margin = { top: 10, right: 10, bottom: 26, left: 48 };
  const x = scaleBand().domain(months).range([margin.left, width - margin.right]).paddingInner(months.length > 60 ? 0 : 0.15);
  const totals = months.map((m) => (byMonth.get(m) || []).reduce((a, b) => a + b, 0));
  const y = scaleLinear().domain([0, Math.max(1, ...totals)]).nice().range([height - margin.bottom, margin.top]);
  const svg = create('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('width', '100%')
    .attr('role', 'img').attr('aria-label', label);
  const years = months.filter((m) => m.endsWith('-01'));
  const step = Math.ceil(years.length / 12) || 1;
  const ticks = years.length >= 2 ? years.filter((_, i) => i % step === 0) : months.filter((_, i) => i % Math.ceil(months.length / 10) === 0);
  svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${height - margin.bottom})`)
    .call(axisBottom(x).tickValues(ticks).tickFormat((m) => (years.length >= 2 ? m.slice(0, 4) : m)).tickSizeOuter(0));
  svg.append('g').attr('class', 'axis').attr('transform', `translate(${margin.left},0)`)
    .call(axisLeft(y).ticks(5).tickFormat((v) => number(v)))
    .call((g) => g.selectAll('.tick line').clone().attr('x2', width - margin.left - margin.right).attr('class', 'gridline'));
  const bars = svg.append('g');
  months.forEach((m, i) => {
    const counts = byMonth.get(m) || [];
    let base = 0;
    counts.forEach((c, s) => {
      if (!c) return;
      bars.append('rect').attr('class', 'bar').attr('x', x(m)).attr('width', Math.max(1, x.bandwidth()))
        .attr('y', y(base + c)).attr('height', y(base) - y(base + c)).attr('fill', series[s].color)
        .append('title').text(`${m} · ${series[s].name}: ${number(c)}`);
      base += c;
    });
    void i;
  });
  container.replaceChildren(svg.node(),
    el('div', { class: 'chart-legend' }, series.map((s) => el('span', {}, swatch(s.color), s.name))));
}
