/**
 * People and organisations an article mentions, in order, so a later "ông Luật", "ông này", "vị
 * giám đốc" or "Tổ chức này" can be read as the full name the text gave earlier. Only mentions the
 * text itself makes are recorded: a reference with no antecedent stays unresolved.
 */
import { HONORIFICS, ORG_HEADS, PERSON_NOUNS, PLACES, ROLE_HEADS, SPEECH_VERBS, SUBJECT_TRAILERS, SURNAMES } from './lexicon';
import { isSpeakerSegment, parseSegment, parseSpeaker, segments, TITLE_WORDS, type ParsedSpeaker } from './names';
import { isSentenceStarter } from '../text/abbreviations';
import { BEFORE, AFTER, alternation, compiled, leading } from './words';

export interface Entity {
  kind: 'person' | 'unnamed' | 'org';
  name: string;
  role: string | null;
  gender: 'm' | 'f' | null;
  at: number;
}

export interface Resolved {
  speaker: string | null;
  role: string | null;
}

const SEGMENT_END = /[,;:!?()“”"«»\n]|\s[-–—]+\s|\.\s/u;
const PREDICATE = [...SPEECH_VERBS, ...SUBJECT_TRAILERS];

/** Cuts a segment where its predicate starts: "hiệu trưởng nhà trường nói" → "hiệu trưởng nhà trường". */
export function cutPredicate(segment: string): string {
  const { re } = compiled(PREDICATE);
  re.lastIndex = 0;
  const m = re.exec(segment);
  return (m ? segment.slice(0, m.index) : segment).trim();
}

function segmentFrom(text: string, from: number): string {
  const rest = text.slice(from, from + 160);
  const m = SEGMENT_END.exec(rest);
  return m ? rest.slice(0, m.index) : rest;
}

/** Job-title appositives right after a name: ", Tổng Giám đốc Cicor Việt Nam," or " - Giám đốc Sở GD-ĐT". */
function appositiveRoles(text: string, after: number): string[] {
  const rest = text.slice(after, after + 240);
  if (!/^\s*,\s*|^\s+[-–—]+\s*/u.test(rest)) return [];
  const sentenceEnd = rest.search(/[.!?;:\n“”"]/u);
  const roles: string[] = [];
  for (const seg of segments(sentenceEnd < 0 ? rest : rest.slice(0, sentenceEnd))) {
    const cut = cutPredicate(seg);
    if (!cut || !isSpeakerSegment(cut) || parseSegment(cut).name) break;
    roles.push(parseSegment(cut).role ?? cut);
    if (cut !== seg.trim()) break;
  }
  return roles;
}

/** "do ông Tâm làm Chủ tịch HĐQT": a role the text assigns with a copula. */
function heldRole(text: string, after: number): string | null {
  const m = /^\s+(?:làm|là|giữ chức|giữ cương vị|đảm nhiệm)\s+/u.exec(text.slice(after, after + 20));
  if (!m) return null;
  const seg = cutPredicate(segmentFrom(text, after + m[0].length));
  return leading(seg, ROLE_HEADS) > 0 && seg.split(/\s+/).length <= 8 ? seg : null;
}

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const FULL_NAME = new RegExp(
  `${BEFORE}(?:${alternation(SURNAMES.filter((w) => !w.includes(' ') && !HONORIFICS.includes(w)).map(capitalise))})(?: \\p{Lu}\\p{Ll}[\\p{L}\\p{M}]*){1,3}${AFTER}`,
  'gu',
);
const TITLE_OR_ROLE = new RegExp(`${BEFORE}(?:${alternation([...TITLE_WORDS, ...ROLE_HEADS])})${AFTER}`, 'giu');
const ORG_START = new RegExp(`${BEFORE}(?:${alternation(ORG_HEADS)})${AFTER}`, 'giu');
const CLAUSE_PERSON = new RegExp(
  `(?:^|[.!?,;:]\\s+|\\n|(?:theo|dẫn lời)\\s+)((?:một|những|các|nhiều|hai|ba|vài)?\\s*(?:${alternation(PERSON_NOUNS)})${AFTER}[^,;:.!?\\n“”"]{0,80})`,
  'giu',
);

/** "bà Mai Thị L. (mẹ …)", "bà L. cho biết": a name ending in an initial keeps the initial's dot,
 * which the sentence splitter reads as a full stop. */
function withInitialDot(text: string, name: string, at: number): string {
  const end = at + name.length;
  return /(?:^|\s)\p{Lu}$/u.test(name) && text[end] === '.' ? `${name}.` : name;
}

export function scanEntities(text: string): Entity[] {
  const out: Entity[] = [];
  const seen = new Set<number>();
  for (const m of text.matchAll(TITLE_OR_ROLE)) {
    const at = m.index ?? 0;
    // An abbreviated title keeps its dot ("TS. Nguyễn"); after a word, ". " ends the sentence.
    const abbreviated = /^[A-Za-z.]{1,8}$/.test(m[0]) && text[at + m[0].length] === '.';
    const seg = segmentFrom(text, at + m[0].length + (abbreviated ? 1 : 0));
    const parsed = parseSegment(text.slice(at, at + m[0].length) + seg);
    if (!parsed.name) continue;
    const nameAt = text.indexOf(parsed.name, at);
    if (nameAt < 0 || seen.has(nameAt)) continue;
    seen.add(nameAt);
    const name = withInitialDot(text, parsed.name, nameAt);
    const after = nameAt + name.length;
    const roles = [parsed.role, ...appositiveRoles(text, after), heldRole(text, after)].filter((r): r is string => !!r);
    out.push({ kind: 'person', name, role: roles.length ? roles.join(', ') : null, gender: parsed.gender, at: nameAt });
  }
  const titled = out.map((e) => e.name);
  // A full Vietnamese name without a title ("Nguyễn Thị Vững được luật sư cho nghe…", "Nguyễn
  // Văn Song (SN 1995)"): court and crime reports name people so, then call them "Vững".
  for (const m of text.matchAll(FULL_NAME)) {
    const at = m.index ?? 0;
    // "Ảnh: Trương Hải Tùng Trước khi …": a text without punctuation runs the next sentence on.
    const words = m[0].split(' ');
    const runsOn = /^ [\p{Ll}\p{N}]/u.test(text.slice(at + m[0].length, at + m[0].length + 2));
    if (runsOn && words.length > 2 && isSentenceStarter(words[words.length - 1] ?? '')) words.pop();
    const name = words.join(' ');
    if (seen.has(at) || leading(name, PLACES) === name.length) continue;
    // Known already with a title ("trưởng đoàn Trương Hải Tùng"): the longer run is that name plus
    // the next word.
    if (titled.some((t) => name === t || name.startsWith(`${t} `))) continue;
    seen.add(at);
    const after = at + name.length;
    const roles = [...appositiveRoles(text, after), heldRole(text, after)].filter((r): r is string => !!r);
    out.push({ kind: 'person', name, role: roles.length ? roles.join(', ') : null, gender: null, at });
  }
  for (const m of text.matchAll(CLAUSE_PERSON)) {
    const phrase = cutPredicate(m[1] ?? '');
    const words = phrase.split(/\s+/).length;
    if (!phrase || words > 10) continue;
    // "Chị Trang, nhân viên văn phòng": an appositive describes the named person, not a new one.
    if (/\p{Lu}[\p{L}\p{M}]*,\s*$/u.test(text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 2))) continue;
    out.push({ kind: 'unnamed', name: phrase, role: null, gender: null, at: (m.index ?? 0) + m[0].indexOf(phrase) });
  }
  for (const m of text.matchAll(ORG_START)) {
    const at = m.index ?? 0;
    if (!/^\p{Lu}/u.test(m[0])) continue;
    const name = cutPredicate(segmentFrom(text, at)).split(/\s+/).slice(0, 8).join(' ');
    if (name.split(/\s+/).length < 2) continue;
    out.push({ kind: 'org', name, role: null, gender: null, at });
  }
  return out.sort((a, b) => a.at - b.at);
}

const PRONOUN = /^(ông|bà|anh|chị|cô|cậu|vị|người|nhân vật)(?:\s+(này|ấy|ta|đó))?$/iu;
const DESCRIBED = /^(vị|ông|bà|nữ|nam|người)\s+(.+?)(?:\s+(này|ấy|đó))?$/iu;
const MALE = /^(ông|anh|cậu)$/iu;
const FEMALE = /^(bà|chị|cô)$/iu;

function lastBefore(ents: Entity[], at: number, ok: (e: Entity) => boolean): Entity | undefined {
  let best: Entity | undefined;
  for (const e of ents) {
    if (e.at >= at) break;
    if (ok(e)) best = e;
  }
  return best;
}

/** The fuller name the text gives elsewhere for a short one ("Luật" → "Nguyễn Trọng Luật"). */
function fullName(name: string, at: number, ents: Entity[]): Entity | undefined {
  const words = name.toLowerCase().split(/\s+/);
  const fits = (e: Entity): boolean => {
    if (e.kind !== 'person') return false;
    const w = e.name.toLowerCase().split(/\s+/);
    if (w.length < words.length) return false;
    const tail = w.slice(w.length - words.length).join(' ');
    const head = w.slice(0, words.length).join(' ');
    return tail === words.join(' ') || head === words.join(' ');
  };
  const longest = (list: Entity[]): Entity | undefined =>
    list.reduce<Entity | undefined>((b, e) => (!b || e.name.length > b.name.length ? e : b), undefined);
  const before = ents.filter((e) => e.at < at && fits(e));
  return longest(before) ?? longest(ents.filter(fits));
}

/** The first role the text gives anyone of that exact name. */
function roleOf(name: string, ents: Entity[]): string | null {
  return ents.find((e) => e.kind === 'person' && e.name === name && e.role)?.role ?? null;
}

/** Turns a parsed speaker phrase into the name the text supports, resolving references. */
export function resolveSpeaker(p: ParsedSpeaker, at: number, ents: Entity[]): Resolved {
  if (p.name) {
    const full = fullName(p.name, at, ents);
    const name = full?.name ?? p.name;
    return { speaker: name, role: p.role ?? roleOf(name, ents) };
  }
  const phrase = p.speaker.trim();
  const pro = PRONOUN.exec(phrase);
  if (pro) {
    const head = pro[1] ?? '';
    const anyone = /^(vị|người|nhân vật)$/iu.test(head);
    const e = lastBefore(ents, at, (x) =>
      (x.kind === 'person' || (anyone && x.kind === 'unnamed')) &&
      !(MALE.test(head) && x.gender === 'f') && !(FEMALE.test(head) && x.gender === 'm'),
    );
    if (!e) return { speaker: null, role: null };
    const full = e.kind === 'person' ? fullName(e.name, at, ents) : undefined;
    const name = full?.name ?? e.name;
    return { speaker: name, role: e.role ?? roleOf(name, ents) };
  }
  const described = DESCRIBED.exec(phrase);
  if (described && leading(described[2] ?? '', ROLE_HEADS) > 0) {
    const title = (described[2] ?? '').toLowerCase();
    const e = lastBefore(ents, at, (x) => x.kind === 'person' && (x.role ?? '').toLowerCase().includes(title));
    if (e) return { speaker: e.name, role: e.role };
  }
  // The classifier "vị" points back ("vị chuyên gia", "vị lãnh đạo"): the person last named, when
  // the description matched no role above.
  if (described && /^vị$/iu.test(described[1] ?? '')) {
    const e = lastBefore(ents, at, (x) => x.kind === 'person');
    if (e) {
      const name = fullName(e.name, at, ents)?.name ?? e.name;
      return { speaker: name, role: e.role ?? roleOf(name, ents) };
    }
  }
  const orgRef = /^(.+?)\s+(này|đó)$/iu.exec(phrase);
  if (orgRef && leading(orgRef[1] ?? '', ORG_HEADS) === (orgRef[1] ?? '').length) {
    const head = (orgRef[1] ?? '').toLowerCase();
    const e = lastBefore(ents, at, (x) => x.kind === 'org' && x.name.toLowerCase().startsWith(head));
    return e ? { speaker: e.name, role: null } : { speaker: null, role: null };
  }
  // A bare given name ("…”, Hoa nói.") is the person named in full before, if one was.
  if (/^\p{Lu}[\p{L}\p{M}]*$/u.test(phrase)) {
    const full = fullName(phrase, at, ents);
    if (full) return { speaker: full.name, role: p.role ?? roleOf(full.name, ents) };
  }
  return { speaker: phrase, role: p.role };
}

/** Parses and resolves in one step; null when the phrase names nobody. */
export function speakerFrom(phrase: string | null, at: number, ents: Entity[]): Resolved | null {
  if (!phrase) return null;
  const parsed = parseSpeaker(phrase);
  if (!parsed) return null;
  const r = resolveSpeaker(parsed, at, ents);
  return r.speaker ? r : null;
}
