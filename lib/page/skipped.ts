import { blockOf } from './blocks';

// Elements whose text is never read: code, forms and controls, graphics, page chrome and the extension's own UI.
const EXCLUDED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'pre',
  'code',
  'svg',
  'math',
  'header',
  'nav',
  'footer',
  'aside',
  'minusma-reader-ui',
]);

// Text beside a `<time>` in its line, past which the line is a sentence and its date one the article reports.
const BYLINE_CHARS = 60;

/**
 * A `<time datetime>` that is all or nearly all of its line (`<p><time>28 January 2023</time></p>`,
 * `By Jane Doe, <time>…</time>`) is the article's dateline or byline: the page's own metadata, not a
 * date the article reports, so it is not read.
 */
function isDateline(time: Element): boolean {
  if (!time.hasAttribute('datetime')) return false;
  const line = blockOf(time);
  if (!line) return false;
  const own = time.textContent?.trim().length ?? 0;
  // Counted only as far as needed: a `<time>` straight inside the article would otherwise copy all its text.
  const walker = time.ownerDocument.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  let length = 0;
  for (let node = walker.nextNode(); node && length - own < BYLINE_CHARS; node = walker.nextNode())
    length += (node as Text).data.trim().length;
  return length - own < BYLINE_CHARS;
}

// How sites introduce a link to another story inside an article: `READ ALSO: …`, `À lire aussi : …`.
// The words stand alone before a colon, a bar or a dash, or the link that follows (`<b>Lire aussi</b> <a>…</a>`).
const TEASER =
  /^\s*(?:read (?:also|more)|see also|related(?: stories| articles)?|(?:à |a )?lire (?:aussi|également)|voir aussi)\s*(?:[:|\-\u2013\u2014]|$)/i;
// Longer than this, a paragraph that starts so is the article's own.
const TEASER_CHARS = 200;

/** A short paragraph that only points to another story: not the article's text. */
function isTeaser(p: Element): boolean {
  let first = p.firstChild;
  while (first && first.nodeType === Node.ELEMENT_NODE) first = first.firstChild;
  return first?.nodeType === Node.TEXT_NODE && TEASER.test((first as Text).data) && (p.textContent?.length ?? 0) < TEASER_CHARS;
}

/** A list whose every word is a link (related stories, tags): the site's navigation, not the article's text. */
function isLinkList(list: Element): boolean {
  const walker = list.ownerDocument.createTreeWalker(list, NodeFilter.SHOW_TEXT);
  let linked = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node as Text).data.trim()) continue;
    if (!node.parentElement?.closest('a')) return false;
    linked = true;
  }
  return linked;
}

/** True for an element whose text is never read (its own or any of its descendants'). */
export function excludes(element: Element): boolean {
  const name = element.localName;
  if (EXCLUDED_TAGS.has(name) || element.hasAttribute('contenteditable')) return true;
  if (name === 'time') return isDateline(element);
  if (name === 'p') return isTeaser(element);
  return (name === 'ul' || name === 'ol') && isLinkList(element);
}

const EXCLUDED = [...EXCLUDED_TAGS, '[contenteditable]'].join(', ');

/**
 * True for a node inside an excluded element, by its tag: the page's changes are filtered by this on every
 * page, so it is one native `closest`, without the text-reading rules (datelines, teasers, link lists).
 */
export function isExcluded(node: Node): boolean {
  return (node instanceof Element ? node : node.parentElement)?.closest(EXCLUDED) != null;
}
