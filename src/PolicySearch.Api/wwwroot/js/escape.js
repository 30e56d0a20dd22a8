// Turning untrusted strings into DOM safely. Article text, titles, speakers and URLs all come from
// scraped news pages, so nothing from the API is ever assigned to innerHTML. The one field that
// carries markup (a hit's `highlight`) is rebuilt node by node, with <mark> as the only element.

const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g;

/** Decodes the character references an HTML encoder emits; anything unknown stays literal text. */
export function decodeEntities(text) {
  return text.replace(ENTITY, (whole, dec, hex, name) => {
    if (name !== undefined) return Object.hasOwn(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name] : whole;
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex, 16);
    // Surrogate halves and out-of-range code points cannot be a character: keep the reference as typed.
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
    return String.fromCodePoint(code);
  });
}

const MARK_TAG = /<(\/?)mark>/gi;

/**
 * Builds a DocumentFragment from a server highlight ("escaped text with <mark>…</mark>").
 * The string is split on exactly `<mark>` and `</mark>`; every other piece is entity-decoded and
 * inserted as a text node, so a stray tag in it shows up as visible text instead of becoming markup.
 * Unbalanced or nested marks are tolerated: an opening tag inside a mark and a closing tag outside
 * one are dropped.
 */
export function highlightToFragment(highlight, doc = document) {
  const fragment = doc.createDocumentFragment();
  const source = String(highlight ?? '');
  let parent = fragment;
  let last = 0;
  for (const match of source.matchAll(MARK_TAG)) {
    appendText(parent, source.slice(last, match.index), doc);
    last = match.index + match[0].length;
    const closing = match[1] === '/';
    if (!closing && parent === fragment) {
      parent = fragment.appendChild(doc.createElement('mark'));
    } else if (closing && parent !== fragment) {
      parent = fragment;
    }
  }
  appendText(parent, source.slice(last), doc);
  return fragment;
}

function appendText(parent, encoded, doc) {
  if (encoded) parent.appendChild(doc.createTextNode(decodeEntities(encoded)));
}

/** Returns the URL if it is an absolute http(s) URL, else null (no javascript:, data:, relative…). */
export function safeHttpUrl(url) {
  if (typeof url !== 'string' || url.trim() === '') return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
