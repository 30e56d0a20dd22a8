// The page's whole state lives in the URL query string, with the same parameter names as
// GET /api/search, so a page URL can be shared, bookmarked, reloaded and replayed against the API.

import { appendWorkbench, parseWorkbench } from './workbench-state.js';

export const FACETS = Object.freeze(['outlet', 'year', 'speaker', 'stance']);
export const SORTS = Object.freeze(['relevance', 'newest', 'oldest']);
const DEFAULT_SORT = 'relevance';

/** Reads a state from a query string ("?q=…&outlet=…"). Unknown parameters are ignored. */
export function parseState(search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const facet of FACETS) {
    // A repeated value means nothing more than one; keep the first occurrence's order.
    filters[facet] = [...new Set(params.getAll(facet).filter((v) => v !== ''))];
  }
  const sort = params.get('sort');
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const pageSize = Number.parseInt(params.get('pageSize') ?? '', 10);
  return {
    q: params.get('q') ?? '',
    filters,
    // An unknown sort is passed on untouched so that the API, not the page, explains what is wrong.
    sort: sort === null || sort === '' ? DEFAULT_SORT : sort,
    page: Number.isFinite(page) && page > 0 ? page : 1,
    pageSize: Number.isFinite(pageSize) && pageSize > 0 ? pageSize : null,
    ...parseWorkbench(params),
  };
}

/**
 * Serialises a state in a stable order. Defaults (sort=relevance, page=1) are left out so that
 * equal states give equal URLs. `forExport` drops paging, which an export of every match ignores.
 */
export function toSearchParams(state, { forExport = false, forApi = false } = {}) {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  for (const facet of FACETS) {
    for (const value of state.filters[facet]) params.append(facet, value);
  }
  if (state.sort !== DEFAULT_SORT) params.set('sort', state.sort);
  appendWorkbench(params, state, { forApi: forApi || forExport });
  if (!forExport) {
    if (state.page > 1) params.set('page', String(state.page));
    if (state.pageSize !== null) params.set('pageSize', String(state.pageSize));
  }
  return params;
}

/** The page-relative link ("?q=…", or "./" for the empty state) that shows `state`. */
export function hrefFor(state) {
  const query = toSearchParams(state).toString();
  return query === '' ? './' : `?${query}`;
}

function copy(state) {
  const filters = {};
  for (const facet of FACETS) filters[facet] = [...state.filters[facet]];
  return { ...state, filters };
}

/** Ticks or unticks one facet value; any filter change starts again at page 1. */
export function withFacetToggled(state, facet, value, checked) {
  const next = copy(state);
  const values = next.filters[facet].filter((v) => v !== value);
  next.filters[facet] = checked ? [...values, value] : values;
  next.page = 1;
  return next;
}

export function withoutFilters(state) {
  const next = copy(state);
  for (const facet of FACETS) next.filters[facet] = [];
  next.page = 1;
  return next;
}

export function withQuery(state, q) {
  return { ...copy(state), q, page: 1 };
}

export function withSort(state, sort) {
  return { ...copy(state), sort, page: 1 };
}

export function withPage(state, page) {
  return { ...copy(state), page };
}

export function hasFilters(state) {
  return FACETS.some((facet) => state.filters[facet].length > 0);
}

export function isSelected(state, facet, value) {
  return state.filters[facet].includes(value);
}
