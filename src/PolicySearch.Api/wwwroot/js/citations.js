// Per-hit actions of the workbench: "cite" (copies a citation: outlet, title, date, URL, paragraph number,
// permalink and index version), the permalink, and "quoted in N other outlets" (the quotation's echoes).

import { h, replaceChildren } from './dom.js';
import { echoes as fetchEchoes, permalink } from './api.js';
import { safeHttpUrl } from './escape.js';

/** The citation of a hit (or passage) as plain text. */
export function citationText(hit, indexVersion) {
  const parts = [
    hit.outlet || 'Unknown outlet',
    hit.title ? `“${hit.title}”` : null,
    hit.date || 'undated',
    safeHttpUrl(hit.url),
    `paragraph ${Number(hit.paragraph) + 1}`,
  ].filter(Boolean);
  return `${parts.join(', ')}. Permalink: ${permalink(hit.id)} (PolicySearch index ${indexVersion || 'unknown'}).`;
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The "Cite" button and the citation it shows (and copies when the browser lets it). */
export function citeAction(hit, getIndexVersion) {
  const output = h('p', { class: 'citation', hidden: true });
  const status = h('span', { class: 'citation-status', role: 'status' });
  const button = h('button', { type: 'button', class: 'link-button cite-button', 'aria-expanded': 'false' }, 'Cite');
  button.addEventListener('click', async () => {
    const text = citationText(hit, getIndexVersion());
    replaceChildren(output, h('span', { class: 'citation-text' }, text), ' ', status);
    output.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    status.textContent = (await copyText(text)) ? 'Copied to the clipboard.' : 'Select the text to copy it.';
    output.dataset.copied = status.textContent.startsWith('Copied') ? 'true' : 'false';
  });
  return { button, output };
}

export function permalinkAction(hit) {
  return h('a', { class: 'permalink', href: permalink(hit.id), title: 'A link to this paragraph that lasts across index rebuilds' }, 'Permalink');
}

/** "Quoted in N other outlets": opens the list of the other paragraphs carrying the quotation, oldest first. */
export function echoesAction(hit) {
  const summary = hit.echoes;
  if (!summary || !(summary.paragraphs > 0)) return { button: null, panel: null };
  const outlets = summary.outlets;
  const label = outlets > 0
    ? `Quoted in ${outlets} other outlet${outlets === 1 ? '' : 's'}`
    : `Quoted in ${summary.paragraphs} other paragraph${summary.paragraphs === 1 ? '' : 's'}`;
  const panel = h('div', { class: 'echoes', hidden: true });
  const button = h('button', { type: 'button', class: 'link-button echoes-button', 'aria-expanded': 'false' }, label);
  let loaded = false;
  button.addEventListener('click', async () => {
    const open = button.getAttribute('aria-expanded') === 'true';
    button.setAttribute('aria-expanded', String(!open));
    panel.hidden = open;
    if (open || loaded) return;
    replaceChildren(panel, h('p', { class: 'echoes-loading' }, 'Loading…'));
    try {
      const data = await fetchEchoes(hit.id);
      loaded = true;
      renderEchoes(panel, data);
    } catch (error) {
      replaceChildren(panel, h('p', { class: 'echoes-error' }, `The echoes could not be loaded: ${error.message}`));
    }
  });
  return { button, panel };
}

export function renderEchoes(panel, data) {
  const items = (data.echoes ?? []).map((echo) => h('li', { class: 'echo', dataset: { id: echo.id } },
    h('p', { class: 'echo-meta' },
      h('span', { class: 'echo-outlet' }, echo.outlet ?? 'Unknown outlet'),
      echo.date ? h('time', { datetime: echo.date }, echo.date) : h('span', {}, 'undated'),
      echo.earliest ? h('span', { class: 'echo-badge' }, 'earliest') : null,
      echo.quoted ? null : h('span', { class: 'echo-badge echo-unquoted' }, 'without quotation marks'),
      Array.isArray(echo.speakers) && echo.speakers.length > 0 ? h('span', { class: 'echo-speakers' }, echo.speakers.join(', ')) : null),
    h('p', { class: 'echo-text' }, echo.text ?? ''),
    h('a', { href: permalink(echo.id), class: 'permalink' }, 'Open paragraph')));
  replaceChildren(panel,
    h('p', { class: 'echoes-head' }, data.earliest ? 'This paragraph is the earliest. Repeated in:' : 'Also carried by (oldest first):'),
    h('ol', { class: 'echo-list' }, items));
}
