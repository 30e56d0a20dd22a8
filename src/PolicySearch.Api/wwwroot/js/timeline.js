// The chart of matches over time: one SVG bar per period (count, or share of all paragraphs of that period),
// zeros included. Bars are buttons: clicking one (or Enter/Space on it) narrows the date range to its period.

import { h, replaceChildren } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 600;
const HEIGHT = 120;
const numberFormat = new Intl.NumberFormat('en-US');
const percentFormat = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value !== null && value !== undefined && value !== false) element.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    element.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** The value a bar shows: matches, or matches as a share of the period's paragraphs. */
export function barValue(period, mode) {
  if (mode === 'share') return period.paragraphs > 0 ? period.matches / period.paragraphs : 0;
  return period.matches;
}

export function describe(period, mode) {
  const share = period.paragraphs > 0 ? period.matches / period.paragraphs : 0;
  const counts = `${numberFormat.format(period.matches)} of ${numberFormat.format(period.paragraphs)} paragraphs`;
  return mode === 'share' ? `${period.period}: ${percentFormat.format(share)} (${counts})` : `${period.period}: ${counts} (${percentFormat.format(share)})`;
}

/**
 * Renders `data` (GET /api/timeline) into `container`. onSelect(period) is called when a bar is chosen;
 * `selected` names the period the current date range is exactly (its bar is marked).
 */
export function renderTimeline(container, data, { mode = 'count', onSelect, selected = null } = {}) {
  const periods = Array.isArray(data?.periods) ? data.periods : [];
  if (periods.length === 0) {
    replaceChildren(container, h('p', { class: 'timeline-empty' }, 'No dated paragraphs in this range.'));
    return;
  }
  const max = Math.max(...periods.map((p) => barValue(p, mode)), mode === 'share' ? 0.0001 : 1);
  const slot = WIDTH / periods.length;
  const gap = Math.min(slot * 0.2, 6);
  const bars = periods.map((period, index) => {
    const value = barValue(period, mode);
    const height = value > 0 ? Math.max(2, (value / max) * (HEIGHT - 4)) : 0;
    const label = describe(period, mode);
    const choose = () => onSelect?.(period.period);
    return svg('g', {
      class: `timeline-bar${period.period === selected ? ' is-selected' : ''}${period.matches === 0 ? ' is-zero' : ''}`,
      role: 'button', tabindex: '0', 'aria-label': `${label}. Narrow the dates to ${period.period}`,
      'data-period': period.period, 'data-matches': String(period.matches), 'data-paragraphs': String(period.paragraphs),
      onclick: choose,
      onkeydown: (event) => {
        if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); choose(); }
      },
    },
    svg('title', {}, label),
    // A full-height transparent hit area, so a zero bar can be clicked too.
    svg('rect', { class: 'timeline-hit', x: index * slot, y: 0, width: slot, height: HEIGHT }),
    svg('rect', { class: 'timeline-fill', x: index * slot + gap / 2, y: HEIGHT - height, width: Math.max(1, slot - gap), height }));
  });
  const chart = svg('svg', {
    class: 'timeline-svg', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, preserveAspectRatio: 'none',
    role: 'group', 'aria-label': `Matches per ${data.interval ?? 'period'}, ${mode === 'share' ? 'share of all paragraphs' : 'count'}`,
  }, ...bars);
  const top = mode === 'share' ? percentFormat.format(max) : numberFormat.format(max);
  replaceChildren(container,
    h('div', { class: 'timeline-plot' }, h('span', { class: 'timeline-max', 'aria-hidden': 'true' }, top), chart),
    h('div', { class: 'timeline-axis', 'aria-hidden': 'true' },
      h('span', {}, periods[0].period),
      periods.length > 2 ? h('span', {}, periods[Math.floor(periods.length / 2)].period) : null,
      periods.length > 1 ? h('span', {}, periods.at(-1).period) : null));
}
