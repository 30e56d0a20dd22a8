// The ranked hit list. Each hit is a paragraph: its highlight, its article (title linking out),
// outlet, date, speakers (each a link that filters by that speaker), stance with its evidence,
// and a "context" toggle that fetches the neighbouring paragraphs.

import { h, replaceChildren } from './dom.js';
import { highlightToFragment, safeHttpUrl } from './escape.js';
import { hrefFor, isSelected, withFacetToggled } from './state.js';
import { passage } from './api.js';
import { citeAction, echoesAction, permalinkAction } from './citations.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2017-08-28" → "28 Aug 2017", "2017-08" → "Aug 2017", "2017" → "2017"; anything else as given. */
export function formatDate(date) {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date ?? '');
  if (!match) return date ?? '';
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (month && !monthName) return date;
  return [day ? String(Number(day)) : null, monthName, year].filter(Boolean).join(' ');
}

/** Renders one page of hits into the <ol>; `state` is the page state the hits answer. */
export function renderHits(list, hits, state, firstRank, { getIndexVersion = () => null } = {}) {
  list.start = firstRank;
  replaceChildren(list, hits.map((hit) => hitItem(hit, state, getIndexVersion)));
}

function hitItem(hit, state, getIndexVersion) {
  const titleId = `hit-${hit.id}-title`;
  const text = h('p', { class: 'hit-text' }, highlightToFragment(hit.highlight ?? hit.text ?? ''));
  const context = contextToggle(hit, text);
  const cite = citeAction(hit, getIndexVersion);
  const echoed = echoesAction(hit);
  return h('li', { class: 'hit', dataset: { id: hit.id } },
    h('article', { 'aria-labelledby': titleId },
      h('header', { class: 'hit-header' },
        h('h3', { class: 'hit-title', id: titleId }, titleLink(hit)),
        h('p', { class: 'hit-meta' },
          h('span', { class: 'hit-outlet' }, hit.outlet ?? 'Unknown outlet'),
          hit.date ? h('time', { datetime: hit.date }, formatDate(hit.date)) : null,
          h('span', { class: 'hit-paragraph', title: 'Paragraph number within the article' },
            `¶ ${Number(hit.paragraph) + 1}`))),
      text,
      h('footer', { class: 'hit-facts' },
        stance(hit),
        speakers(hit, state),
        echoed.button,
        h('span', { class: 'hit-actions' }, context, cite.button, permalinkAction(hit))),
      cite.output,
      echoed.panel));
}

function titleLink(hit) {
  const title = hit.title?.trim() ? hit.title : `Untitled article ${hit.articleId}`;
  const url = safeHttpUrl(hit.url);
  // Article URLs come from scraped data: only http(s) becomes a link, opened without window.opener.
  return url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, title) : title;
}

function stance(hit) {
  if (!hit.stance) return null;
  const evidence = Array.isArray(hit.stanceEvidence) ? hit.stanceEvidence.filter(Boolean).map(String) : [];
  // The raw evidence, exactly as the analysis recorded it, stays available on hover.
  const why = evidence.length > 0 ? `Stance evidence: ${evidence.join(' · ')}` : 'No stance cue found';
  const readable = evidence.map(describeEvidence).filter(Boolean);
  return h('span', { class: 'hit-stance' },
    h('span', { class: `stance-badge stance-${hit.stance}`, title: why }, hit.stance),
    readable.length > 0
      ? h('span', { class: 'stance-evidence', title: why },
          readable.slice(0, 3).join(', ') + (readable.length > 3 ? ', …' : ''))
      : null);
}

/**
 * Puts the analysis' evidence tokens into words: "cue:+welcoming" → “welcoming”,
 * "cue:-fear(negated)" → not “fear”, "speaker-prior:X(+2)" → usual view of X, "rules:neutral" → rules: neutral,
 * "model:supports=0.58,opposes=0.12,neutral=0.30" → model: supports 0.58 (its likeliest stance),
 * "model-words:fear|protect" → words “fear”, “protect”. Tokens of another shape are shown as they are, so a new
 * kind of evidence is never hidden.
 */
export function describeEvidence(token) {
  const cue = /^cue:[+-]?(.+?)(\(negated\))?$/.exec(token);
  if (cue) return cue[2] ? `not “${cue[1]}”` : `“${cue[1]}”`;
  const prior = /^speaker-prior:(.+?)(\([+-]?\d+\))?$/.exec(token);
  if (prior) return `usual view of ${prior[1]}`;
  if (token === 'balanced-or-weak') return 'mixed or weak cues';
  const rules = /^rules:(\w+)$/.exec(token);
  if (rules) return `rules: ${rules[1]}`;
  const model = /^model:(.+)$/.exec(token);
  if (model) {
    const likeliest = model[1].split(',').map((pair) => pair.split('='))
      .filter((pair) => pair.length === 2 && pair[1] !== '' && !Number.isNaN(Number(pair[1])))
      .sort((a, b) => Number(b[1]) - Number(a[1]))[0];
    if (likeliest) return `model: ${likeliest[0]} ${likeliest[1]}`;
  }
  const words = /^model-words:(.+)$/.exec(token);
  if (words) return `words ${words[1].split('|').map((word) => `“${word}”`).join(', ')}`;
  return token;
}

function speakers(hit, state) {
  const names = Array.isArray(hit.speakers) ? hit.speakers.filter(Boolean) : [];
  if (names.length === 0) return null;
  return h('span', { class: 'hit-speakers' },
    h('span', { class: 'facts-label' }, names.length === 1 ? 'Speaker' : 'Speakers'),
    names.map((name, index) => [
      index > 0 ? ', ' : null,
      isSelected(state, 'speaker', name)
        ? h('strong', { class: 'speaker' }, name)
        : h('a', {
            class: 'speaker', href: hrefFor(withFacetToggled(state, 'speaker', name, true)),
            title: `Only paragraphs quoting ${name}`, dataset: { stateLink: '' },
          }, name),
    ]));
}

/** "Show context": fetch the neighbouring paragraphs once, then toggle them around the hit text. */
function contextToggle(hit, textElement) {
  const button = h('button', { type: 'button', class: 'link-button context-toggle', 'aria-expanded': 'false' }, 'Show context');
  let blocks = null;
  button.addEventListener('click', async () => {
    const open = button.getAttribute('aria-expanded') === 'true';
    if (open) {
      blocks?.forEach((block) => { block.hidden = true; });
      button.setAttribute('aria-expanded', 'false');
      button.textContent = 'Show context';
      return;
    }
    if (!blocks) {
      button.disabled = true;
      button.textContent = 'Loading context…';
      try {
        const data = await passage(hit.id);
        blocks = [
          contextBlock('Previous paragraph', neighbourText(data.previous), 'context-before'),
          contextBlock('Next paragraph', neighbourText(data.next), 'context-after'),
        ];
        textElement.before(blocks[0]);
        textElement.after(blocks[1]);
      } catch (error) {
        blocks = null;
        button.disabled = false;
        button.textContent = 'Context unavailable — retry';
        button.title = error.message;
        return;
      }
      button.disabled = false;
    }
    blocks.forEach((block) => { block.hidden = false; });
    button.setAttribute('aria-expanded', 'true');
    button.textContent = 'Hide context';
  });
  return button;
}

function neighbourText(neighbour) {
  if (neighbour === null || neighbour === undefined) return null;
  if (typeof neighbour === 'string') return neighbour;
  if (Array.isArray(neighbour)) return neighbour.map(neighbourText).filter(Boolean).join('\n\n') || null;
  return neighbour.text ?? null;
}

function contextBlock(label, text, className) {
  return h('p', { class: `hit-context ${className}`, 'aria-label': label },
    text ?? (className === 'context-before' ? 'Start of the article.' : 'End of the article.'));
}
