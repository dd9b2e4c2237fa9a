/**
 * Reads a speaker phrase ("ông Nguyễn Trọng Luật, Tổng Giám đốc Cicor Việt Nam", "trưởng đoàn
 * Trương Hải Tùng", "phát ngôn viên Văn phòng Tổng thống Hàn Quốc") into a personal name, if the
 * phrase has one, and the role around it. Without a name the phrase itself is the speaker.
 */
import {
  HONORIFICS, MEDIA_CLASSIFIERS, ORG_HEADS, PERSON_NOUNS, PLACES, QUANTIFIERS, RANKS, ROLE_HEADS, SUBJECT_LEADERS, SURNAMES,
} from './lexicon';
import { AFTER, alternation, leading } from './words';

export interface ParsedSpeaker {
  /** A personal name when the phrase has one ("Nguyễn Trọng Luật", "Meade"). */
  name: string | null;
  /** The speaker as the text words it: the name, or the unnamed phrase ("cậu bé"). */
  speaker: string;
  role: string | null;
  gender: 'm' | 'f' | null;
}

const TITLE_WORDS = [...HONORIFICS, ...RANKS];
const SURNAME_SET = new Set(SURNAMES);
const PARTICLES = new Set(['bin', 'ibn', 'al', 'van', 'von', 'de', 'da', 'del', 'der', 'la', 'le', 'du', 'di', 'dos']);
/** English words that make a capitalised run an organisation ("Wells Fargo Private Bank"). */
const ORG_WORDS = new Set([
  'bank', 'group', 'inc', 'corp', 'corporation', 'llc', 'ltd', 'company', 'co', 'fund', 'capital',
  'holdings', 'management', 'association', 'university', 'institute', 'times', 'post', 'news',
  'journal', 'online', 'airlines', 'motors', 'partners', 'securities', 'foundation', 'council',
]);
const MALE = new Set(['ông', 'anh', 'cậu', 'chú', 'bác', 'thầy', 'mr', 'cụ ông']);
const FEMALE = new Set(['bà', 'chị', 'cô', 'mrs', 'ms', 'cụ bà']);

const stripPunct = (w: string): string => w.replace(/^[“”"«»'‘’(]+|[“”"«»'‘’),;:!?]+$/gu, '');

export function isCapWord(w: string): boolean {
  return /^\p{Lu}/u.test(stripPunct(w));
}

function isAcronym(w: string): boolean {
  const c = stripPunct(w);
  return /^[\p{Lu}\d&.\-/]+$/u.test(c) && (c.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

const isAscii = (w: string): boolean => /^[A-Za-z][A-Za-z'’.-]*$/.test(stripPunct(w));

/** End (exclusive) of the run of capitalised words starting at `from`; particles may sit inside. */
function capRunEnd(words: string[], from: number): number {
  let i = from;
  while (i < words.length) {
    const w = words[i] ?? '';
    if (isCapWord(w) && !isAcronym(w)) i++;
    else if (i > from && PARTICLES.has(w.toLowerCase()) && isCapWord(words[i + 1] ?? '')) i++;
    else break;
    if (/[,;:)]$/.test(w)) break;
  }
  return i;
}

/**
 * End of an organisation's name after "của": capitalised words, and lower-case ones inside it
 * ("Bộ Ngoại giao Trung Quốc"), up to two lower-case words in a row (the predicate).
 */
function orgRunEnd(words: string[], from: number): number {
  let i = from;
  while (i < words.length) {
    const w = words[i] ?? '';
    if (!isCapWord(w) && !isCapWord(words[i + 1] ?? '')) break;
    i++;
    if (/[,;:)]$/.test(w)) break;
  }
  return i;
}

/** "của Bộ Ngoại giao Trung Quốc" right after a name belongs to the role; anything else is predicate. */
function ofSuffix(words: string[]): string {
  if ((words[0] ?? '').toLowerCase() !== 'của' || !isCapWord(words[1] ?? '')) return '';
  return words.slice(0, orgRunEnd(words, 1)).join(' ');
}

/** Words at the head of `words` that form a place name ("Hàn Quốc", "Pháp"), as a count. */
function placeLength(words: string[]): number {
  const n = leading(words.join(' '), PLACES);
  if (n === 0) return 0;
  return words.join(' ').slice(0, n).split(' ').length;
}

function orgLike(words: string[]): boolean {
  if (leading(words.join(' '), ORG_HEADS) > 0) return true;
  return words.some((w) => ORG_WORDS.has(stripPunct(w).toLowerCase().replace(/\.$/, '')));
}

/**
 * The personal name inside a run of capitalised words that follows a job title: places lead it
 * ("Pháp Laurent Fabius"), organisations are no names ("Cicor Việt Nam"). Returns [from, to) in run.
 */
function nameInRun(run: string[]): [number, number] | null {
  if (run.length === 0 || orgLike(run)) return null;
  let from = 0;
  for (let p = placeLength(run); p > 0 && from < run.length; p = placeLength(run.slice(from))) from += p;
  const rest = run.slice(from);
  if (rest.length === 0 || orgLike(rest)) return null;
  if (rest.every(isAscii) && rest.length >= 2 && rest.length <= 4) return [from, run.length];
  // Vietnamese names: a family name then one to three syllables; prefer the common three-word form.
  const candidates: number[] = [];
  for (let j = 0; j < rest.length; j++) {
    const len = rest.length - j;
    if (len >= 2 && len <= 5 && SURNAME_SET.has(stripPunct(rest[j] ?? '').toLowerCase())) candidates.push(j);
  }
  const pref = (j: number): number => [3, 4, 2, 5].indexOf(rest.length - j);
  candidates.sort((a, b) => pref(a) - pref(b));
  const j = candidates[0];
  return j === undefined ? null : [from + j, run.length];
}

/** "former", "acting" before a job title: "nguyên Viện trưởng", "cựu Bộ trưởng", "quyền Giám đốc". */
const ROLE_PREFIX = /^(?:nguyên|cựu|quyền)\s+/iu;

/** Length of the job title `text` opens with, a prefix such as "nguyên" included, or 0. */
export function roleHeadLength(text: string): number {
  const prefix = ROLE_PREFIX.exec(text)?.[0].length ?? 0;
  const head = leading(text.slice(prefix), ROLE_HEADS);
  return head > 0 ? prefix + head : 0;
}

function genderOf(title: string): 'm' | 'f' | null {
  const t = title.toLowerCase();
  if (MALE.has(t)) return 'm';
  if (FEMALE.has(t)) return 'f';
  return null;
}

interface Segment {
  name: string | null;
  role: string | null;
  gender: 'm' | 'f' | null;
  roleLike: boolean;
  text: string;
}

/** One appositive of a speaker phrase: "ông Nguyễn Trọng Luật", "Tổng Giám đốc Cicor Việt Nam". */
export function parseSegment(raw: string): Segment {
  const text = raw.replace(/\s*\([^)]*\)/g, '').replace(/[“”"«»]/g, '').replace(/^nữ\s+/iu, '').trim();
  const titleLen = leading(text, TITLE_WORDS);
  const roleLen = roleHeadLength(text);
  const words = text.split(/\s+/).filter(Boolean);
  if (titleLen > 0 && titleLen >= roleLen) {
    const title = text.slice(0, titleLen);
    // "TS." and "PGS.TS." keep their dot inside the same space-separated word.
    const start = title.split(/\s+/).length;
    const end = capRunEnd(words, start);
    const nextIsTitle = leading(words.slice(start).join(' '), TITLE_WORDS) > 0;
    if (end > start && !nextIsTitle) {
      const name = words.slice(start, end).map(stripPunct).join(' ');
      const isRank = leading(title, RANKS) > 0;
      const suffix = ofSuffix(words.slice(end));
      const role = [isRank ? title : '', suffix].filter(Boolean).join(' ') || null;
      return { name, role, gender: genderOf(title), roleLike: false, text };
    }
  }
  if (roleLen > 0) {
    const headWords = text.slice(0, roleLen).split(/\s+/).length;
    for (let i = headWords; i < words.length; i++) {
      if (!isCapWord(words[i] ?? '') || isAcronym(words[i] ?? '')) continue;
      if ((words[i - 1] ?? '').toLowerCase() === 'của') break;
      const end = capRunEnd(words, i);
      const span = nameInRun(words.slice(i, end));
      if (span) {
        const [a, b] = span;
        const name = words.slice(i + a, i + b).map(stripPunct).join(' ');
        // "Phóng viên trò chuyện với bà Mai Thị L.": a personal title right before the name says
        // the words before it are a clause about that person, not their role.
        const titled = PERSONAL_TITLES.has((words[i + a - 1] ?? '').toLowerCase());
        const role = titled ? '' : [...words.slice(0, i + a), ofSuffix(words.slice(i + b))].join(' ').trim();
        return { name, role: role || null, gender: null, roleLike: true, text };
      }
      i = end;
    }
    return { name: null, role: text, gender: null, roleLike: true, text };
  }
  if (words.length > 0 && capRunEnd(words, 0) === words.length) {
    const span = nameInRun(words);
    if (span && span[0] === 0) return { name: words.map(stripPunct).join(' '), role: null, gender: null, roleLike: false, text };
  }
  const orgRole = /^\p{Lu}/u.test(text) && leading(text, ORG_HEADS) > 0;
  return { name: null, role: orgRole ? text : null, gender: null, roleLike: orgRole, text };
}

/** Drops what makes an unnamed speaker longer than the text's own wording of it. */
function unnamed(text: string): string {
  let t = text.trim();
  const q = leading(t, QUANTIFIERS);
  if (q > 0) t = t.slice(q).trim();
  const m = leading(t, MEDIA_CLASSIFIERS);
  if (m > 0 && /^\s+\p{Lu}/u.test(t.slice(m))) {
    // "Tờ Granma của Đảng Cộng sản Cuba" is Granma.
    t = t.slice(m).trim().replace(/\s+của\s+.*$/u, '');
  }
  return t;
}

/** Splits a speaker phrase into appositives: commas and spaced dashes, not "GD-ĐT". */
export function segments(phrase: string): string[] {
  return phrase.split(/\s*,\s*|\s+[-–—]+\s*|\s*[-–—]+\s+/u).map((s) => s.trim()).filter(Boolean);
}

export function parseSpeaker(phrase: string): ParsedSpeaker | null {
  const segs = segments(phrase).map(parseSegment);
  if (segs.length === 0) return null;
  const named = segs.find((s) => s.name !== null);
  if (named?.name) {
    const at = segs.indexOf(named);
    // A lower-case description right after the name is its role ("…, nhân viên văn phòng").
    const described = (s: Segment, i: number): boolean =>
      i === at + 1 && /^\p{Ll}/u.test(s.text) && s.text.split(/\s+/).length <= (/^một\s/u.test(s.text) ? 14 : 8);
    const roles = segs
      .map((s, i) => (s === named ? s.role : s.roleLike || described(s, i) ? (s.role ?? s.text) : null))
      .filter((r): r is string => !!r);
    return { name: named.name, speaker: named.name, role: roles.length ? roles.join(', ') : null, gender: named.gender };
  }
  const first = segs[0];
  if (!first) return null;
  const speaker = unnamed(first.text);
  if (!speaker || !plausibleUnnamed(speaker)) return null;
  return { name: null, speaker, role: null, gender: null };
}

const UNNAMED_HEAD = new RegExp(`^(?:(?:một|những|các|mấy|vài|hai|ba)\\s+)?(?:${alternation([...PERSON_NOUNS, ...ROLE_HEADS, ...ORG_HEADS, ...HONORIFICS, 'ai', 'họ', 'mọi người'])})${AFTER}`, 'iu');
/** Words that start a clause: a phrase holding one is a piece of sentence, not someone. */
const CLAUSE_WORD = /(?:^|\s)(?:thì|để|được|bị|mà|khi|nếu|vì|thấy|rằng)(?=\s|$)/iu;
const MAX_UNNAMED_WORDS = 14;
const PERSONAL_TITLES = new Set(['ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'cậu', 'em']);
const CONNECTIVES = new Set(SUBJECT_LEADERS);

/**
 * An unnamed speaker is a person, a group, an office or a publication in a few words ("người dân",
 * "phát ngôn viên Văn phòng Tổng thống", "CNRP"); "giọng nói trong file" or "cháu bé thì thấy vài
 * bộ quần áo …" are pieces of a sentence the attribution misread, and no speaker beats a wrong one.
 */
export function plausibleUnnamed(phrase: string): boolean {
  if (phrase.split(/\s+/).length > MAX_UNNAMED_WORDS || CLAUSE_WORD.test(phrase)) return false;
  // "Cụ thể thông tin …" (specifically, reports say): a connective left alone is nobody, though
  // "cụ" is an old man; capitalised throughout it is a name ("Thấy vậy, Song liền bảo").
  const capitalisedThroughout = phrase.split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w));
  if (CONNECTIVES.has(phrase.toLowerCase()) && !capitalisedThroughout) return false;
  // Capitalised throughout: a name the lists lack ("CNRP", "Granma"); a capital only at the start
  // is the sentence's ("Linh tính mách bảo").
  return UNNAMED_HEAD.test(phrase) || capitalisedThroughout;
}

/** Whether a segment reads as an appositive of a speaker (a job title, or a titled name). */
export function isSpeakerSegment(raw: string): boolean {
  const s = parseSegment(raw);
  const words = s.text.split(/\s+/).length;
  if (s.name !== null) return words <= MAX_TITLED_WORDS;
  // A bare organisation is an appositive only when short ("Tổng cục Thuế"), not a clause.
  const byOrg = s.roleLike && roleHeadLength(s.text) === 0;
  return s.roleLike && words <= (byOrg ? MAX_ORG_WORDS : MAX_TITLED_WORDS);
}

/** In syllables: "Trưởng Phòng Cảnh sát quản lý hành chính về trật tự xã hội" is thirteen. */
const MAX_TITLED_WORDS = 16;
const MAX_ORG_WORDS = 6;

export { TITLE_WORDS };
