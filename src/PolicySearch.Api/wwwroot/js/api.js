// The only module that talks to the server. Every non-2xx answer becomes an ApiError carrying the
// RFC 9457 problem details the API sends (title, status, detail, code?, position?).

import { toSearchParams } from './state.js';

export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || 'The request failed.');
    this.name = 'ApiError';
    this.problem = problem;
  }
}

function apiUrl(path, params) {
  // Resolved against the page, so the app also works when hosted below a path prefix.
  const url = new URL(path, document.baseURI);
  if (params) url.search = params.toString();
  return url;
}

async function getJson(url, signal) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError({ title: 'Network error', status: 0, detail: 'The search service could not be reached. Is it running?' });
  }
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    throw new ApiError({
      title: body?.title ?? `HTTP ${response.status}`,
      status: response.status,
      detail: body?.detail ?? response.statusText ?? '',
      code: body?.code,
      position: body?.position,
    });
  }
  if (body === null) {
    throw new ApiError({ title: 'Unexpected response', status: response.status, detail: 'The server did not answer with JSON.' });
  }
  return body;
}

/** GET /api/search for a page state. */
export function search(state, signal) {
  return getJson(apiUrl('api/search', toSearchParams(state, { forApi: true })), signal);
}

/** GET /api/passages/{id}: one paragraph with its neighbours. */
export function passage(id, signal) {
  return getJson(apiUrl(`api/passages/${encodeURIComponent(id)}`), signal);
}

/** The CSV export of every match of the state's query and filters (paging does not apply). */
export function exportHref(state, format = 'csv') {
  const params = toSearchParams(state, { forExport: true });
  params.set('format', format);
  return apiUrl('api/export', params).href;
}

/** GET /api/facets/{facet}: the facet's values with a word starting with `prefix`, counted under the state's search. */
export function facetValues(state, facet, prefix, signal, limit = 20) {
  const params = toSearchParams(state, { forExport: true });
  params.set('prefix', prefix);
  params.set('limit', String(limit));
  return getJson(apiUrl(`api/facets/${encodeURIComponent(facet)}`, params), signal);
}

/** GET /api/timeline: matches and all paragraphs per year or month under the state's search. */
export function timeline(state, interval, signal) {
  const params = toSearchParams(state, { forExport: true });
  params.set('interval', interval);
  return getJson(apiUrl('api/timeline', params), signal);
}

/** GET /api/passages/{id}/echoes: the other paragraphs carrying the same quotation. */
export function echoes(id, signal) {
  return getJson(apiUrl(`api/passages/${encodeURIComponent(id)}/echoes`), signal);
}

/** GET /api/articles/{articleId}. */
export function article(id, signal) {
  return getJson(apiUrl(`api/articles/${encodeURIComponent(id)}`), signal);
}

/** The permalink page of a passage, absolute. */
export function permalink(id) {
  return apiUrl(`p/${encodeURIComponent(id)}`).href;
}
