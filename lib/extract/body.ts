/**
 * Turns Readability's article element into blocks in reading order: paragraphs, section headings
 * and photo captions (kept apart so summaries and quotations do not read "Ảnh: QUỐC CHIẾN" as prose).
 * Readability is run with keepClasses so caption boxes can still be recognized by class here.
 */
import type { BlockKind } from '../article';
import { classAndId, clean, isBlockTag, isElement, linkDensity, rawText, TEXT_NODE, textOf } from './dom';

export interface RawBlock {
  kind: BlockKind;
  text: string;
  /** Share of the text inside links. */
  links: number;
  /** Whole text inside <strong>/<b>: section headings and author lines on Vietnamese sites. */
  bold: boolean;
  /** Tag of the element the text came from, upper-case ('#run' for loose inline text). */
  tag: string;
}

const CAPTION_CLASS =
  /(^|[\s_-])(caption|figcaption|photocms_caption|pic_?caption|image_?caption|img_?caption|chu-?thich|chuthich|expnote|desc_image|image-desc|photo-desc|note-image|fig-?caption)/;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'FORM', 'NAV', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'SOURCE', 'HR', 'META', 'LINK']);
const LEAF_BLOCKS = new Set(['P', 'BLOCKQUOTE', 'LI', 'DT', 'DD', 'PRE', 'ADDRESS', 'FIGCAPTION', 'CAPTION', 'TD', 'TH']);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const MEDIA = 'img, picture, amp-img';

function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const t = tagOf(c);
    if (isBlockTag(t) && t !== 'BR' && t !== 'HR') return true;
    if (!SKIP.has(t) && hasBlockChild(c)) return true;
  }
  return false;
}

function isBold(el: Element, text: string): boolean {
  const boldText = Array.from(el.querySelectorAll('strong, b'))
    .filter((b) => !b.parentElement?.closest('strong, b') || b.parentElement === el)
    .map(textOf)
    .join(' ');
  return boldText.length > 0 && clean(boldText).length >= text.length * 0.9;
}

function isCaption(el: Element): boolean {
  const t = tagOf(el);
  if (t === 'FIGCAPTION' || t === 'CAPTION') return true;
  return CAPTION_CLASS.test(classAndId(el));
}

/** A figure that shows a clip, not a photo: its caption ("Clip: …") is not a photo caption. */
function isVideoOnly(el: Element): boolean {
  const fig = el.closest('figure');
  return !!fig && !fig.querySelector(MEDIA) && !!fig.querySelector('video, iframe, [data-video], .video');
}

/** Picture tables (`table.image`, `table.picture`): cells without the image are the caption. */
function isPictureTable(el: Element): boolean {
  return tagOf(el) === 'TABLE' && !!el.querySelector(MEDIA) && textOf(el).length < 1500;
}

export function collectBlocks(root: Element): RawBlock[] {
  const out: RawBlock[] = [];
  const push = (kind: BlockKind, text: string, links: number, bold: boolean, tag: string): void => {
    if (/[\p{L}\p{N}]/u.test(text)) out.push({ kind, text, links, bold, tag });
  };
  const emit = (el: Element, kind: BlockKind): void => {
    const text = textOf(el);
    push(kind, text, linkDensity(el), kind === 'paragraph' && isBold(el, text), tagOf(el));
  };

  const visit = (el: Element): void => {
    const tag = tagOf(el);
    if (SKIP.has(tag) || el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return;
    if (isCaption(el)) {
      if (!isVideoOnly(el)) emit(el, 'caption');
      return;
    }
    if (isPictureTable(el)) {
      for (const cell of Array.from(el.querySelectorAll('td, th'))) {
        if (!cell.querySelector(MEDIA) && !cell.querySelector('td')) emit(cell, 'caption');
      }
      return;
    }
    if (HEADINGS.has(tag)) {
      emit(el, 'heading');
      return;
    }
    if ((tag === 'UL' || tag === 'OL') && linkDensity(el) > 0.5) return; // related links, breadcrumbs, tags
    if (tag === 'TR' && !hasBlockChild(el)) {
      emit(el, 'paragraph');
      return;
    }
    if (LEAF_BLOCKS.has(tag) && !hasBlockChild(el)) {
      emit(el, 'paragraph');
      return;
    }
    visitChildren(el);
  };

  /** Loose text between blocks ("<div>text<br><br>text<p>…</p></div>") becomes paragraphs too. */
  const visitChildren = (el: Element): void => {
    let run: string[] = [];
    let runLinks = 0;
    let brs = 0;
    const flush = (): void => {
      const text = clean(run.join(''));
      if (text) push('paragraph', text, Math.min(1, runLinks / text.length), false, '#run');
      run = [];
      runLinks = 0;
    };
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) {
        const v = c.nodeValue ?? '';
        run.push(v);
        if (v.trim()) brs = 0;
        continue;
      }
      if (!isElement(c)) continue;
      const t = tagOf(c);
      if (t === 'BR') {
        brs++;
        run.push(' ');
        if (brs >= 2) flush();
        continue;
      }
      if (SKIP.has(t)) continue;
      if ((isBlockTag(t) || hasBlockChild(c) || isCaption(c)) && t !== 'HR') {
        flush();
        brs = 0;
        visit(c);
        continue;
      }
      brs = 0;
      run.push(rawText(c));
      if (t === 'A') runLinks += textOf(c).length;
      else runLinks += Array.from(c.querySelectorAll('a')).reduce((n, a) => n + textOf(a).length, 0);
    }
    flush();
  };

  visit(root);
  return out;
}
