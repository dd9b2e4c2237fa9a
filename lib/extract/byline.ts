/**
 * Who wrote it. Vietnamese pages put the reporter in JSON-LD, in meta tags that often name the site
 * instead ("VnExpress", "VCCorp.vn"), or only in the body's last line ("NGỌC THANH", "Lê Phương").
 * Bylines come as "Theo Phạm Trường", "Thế Duyệt, Đời sống Pháp luật" (person, source paper) and
 * initials ("TP"); the person is kept, the source and the prefix are not.
 */
import { NEWS_SITES } from '../sites';
import { fold } from '../text/normalize';
import { clean, metaContent, textOf } from './dom';
import type { LdArticle } from './jsonld';

const PREFIX = /^(theo|bài và ảnh|bài, ảnh|bài:|ảnh:|tác giả:?|phóng viên:?|pv:?|nhóm pv:?|by|ghi chép:?|thực hiện:?|bài)\s*:?\s+/iu;
const SOURCE_WORDS = /^(bao|tap chi|ttxvn|thong tan xa|dai|kenh|vtv|vov|tt\.?|trang|cong thong tin|nguon|tin tuc)\b/;
const NOT_A_NAME = /\b(theo doi|binh luan|chia se|dang nhap|lien he|quang cao|xem them|tin lien quan|doc nhieu|tac gia|ban doc|nguon|nhom|pv|ctv|btv|phong vien|ban bien tap|toa soan)\b/;

/** A word of a personal name: capitalized ("Ngọc", "Thế"), or all caps ("THANH"). */
function isNameWord(w: string): boolean {
  return /^\p{Lu}[\p{L}\p{M}'’.]*$/u.test(w);
}

/** Role abbreviations (reporter, editor, collaborator) that are not anybody's initials. */
const ROLES = new Set(['PV', 'BTV', 'CTV', 'NV', 'QTV', 'TPV', 'NPV']);

/** "TP", "H.L", "NTH": a byline of initials only, given verbatim. */
function isInitials(s: string): boolean {
  const t = s.replace(/\s+/g, '');
  return /^(\p{Lu}\.?){1,4}$/u.test(t) && !ROLES.has(t.replace(/\./g, ''));
}

export function looksLikePersonName(s: string): boolean {
  const t = clean(s);
  if (!t || t.length > 40 || /[\d:;!?@/]/.test(t)) return false;
  if (isInitials(t)) return true;
  const words = t.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  return words.every(isNameWord) && !NOT_A_NAME.test(fold(t));
}

/** "NGỌC THANH" → "Ngọc Thanh"; initials and mixed-case names are left as written. */
export function recaseName(name: string): string {
  const t = clean(name);
  if (isInitials(t) || /\p{Ll}/u.test(t)) return t;
  return t
    .split(' ')
    .map((w) => (w.includes('.') ? w : w.charAt(0) + w.slice(1).toLocaleLowerCase('vi')))
    .join(' ');
}

/** Publications are not people: a reprint's "Theo Tiền Phong" names a paper. */
const KNOWN_PUBLICATIONS = NEWS_SITES.map((s) => fold(s.name));

function isSiteName(s: string, aliases: readonly string[]): boolean {
  const f = fold(s);
  if (KNOWN_PUBLICATIONS.includes(f)) return true;
  if (/\.(vn|com|net|org)\b|^https?:/.test(f)) return true;
  if (SOURCE_WORDS.test(f)) return true;
  return aliases.some((a) => f === a || f === `bao ${a}` || (a.length >= 5 && f.includes(a)));
}

/**
 * A cleaned byline or null: prefix dropped, source paper dropped, site names rejected, all-caps
 * names recased. Several people stay, joined by ", ".
 */
export function normalizeByline(raw: string | null | undefined, aliases: readonly string[]): string | null {
  let t = clean(raw).replace(/^[(\[]|[)\]]$/g, '').trim();
  for (let i = 0; i < 2; i++) t = t.replace(PREFIX, '').trim();
  if (!t || t.length > 120) return null;
  const parts = t
    .split(/\s+[-–—]\s+|\s*[,;&]\s*|\s+và\s+/u)
    .map((p) => clean(p.replace(PREFIX, '')))
    .filter((p) => p.length > 0);
  const people = parts.filter((p) => looksLikePersonName(p) && !isSiteName(p, aliases));
  if (people.length === 0) return null;
  // The first part must be a person: "Đời sống Pháp luật, Thế Duyệt" is not a byline we can trust.
  if (people[0] !== parts[0]) return null;
  return people.map(recaseName).join(', ');
}

/**
 * A body line that is only the author ("NGỌC THANH", "Lê Phương", "TP", "Theo Phạm Trường",
 * "Ngọc Thanh - Báo Tin tức"); `known` is a byline from metadata that the line may repeat.
 */
export function authorFromLine(text: string, aliases: readonly string[], known: string | null): string | null {
  const t = clean(text);
  if (t.length > 70 || /[.!?:…]$/.test(t.replace(/\.$/, '')) || t.split(' ').length > 9) return null;
  if (known && fold(t).includes(fold(known))) return known;
  return normalizeByline(t, aliases);
}

const AUTHOR_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]',
  '[itemprop="author"]',
  '[rel="author"]',
  '.article__author .name',
  '.author-name',
  '.author',
  '[data-role="author"]',
  '.detail-author',
  '.tacgia',
];

export function bylineFromMetadata(doc: Document, ld: LdArticle | null, aliases: readonly string[]): string | null {
  const candidates = [ld?.authors.join(', '), metaContent(doc, ['article:author', 'author', 'dc.creator', 'sailthru.author', 'parsely-author'])];
  for (const c of candidates) {
    const b = normalizeByline(c, aliases);
    if (b) return b;
  }
  return null;
}

export function bylineFromDom(doc: Document, aliases: readonly string[]): string | null {
  for (const sel of AUTHOR_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(sel)).slice(0, 3)) {
      const b = normalizeByline(textOf(el), aliases);
      if (b) return b;
    }
  }
  return null;
}
