// The facet sidebar: one group of checkboxes per facet, values in the API's order (count, then name).
// Counts are drill-sideways, so ticking more values of one facet widens (OR) and other facets narrow (AND).

import { h, replaceChildren } from './dom.js';
import { FACETS } from './state.js';
import { attachTypeahead } from './typeahead.js';

const LABELS = { outlet: 'Outlet', year: 'Year', speaker: 'Speaker', stance: 'Stance' };
/** Values shown before "Show all"; also the list length from which a filter box is offered. */
const COLLAPSED_LIMIT = 8;

// Per-facet view state that is not worth a URL parameter (it survives re-renders, not reloads).
const view = new Map(FACETS.map((facet) => [facet, { expanded: false, filter: '' }]));

const numberFormat = new Intl.NumberFormat('en-US');

/** Folds case and accents so "lopez" finds "López" in a facet's filter box. */
function fold(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Renders every facet into `container`.
 * facets: { outlet: [{ value, count, selected }], … } as /api/search returns it; a count may be null
 * when unknown (after an error only the selected values are shown, so they can still be unticked).
 * onToggle(facet, value, checked) is called when a checkbox changes.
 * hideEmpty leaves out facets without values (used when counts are unknown rather than zero).
 */
export function renderFacets(container, facets, onToggle, { hideEmpty = false, getState = null } = {}) {
  const focused = rememberFocus(container);
  const shown = FACETS.filter((facet) => !hideEmpty || (facets?.[facet]?.length ?? 0) > 0);
  replaceChildren(container, shown.map((facet) => facetGroup(facet, facets?.[facet] ?? [], onToggle, getState)));
  restoreFocus(container, focused);
}

function facetGroup(facet, values, onToggle, getState) {
  const state = view.get(facet);
  // The speaker box asks the server (type-ahead over every speaker), the others filter the listed values.
  const remote = facet === 'speaker' && typeof getState === 'function';
  let suggestions = null;
  const headingId = `facet-${facet}-heading`;
  const list = h('ul', { class: 'facet-values', id: `facet-${facet}-values` });
  const more = h('button', { type: 'button', class: 'link-button facet-more', 'aria-controls': list.id });
  const filterBox = values.length > COLLAPSED_LIMIT || remote
    ? h('input', {
        type: 'search', class: 'facet-filter', value: state.filter,
        placeholder: remote ? 'Find a speaker…' : `Filter ${facet}s…`,
        'aria-label': remote ? 'Find a speaker by name' : `Filter ${LABELS[facet].toLowerCase()} values`, 'aria-controls': list.id,
        autocomplete: 'off', dataset: { facetFilter: facet },
        oninput: (event) => { state.filter = event.target.value; if (!remote) renderValues(); },
      })
    : null;

  function renderValues() {
    const needle = remote ? '' : fold(state.filter.trim());
    let shown;
    if (remote && suggestions !== null) {
      // Selected values stay visible (and untickable) above the suggestions.
      const suggested = new Set(suggestions.map((v) => v.value));
      shown = [...values.filter((v) => v.selected && !suggested.has(v.value)), ...suggestions];
    } else if (filterBox && needle !== '') {
      shown = values.filter((v) => v.selected || fold(String(v.value)).includes(needle));
    } else if (state.expanded) {
      shown = values;
    } else {
      // Selected values are always visible, even when they sit beyond the collapsed limit.
      shown = values.filter((v, index) => index < COLLAPSED_LIMIT || v.selected);
    }
    replaceChildren(list, shown.length > 0
      ? shown.map((v) => facetValue(facet, v, onToggle))
      : h('li', { class: 'facet-empty' }, values.length === 0 ? 'No values' : 'No matching values'));

    const collapsible = values.length > COLLAPSED_LIMIT && needle === '';
    more.hidden = !collapsible;
    more.textContent = state.expanded ? 'Show fewer' : `Show all ${numberFormat.format(values.length)}`;
    more.setAttribute('aria-expanded', String(state.expanded));
  }
  more.addEventListener('click', () => { state.expanded = !state.expanded; renderValues(); });
  renderValues();
  if (remote) {
    attachTypeahead(filterBox, facet, getState, (found, error) => {
      suggestions = found;
      renderValues();
      if (found !== null) more.hidden = true;
      list.dataset.suggestions = found === null ? '' : String(found.length);
      if (error) list.title = error.message;
    });
  }

  return h('section', { class: `facet facet-${facet}`, 'aria-labelledby': headingId },
    h('h3', { id: headingId }, LABELS[facet]),
    filterBox,
    list,
    more);
}

function facetValue(facet, { value, count, selected }, onToggle) {
  const text = String(value);
  const empty = count === 0 && !selected;
  return h('li', { class: empty ? 'is-empty' : null },
    h('label', { class: 'facet-option' },
      h('input', {
        type: 'checkbox', name: facet, value: text, checked: Boolean(selected),
        dataset: { facet, value: text },
        onchange: (event) => onToggle(facet, text, event.target.checked),
      }),
      h('span', { class: facet === 'stance' ? `facet-label stance-label stance-${text}` : 'facet-label' }, text),
      count === null || count === undefined ? null : h('span', { class: 'facet-count' }, numberFormat.format(count))));
}

// Re-rendering replaces the checkboxes; keep keyboard users where they were.
function rememberFocus(container) {
  const active = document.activeElement;
  if (!container.contains(active)) return null;
  if (active.dataset.facetFilter) return `input[data-facet-filter="${CSS.escape(active.dataset.facetFilter)}"]`;
  if (active.dataset.facet) {
    return `input[data-facet="${CSS.escape(active.dataset.facet)}"][data-value="${CSS.escape(active.dataset.value)}"]`;
  }
  return null;
}

function restoreFocus(container, selector) {
  if (selector) container.querySelector(selector)?.focus();
}
