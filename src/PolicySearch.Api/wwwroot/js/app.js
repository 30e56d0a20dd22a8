// Wiring: URL → state → /api/search → render; user actions → new state → pushState → search again.
// Back/forward replay states from the URL (popstate); a reload restores the same page.

import { ApiError, exportHref, search } from './api.js';
import { h, replaceChildren } from './dom.js';
import { renderFacets } from './facets.js';
import { renderHits } from './hits.js';
import { renderPager } from './pager.js';
import * as workbench from './workbench.js';
import { hasDates, withDates } from './workbench-state.js';
import {
  FACETS, hasFilters, hrefFor, parseState, withFacetToggled, withoutFilters, withQuery, withSort,
} from './state.js';

const $ = (id) => document.getElementById(id);
const ui = {
  form: $('search-form'), q: $('q'), sort: $('sort'), exportLink: $('export'),
  results: $('results'), summary: $('summary'), error: $('error'), hits: $('hits'), pager: $('pager'),
  facets: $('facets'), clearFilters: $('clear-filters'), filtersToggle: $('filters-toggle'),
};
const numberFormat = new Intl.NumberFormat('en-US');

let state = parseState(window.location.search);
let inFlight = null;

workbench.init({ navigate: (next) => navigate(next) });

function navigate(next, { focusResults = false } = {}) {
  state = next;
  window.history.pushState(null, '', hrefFor(state));
  load({ focusResults });
}

async function load({ focusResults = false } = {}) {
  syncControls();
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  ui.results.setAttribute('aria-busy', 'true');
  try {
    const result = await search(state, controller.signal);
    showResult(result);
  } catch (error) {
    if (error.name === 'AbortError') return;
    showError(error instanceof ApiError ? error.problem : { title: 'Something went wrong', detail: String(error.message ?? error) });
  } finally {
    if (inFlight === controller) {
      inFlight = null;
      ui.results.setAttribute('aria-busy', 'false');
    }
  }
  if (focusResults) {
    ui.results.focus({ preventScroll: true });
    ui.results.scrollIntoView({ block: 'start' });
  }
}

/** Puts the state into the controls that are not re-rendered from results. */
function syncControls() {
  if (ui.q.value !== state.q) ui.q.value = state.q;
  ui.sort.value = state.sort;
  ui.exportLink.href = exportHref(state);
  ui.clearFilters.hidden = !hasFilters(state) && !hasDates(state);
  workbench.sync(state);
  document.title = state.q.trim() ? `${state.q.trim()} — PolicySearch` : 'PolicySearch';
}

function showResult(result) {
  ui.error.hidden = true;
  replaceChildren(ui.error);
  const { total, pageSize, hits } = result;
  const firstRank = (state.page - 1) * pageSize + 1;
  const summary = [
    h('strong', { id: 'total', dataset: { total: String(total) } }, numberFormat.format(total)),
    total === 1 ? ' paragraph' : ' paragraphs',
    summaryTail(total, state),
  ];
  if (hits.length > 0) {
    summary.push(h('span', { class: 'summary-range' },
      ` · showing ${numberFormat.format(firstRank)}–${numberFormat.format(firstRank + hits.length - 1)}`));
  }
  if (typeof result.tookMs === 'number') {
    summary.push(h('span', { class: 'summary-took' }, ` · ${result.tookMs.toFixed(1)} ms`));
  }
  replaceChildren(ui.summary, summary);

  workbench.showResult(state, result);
  renderFacets(ui.facets, result.facets, onFacetToggle, { getState: () => state });
  renderHits(ui.hits, hits, state, firstRank, { getIndexVersion: workbench.getIndexVersion });
  if (hits.length === 0) {
    replaceChildren(ui.hits, h('li', { class: 'no-hits' }, total > 0
      ? ['This page is past the last result. ', h('a', { href: hrefFor({ ...state, page: 1 }), dataset: { stateLink: '' } }, 'Go to the first page')]
      : 'No paragraph matches. Try fewer or broader words, OR between alternatives, a prefix like detain*, or fewer filters.'));
  }
  renderPager(ui.pager, state, total, pageSize);
}

function summaryTail(total, current) {
  const verb = total === 1 ? ' matches ' : ' match ';
  const q = current.q.trim();
  // A query that brings its own quotes (a phrase) is shown as typed, without a second pair around it.
  if (q) return [verb, q.includes('"') ? h('span', { class: 'summary-query' }, q) : h('q', { class: 'summary-query' }, q)];
  if (hasFilters(current)) return `${verb}the filters`;
  return ' in the collection';
}

function showError(problem) {
  const parts = [h('p', { class: 'error-title' }, problem.title || 'The search failed')];
  if (problem.detail) parts.push(h('p', { class: 'error-detail' }, problem.detail));
  const q = state.q;
  // A syntax error's position points into the query: show where, for queries short enough to read.
  if (Number.isInteger(problem.position) && problem.position >= 0 && problem.position <= q.length && q.length <= 200) {
    parts.push(h('pre', { class: 'error-where', 'aria-hidden': 'true' },
      q, '\n', ' '.repeat(problem.position), '^'));
  }
  replaceChildren(ui.error, parts);
  ui.error.hidden = false;
  replaceChildren(ui.summary);
  replaceChildren(ui.hits);
  renderPager(ui.pager, state, 0, 1);
  // Keep the selected filters visible (without counts) so they can still be removed.
  const selectedOnly = Object.fromEntries(FACETS.map((facet) =>
    [facet, state.filters[facet].map((value) => ({ value, count: null, selected: true }))]));
  renderFacets(ui.facets, selectedOnly, onFacetToggle, { hideEmpty: true });
}

function onFacetToggle(facet, value, checked) {
  navigate(withFacetToggled(state, facet, value, checked));
}

ui.form.addEventListener('submit', (event) => {
  event.preventDefault();
  navigate(withQuery(state, ui.q.value));
});

ui.sort.addEventListener('change', () => navigate(withSort(state, ui.sort.value)));

ui.clearFilters.addEventListener('click', () => navigate(withDates(withoutFilters(state), '', '')));

ui.filtersToggle.addEventListener('click', () => {
  const open = ui.filtersToggle.getAttribute('aria-expanded') !== 'true';
  ui.filtersToggle.setAttribute('aria-expanded', String(open));
  ui.filtersToggle.textContent = open ? 'Hide filters' : 'Show filters';
  ui.facets.classList.toggle('is-open', open);
});

// Links that carry a page state (pager, speaker names, "first page", the title) navigate in place;
// modified clicks (new tab, new window) keep the browser's default.
document.addEventListener('click', (event) => {
  const link = event.target.closest?.('a[data-state-link]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const focusResults = link.closest('#pager') !== null;
  navigate(parseState(new URL(link.href).search), { focusResults });
});

window.addEventListener('popstate', () => {
  state = parseState(window.location.search);
  load();
});

$('home-link').dataset.stateLink = '';
load();
