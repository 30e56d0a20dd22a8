// The researcher's workbench around the hit list: active filters as removable chips, the date range,
// the chart of matches over time, the page size, the CSV/JSONL exports and the "/" shortcut.
// app.js calls init() once, sync(state) whenever the state changes and showResult(state, result) with results.

import { exportHref, timeline as fetchTimeline } from './api.js';
import { h, replaceChildren } from './dom.js';
import { FACETS, withFacetToggled } from './state.js';
import { renderTimeline } from './timeline.js';
import { PAGE_SIZES, hasDates, withDates, withPageSize, withView } from './workbench-state.js';

const LABELS = { outlet: 'Outlet', year: 'Year', speaker: 'Speaker', stance: 'Stance' };
const $ = (id) => document.getElementById(id);

let ui = null;
let navigate = null;
let timelineRequest = null;
let lastTimelineKey = null;
let currentState = null;
/** The build id of the index that answered last (for citations). */
let indexVersion = null;

export function getIndexVersion() {
  return indexVersion;
}

export function init({ navigate: go }) {
  navigate = go;
  ui = {
    chips: $('chips'), dates: $('date-form'), from: $('from'), to: $('to'), pageSize: $('page-size'),
    csv: $('export'), jsonl: $('export-jsonl'), chart: $('timeline-chart'), timeline: $('timeline'),
    intervalButtons: [...document.querySelectorAll('[data-interval]')], modeButtons: [...document.querySelectorAll('[data-chart]')],
    q: $('q'),
  };
  for (const size of PAGE_SIZES) ui.pageSize.append(h('option', { value: String(size) }, `${size} per page`));
  ui.dates.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(withDates(currentState, ui.from.value.trim(), ui.to.value.trim()));
  });
  ui.pageSize.addEventListener('change', () => navigate(withPageSize(currentState, Number(ui.pageSize.value))));
  for (const button of ui.intervalButtons) {
    button.addEventListener('click', () => navigate(withView(currentState, { interval: button.dataset.interval })));
  }
  for (const button of ui.modeButtons) {
    button.addEventListener('click', () => navigate(withView(currentState, { chart: button.dataset.chart })));
  }
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    event.preventDefault();
    ui.q.focus();
    ui.q.select();
  });
}

function isTyping(target) {
  return target instanceof HTMLElement
    && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Puts the state into the workbench's controls and reloads the chart when its inputs changed. */
export function sync(state) {
  currentState = state;
  if (document.activeElement !== ui.from) ui.from.value = state.from;
  if (document.activeElement !== ui.to) ui.to.value = state.to;
  ui.pageSize.value = String(state.pageSize ?? 10);
  ui.csv.href = exportHref(state, 'csv');
  ui.jsonl.href = exportHref(state, 'jsonl');
  for (const button of ui.intervalButtons) button.setAttribute('aria-pressed', String(button.dataset.interval === state.interval));
  for (const button of ui.modeButtons) button.setAttribute('aria-pressed', String(button.dataset.chart === state.chart));
  renderChips(state);
  loadTimeline(state);
}

export function showResult(state, result) {
  if (typeof result?.indexVersion === 'string') indexVersion = result.indexVersion;
}

function renderChips(state) {
  const chips = [];
  for (const facet of FACETS) {
    for (const value of state.filters[facet]) {
      chips.push(chip(`${LABELS[facet]}: ${value}`, () => navigate(withFacetToggled(state, facet, value, false)), { facet, value }));
    }
  }
  if (hasDates(state)) {
    const label = state.from && state.to ? (state.from === state.to ? state.from : `${state.from} – ${state.to}`)
      : state.from ? `from ${state.from}` : `until ${state.to}`;
    chips.push(chip(`Date: ${label}`, () => navigate(withDates(state, '', '')), { facet: 'date', value: label }));
  }
  replaceChildren(ui.chips, chips);
  ui.chips.hidden = chips.length === 0;
}

function chip(label, remove, data) {
  return h('li', { class: 'chip', dataset: { chipFacet: data.facet, chipValue: data.value } },
    h('span', { class: 'chip-label' }, label),
    h('button', { type: 'button', class: 'chip-remove', 'aria-label': `Remove filter ${label}`, title: 'Remove this filter', onclick: remove }, '×'));
}

async function loadTimeline(state) {
  const key = JSON.stringify([state.q, state.filters, state.from, state.to, state.interval, state.chart]);
  if (key === lastTimelineKey) return;
  lastTimelineKey = key;
  timelineRequest?.abort();
  const controller = new AbortController();
  timelineRequest = controller;
  ui.timeline.setAttribute('aria-busy', 'true');
  try {
    const data = await fetchTimeline(state, state.interval, controller.signal);
    if (typeof data.indexVersion === 'string') indexVersion = data.indexVersion;
    const selected = state.from && state.from === state.to ? state.from : null;
    renderTimeline(ui.chart, data, {
      mode: state.chart,
      selected,
      onSelect: (period) => navigate(withDates(currentState, period, period)),
    });
    ui.timeline.hidden = false;
  } catch (error) {
    if (error.name === 'AbortError') return;
    // The search's own error box explains a bad query or date; the chart just steps aside.
    replaceChildren(ui.chart);
    ui.timeline.hidden = true;
    lastTimelineKey = null;
  } finally {
    if (timelineRequest === controller) ui.timeline.setAttribute('aria-busy', 'false');
  }
}
