/**
 * Publication dates as ISO 8601 with an offset. Vietnamese pages give dates day-first
 * ("05-12-2023 | 08:30:24", "Thứ ba, 5/12/2023, 08:30 (GMT+7)") and often no zone at all; a
 * Vietnamese news page without a zone means Indochina Time, so +07:00 is assumed.
 */
import { clean, classAndId, metaContent, textOf } from './dom';
import type { LdArticle } from './jsonld';

const VN_OFFSET = '+07:00';

const pad = (n: number): string => String(n).padStart(2, '0');

function validDate(y: number, mo: number, d: number): boolean {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function validTime(h: number, mi: number, s: number): boolean {
  return h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && s >= 0 && s <= 59;
}

function formatOffset(sign: string, h: string, m: string | undefined): string {
  return `${sign}${pad(Number(h))}:${pad(Number(m ?? 0))}`;
}

function iso(y: number, mo: number, d: number, h: number, mi: number, s: number, offset: string): string {
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${offset}`;
}

/** "2023-12-05T08:30:24+07:00", "2026-07-20T00:15:00", "2026-07-20 06:03 + 07:00", "2026-07-20". */
const ISO_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|([+-])\s*(\d{1,2}):?(\d{2})?)?$/i;

function parseIso(text: string): string | null {
  const m = ISO_RE.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [h, mi, s] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (!validDate(y, mo, d) || !validTime(h, mi, s)) return null;
  let offset = VN_OFFSET;
  if (m[7]?.toUpperCase() === 'Z') offset = '+00:00';
  else if (m[8] && m[9]) offset = formatOffset(m[8], m[9], m[10]);
  return iso(y, mo, d, h, mi, s, offset);
}

const DMY_RE = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/;
const TIME_RE = /(?<![\d/.-])(\d{1,2})\s*[:hH]\s*(\d{2})(?!\d)(?:\s*:\s*(\d{2}))?(?:\s*(AM|PM|SA|CH|sáng|chiều|tối)(?!\p{L}))?/iu;
const GMT_RE = /(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?/i;

function to24(h: number, marker: string | undefined): number {
  if (!marker) return h;
  const m = marker.toLowerCase();
  const pm = m === 'pm' || m === 'ch' || m === 'chiều' || m === 'tối';
  // "00:15 AM" occurs on Vietnamese CMSs: an hour already in 24-hour form is left alone.
  if (h > 12 || h === 0) return h;
  if (pm) return h === 12 ? 12 : h + 12;
  return h === 12 ? 0 : h;
}

/**
 * Day-first text dates with an optional time before or after the date and an optional GMT offset:
 * "Cập nhật: 05-12-2023 | 08:30:24", "Thứ ba, 5/12/2023, 08:30 (GMT+7)", "20/07/2026 00:15 AM",
 * "08:30 05/12/2023".
 */
function parseDayFirst(text: string): string | null {
  const dm = DMY_RE.exec(text);
  if (!dm) return null;
  const [d, mo, y] = [Number(dm[1]), Number(dm[2]), Number(dm[3])];
  if (!validDate(y, mo, d)) return null;
  const after = text.slice(dm.index + dm[0].length, dm.index + dm[0].length + 24);
  const before = text.slice(Math.max(0, dm.index - 16), dm.index);
  let tm = TIME_RE.exec(after);
  if (!tm) {
    const b = TIME_RE.exec(before);
    tm = b;
  }
  let h = 0;
  let mi = 0;
  let s = 0;
  if (tm) {
    h = to24(Number(tm[1]), tm[4]);
    mi = Number(tm[2]);
    s = Number(tm[3] ?? 0);
    if (!validTime(h, mi, s)) [h, mi, s] = [0, 0, 0];
  }
  const g = GMT_RE.exec(text);
  const offset = g && g[1] && g[2] ? formatOffset(g[1], g[2], g[3]) : VN_OFFSET;
  return iso(y, mo, d, h, mi, s, offset);
}

/** Any date form above, or null. Never guesses month-first. */
export function parseDate(raw: string | null | undefined): string | null {
  const text = clean(raw);
  if (!text) return null;
  return parseIso(text) ?? parseDayFirst(text);
}

/** True when a short line is only a date stamp (to drop it from the body). */
export function isDateLine(text: string): boolean {
  if (text.length > 90 || !DMY_RE.test(text)) return false;
  const rest = text
    .replace(DMY_RE, ' ')
    .replace(TIME_RE, ' ')
    .replace(GMT_RE, ' ')
    .replace(/(?<!\p{L})(cập nhật|đăng|ngày|lúc|thứ (hai|ba|tư|năm|sáu|bảy)|chủ nhật|thứ \d|t\d|cn|am|pm)(?!\p{L})/giu, ' ')
    .replace(/[\s|,:()–—\-/]+/g, '');
  return rest.length <= 3;
}

const DATE_META = [
  'article:published_time',
  'og:published_time',
  'datePublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date.issued',
  'DC.date.issued',
  'parsely-pub-date',
  'sailthru.date',
  'date',
];

const DATE_BOX = /(^|[\s_-])(date|time|ngay|ngaycapnhat|publish|published|cap-?nhat|datetime|dateline|post-?time)/;

/** Date text in a short element whose class or id says it holds the date. */
function fromDateBoxes(doc: Document): string | null {
  const scope = doc.body ?? doc.documentElement;
  if (!scope) return null;
  const boxes = Array.from(scope.querySelectorAll('[class],[id]')).filter((el) => DATE_BOX.test(classAndId(el)));
  // The article's own date sits after its headline; teaser dates in menus and sidebars come earlier.
  const h1 = scope.querySelector('h1');
  const afterH1 = (el: Element): boolean =>
    !!h1 && (h1.compareDocumentPosition(el) & 4) !== 0; // DOCUMENT_POSITION_FOLLOWING
  const ordered = [...boxes.filter(afterH1), ...boxes.filter((el) => !afterH1(el))];
  for (const el of ordered.slice(0, 80)) {
    const t = textOf(el);
    if (t.length > 0 && t.length <= 120) {
      const d = parseDayFirst(t);
      if (d) return d;
    }
  }
  return null;
}

export function findPublished(doc: Document, ld: LdArticle | null, readabilityTime?: string | null): string | null {
  const candidates: (string | null | undefined)[] = [ld?.datePublished, metaContent(doc, DATE_META)];
  const time =
    doc.querySelector('time[itemprop="datePublished"][datetime], time[pubdate][datetime]') ??
    doc.querySelector('article time[datetime], main time[datetime]') ??
    doc.querySelector('time[datetime]');
  candidates.push(time?.getAttribute('datetime'));
  for (const c of candidates) {
    const d = parseDate(c);
    if (d) return d;
  }
  return fromDateBoxes(doc) ?? parseDate(readabilityTime);
}
