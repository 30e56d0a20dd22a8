// The speaker facet's type-ahead: every keystroke (debounced) asks /api/facets/speaker for the values having a
// word that starts with what was typed, counted under the current search, so it works with thousands of speakers.
// The suggestions are the facet's own checkboxes; ArrowDown moves into them, Escape clears the box.

import { facetValues } from './api.js';

const DELAY_MS = 150;

/**
 * Wires `input` to fetch suggestions for `facet` under `getState()`; render(values | null, error?) shows them
 * (null = the box is empty: show the facet's usual list).
 */
export function attachTypeahead(input, facet, getState, render) {
  let timer = null;
  let controller = null;
  const run = async () => {
    const prefix = input.value.trim();
    controller?.abort();
    if (prefix === '') {
      render(null);
      return;
    }
    controller = new AbortController();
    try {
      const data = await facetValues(getState(), facet, prefix, controller.signal);
      render(data.values ?? []);
    } catch (error) {
      if (error.name !== 'AbortError') render([], error);
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = input.parentElement?.querySelector('input[type=checkbox]');
      if (first) { event.preventDefault(); first.focus(); }
    } else if (event.key === 'Escape' && input.value !== '') {
      event.preventDefault();
      input.value = '';
      run();
    }
  });
  if (input.value.trim() !== '') run();
}
