// The permalink page /p/{id}: the paragraph highlighted in its article, with its citation and its echoes.

import { ApiError, article as fetchArticle, echoes as fetchEchoes, passage as fetchPassage } from './api.js';
import { citationText, renderEchoes } from './citations.js';
import { h, replaceChildren } from './dom.js';
import { safeHttpUrl } from './escape.js';
import { formatDate } from './hits.js';

const $ = (id) => document.getElementById(id);

function passageId() {
  const last = window.location.pathname.split('/').filter(Boolean).at(-1) ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

async function show() {
  const id = passageId();
  const main = $('passage');
  try {
    const found = await fetchPassage(id);
    const info = found.article;
    const full = await fetchArticle(info.articleId);
    const version = found.indexVersion ?? full.indexVersion;
    const title = info.title?.trim() ? info.title : `Untitled article ${info.articleId}`;
    document.title = `${title} ¶ ${found.passage.paragraph + 1} — PolicySearch`;
    const url = safeHttpUrl(info.url);
    replaceChildren($('passage-title'), url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, title) : title);
    replaceChildren($('passage-meta'),
      h('span', { class: 'hit-outlet' }, info.outlet ?? 'Unknown outlet'),
      info.date ? h('time', { datetime: info.date }, formatDate(info.date)) : null,
      h('span', {}, `¶ ${found.passage.paragraph + 1}`),
      h('span', { class: 'index-version' }, `index ${version ?? 'unknown'}`));
    replaceChildren($('passage-paragraphs'), full.paragraphs.map((paragraph) => h('li', {
      class: paragraph.id === found.passage.id ? 'passage-paragraph is-cited' : 'passage-paragraph',
      id: `p-${paragraph.id}`, value: String(paragraph.paragraph + 1),
    }, paragraph.text)));
    const citation = citationText({ ...info, id: found.passage.id, paragraph: found.passage.paragraph }, version);
    $('passage-cite').addEventListener('click', async () => {
      const output = $('passage-citation');
      replaceChildren(output, citation);
      output.hidden = false;
      try { await navigator.clipboard.writeText(citation); } catch { /* shown for manual copying */ }
    });
    $('passage-article').hidden = false;
    document.getElementById(`p-${found.passage.id}`)?.scrollIntoView({ block: 'center' });
    const echoes = await fetchEchoes(found.passage.id);
    if ((echoes.echoes ?? []).length > 0) {
      renderEchoes($('passage-echoes'), echoes);
      $('passage-echoes').hidden = false;
    }
  } catch (error) {
    const problem = error instanceof ApiError ? error.problem : { title: 'Something went wrong', detail: String(error.message ?? error) };
    replaceChildren($('passage-error'), h('p', { class: 'error-title' }, problem.title), h('p', { class: 'error-detail' }, problem.detail ?? ''));
    $('passage-error').hidden = false;
  } finally {
    main.setAttribute('aria-busy', 'false');
  }
}

show();
