// The workbench's part of the page state: the date range (sent to the API) and the chart's view
// (year or month, count or share: page only). Kept apart so that state.js stays small.

export const INTERVALS = Object.freeze(['year', 'month']);
export const CHART_MODES = Object.freeze(['count', 'share']);
export const PAGE_SIZES = Object.freeze([10, 20, 50, 100]);

/** from/to as typed (the API explains a malformed one); interval and chart fall back to their defaults. */
export function parseWorkbench(params) {
  const interval = params.get('interval');
  const chart = params.get('chart');
  return {
    from: (params.get('from') ?? '').trim(),
    to: (params.get('to') ?? '').trim(),
    interval: INTERVALS.includes(interval) ? interval : 'year',
    chart: CHART_MODES.includes(chart) ? chart : 'count',
  };
}

/** Adds the date range; the chart's view only to page URLs (`forApi` leaves it out). */
export function appendWorkbench(params, state, { forApi = false } = {}) {
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (!forApi) {
    if (state.interval && state.interval !== 'year') params.set('interval', state.interval);
    if (state.chart && state.chart !== 'count') params.set('chart', state.chart);
  }
}

export function withDates(state, from, to) {
  return { ...state, filters: { ...state.filters }, from: from ?? '', to: to ?? '', page: 1 };
}

export function withView(state, view) {
  return { ...state, filters: { ...state.filters }, ...view };
}

export function withPageSize(state, pageSize) {
  return { ...state, filters: { ...state.filters }, pageSize, page: 1 };
}

export function hasDates(state) {
  return Boolean(state.from || state.to);
}
