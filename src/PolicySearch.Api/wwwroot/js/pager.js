// Previous / next and numbered page links. They are real links (shareable, open in a new tab);
// app.js turns a plain click into a history.pushState navigation.

import { h, replaceChildren } from './dom.js';
import { hrefFor, withPage } from './state.js';

/** Page numbers to show: first, last, and a window around the current page, with gaps as null. */
export function pageWindow(current, count, radius = 2) {
  const pages = new Set([1, count]);
  for (let p = current - radius; p <= current + radius; p += 1) {
    if (p >= 1 && p <= count) pages.add(p);
  }
  const sorted = [...pages].filter((p) => p >= 1).sort((a, b) => a - b);
  const withGaps = [];
  for (const page of sorted) {
    const previous = withGaps.at(-1);
    if (typeof previous === 'number' && page - previous === 2) withGaps.push(previous + 1);
    else if (typeof previous === 'number' && page - previous > 2) withGaps.push(null);
    withGaps.push(page);
  }
  return withGaps;
}

export function renderPager(nav, state, total, pageSize) {
  const count = Math.ceil(total / pageSize);
  if (count <= 1 && state.page <= 1) {
    replaceChildren(nav);
    nav.hidden = true;
    return;
  }
  nav.hidden = false;
  const link = (page, label, extra = {}) => h('a', { href: hrefFor(withPage(state, page)), dataset: { stateLink: '' }, ...extra }, label);
  const items = [
    state.page > 1
      ? link(state.page - 1, '‹ Previous', { rel: 'prev', class: 'pager-step' })
      : h('span', { class: 'pager-step', 'aria-disabled': 'true' }, '‹ Previous'),
    pageWindow(Math.min(state.page, count), count).map((page) => (page === null
      ? h('span', { class: 'pager-gap', 'aria-hidden': 'true' }, '…')
      : page === state.page
        ? h('span', { class: 'pager-page', 'aria-current': 'page' }, String(page))
        : link(page, String(page), { class: 'pager-page', 'aria-label': `Page ${page}` }))),
    state.page < count
      ? link(state.page + 1, 'Next ›', { rel: 'next', class: 'pager-step' })
      : h('span', { class: 'pager-step', 'aria-disabled': 'true' }, 'Next ›'),
  ];
  replaceChildren(nav, items);
}
