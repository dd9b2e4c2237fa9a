/**
 * Finds who says a quotation from the words around it: "“…”, ông X nói", "ông X nói: “…”",
 * "Theo bà X, “…”", "“…” - theo X, CEO của Y", or the subject of a speech verb earlier in the
 * sentence ("Washington luôn biện hộ rằng … là “…”"). Returns the speaker phrase as written; names
 * and references are resolved afterwards.
 */
import { MEDIA_CLASSIFIERS, ORG_HEADS, PERSON_NOUNS, ROLE_HEADS, SPEECH_VERBS, SUBJECT_LEADERS, SUBJECT_TRAILERS } from './lexicon';
import { isSpeakerSegment, parseSegment, segments, TITLE_WORDS } from './names';
import { alternation, compiled, leading, trailing } from './words';

export interface Phrase {
  phrase: string;
  at: number;
}

export interface VerbHit {
  start: number;
  end: number;
}

/** Words before which a "speech verb" is a noun: "các thông tin", "lời cảnh báo", "giọng nói"
 * ("việc thông báo", but the incident of "vụ việc cho biết" is a subject). */
const NOUN_BEFORE = /(?:^|\s)(các|những|một|mọi|nhiều|lời|sự|(?<!(?:vụ|công)\s)việc|cuộc|bản|buổi|thông tin|trong|giọng|tiếng)\s*$/iu;
/** Fixed phrases that start with a speech verb but report nothing: "kể cả", "nói chung". */
const NOT_SPEECH_AFTER = /^\s+(cả|chung|riêng|cách khác)(?![\p{L}\p{M}])/iu;
/**
 * Short speech verbs that are also the first or second syllable of common words: "bảo" (say) in
 * "bảo vệ", "khai" (testify) in "triển khai", "khai thác".
 */
const COMPOUNDS: Record<string, { before?: RegExp; after?: RegExp }> = {
  bảo: {
    before: /(?:^|\s)(gia|quốc|châu|kim|tài|thần)\s*$/iu,
    after: /^\s+(vệ|đảm|hiểm|quản|tồn|trì|hành|lãnh|dưỡng|an|toàn|mật|lưu|tàng|trợ|chứng|hộ|hoàng|bối|vật|tháp|ban|mẫu|lãnh)(?![\p{L}\p{M}])/iu,
  },
  khai: {
    before: /(?:^|\s)(triển|công|kê|tờ|ly)\s*$/iu,
    after: /^\s+(thác|trương|mạc|báo|giảng|sinh|hoang|phá|thông|quật|hỏa|hoả|trừ|tử|phóng|sáng|bút|học|xuân|niên|hội|màn|cuộc|giá|thuế|lý|vấn|tâm|hóa|hoá|vị|khẩn|man|quang)(?![\p{L}\p{M}])/iu,
  },
};

/** Start of a sentence or quotation: where a capitalised verb is still a verb. */
const SENTENCE_OPENING = /(?:^|[.!?…:;\n“"«(]\s*)$/u;

export function speechVerbs(text: string, from: number, to: number): VerbHit[] {
  const { re } = compiled(SPEECH_VERBS);
  const out: VerbHit[] = [];
  const region = text.slice(from, to);
  re.lastIndex = 0;
  for (const m of region.matchAll(re)) {
    const start = from + (m.index ?? 0);
    const before = text.slice(Math.max(from, start - 20), start);
    const after = text.slice(start + m[0].length, start + m[0].length + 12);
    if (NOUN_BEFORE.test(before) || NOT_SPEECH_AFTER.test(after)) continue;
    // "báo Người Đưa Tin": a capitalised verb inside a sentence belongs to a name.
    if (/^\p{Lu}/u.test(m[0]) && !SENTENCE_OPENING.test(text.slice(Math.max(0, start - 3), start))) continue;
    const compound = COMPOUNDS[m[0].toLowerCase()];
    if (compound && (compound.before?.test(before) || compound.after?.test(after))) continue;
    out.push({ start, end: start + m[0].length });
  }
  return out;
}

/** Strips connectives in front of a subject and auxiliaries behind it. */
export function cleanSubject(s: string): string {
  let t = s.trim();
  // A "connective" that is all there is names someone: "Thấy vậy, Song liền bảo".
  for (let n = leading(t, SUBJECT_LEADERS); n > 0 && cutTrailers(t.slice(n).trim()); n = leading(t, SUBJECT_LEADERS)) t = t.slice(n).trim();
  return cutTrailers(t);
}


function cutTrailers(s: string): string {
  let t = s;
  for (let n = trailing(t, SUBJECT_TRAILERS); n > 0; n = trailing(t, SUBJECT_TRAILERS)) t = t.slice(0, t.length - n).trim();
  return t.replace(/^[,;:\s]+|[,;:\s]+$/g, '');
}

/** "ông Jay Carney đưa ra thông điệp …": the titled name a long clause opens with. */
function titledNameAtStart(seg: string): string | null {
  const n = leading(seg, TITLE_WORDS);
  if (n === 0) return null;
  const m = /^\.?\s+((?:\p{Lu}[\p{L}\p{M}'’-]*\s*)+)/u.exec(seg.slice(n));
  return m ? `${seg.slice(0, n)}${m[0]}`.trim() : null;
}

/** A subject longer than this must open with a person noun, a job title or a titled name. */
const PLAIN_SUBJECT_WORDS = 6;
const MAX_SUBJECT_WORDS = 16;
const PERSON_HEAD = new RegExp(`^(?:(?:một|những|các|nhiều|hai|ba|vài)\\s+)?(?:(?:nguyên|cựu|quyền)\\s+)?(?:${alternation([...PERSON_NOUNS, ...ROLE_HEADS, ...ORG_HEADS, ...MEDIA_CLASSIFIERS])})(?![\\p{L}\\p{M}])`, 'iu');

function plausibleSubject(s: string): string | null {
  const n = s.split(/\s+/).length;
  if (n <= PLAIN_SUBJECT_WORDS) return s;
  if (n <= MAX_SUBJECT_WORDS && PERSON_HEAD.test(s)) return s;
  return titledNameAtStart(s);
}

/**
 * The subject of a verb at `verbAt`, reading back from it within [from, verbAt): the clause just
 * before the verb, plus appositives before it that are job titles or titled names. Null when the
 * verb shares the subject of an earlier verb ("…, chỉ trích … là").
 */
export function subjectBefore(text: string, from: number, verbAt: number): string | null {
  let region = text.slice(from, verbAt);
  const quoted = /(?:dẫn lời|trích lời)\s+(.+)$/iu.exec(region);
  if (quoted?.[1]) return cleanSubject(quoted[1]);
  // "Vân thừa nhận … thì chị Vững lại nói": the subject is in the clause after the connective.
  const clause = [...region.matchAll(/\s(?:thì|nhưng|song|trong khi đó)\s/gu)].at(-1);
  if (clause) region = region.slice((clause.index ?? 0) + clause[0].length);
  // "một người bạn của H. (ở Hương Canh, Vĩnh Phúc)": commas inside brackets part no appositives.
  region = region.replace(/\s*\([^()]*\)/g, '');
  const endsWithComma = /,\s*$/.test(region);
  const segs = segments(region.replace(/[“”"«»]/g, ''));
  const lastRaw = segs.pop();
  if (lastRaw === undefined) return null;
  let last = cleanSubject(lastRaw);
  if (!last || /^theo\s/iu.test(last)) return null;
  const appositive = endsWithComma && !isSpeakerSegment(last);
  if (appositive) {
    // "Chị Nguyễn Thu Trang, nhân viên văn phòng ở quận Cầu Giấy, than": a short description
    // set off by commas after a titled name describes that person.
    // So does an indefinite description: "anh Nguyễn Văn Tâm, một hướng dẫn viên du lịch, bày tỏ".
    const prev = cleanSubject(segs[segs.length - 1] ?? '');
    // A capitalised appositive is a job title the lists lack ("Tổ trưởng tổ 29").
    const describes = PERSON_HEAD.test(last) || /^một\s/iu.test(last) || /^\p{Lu}/u.test(last);
    if (!prev || !parseSegment(prev).name || !describes || last.split(/\s+/).length > 8) return null;
  }
  const subject = plausibleSubject(last);
  if (!subject) return null;
  last = subject;
  const parts = [last];
  while (segs.length > 0) {
    const prev = cleanSubject(segs[segs.length - 1] ?? '');
    if (!prev || !isSpeakerSegment(prev)) break;
    if (appositive && parts.length > 1) break;
    parts.unshift(prev);
    segs.pop();
  }
  return parts.join(', ');
}

/** "Theo các thông tin do X cung cấp" names X; "Theo bà Hoa" names bà Hoa. */
function theoPhrase(p: string): string | null {
  const via = /(?:^|\s)do\s+(.+?)\s+(?:cung cấp|đưa ra|công bố|cho biết|thu thập)$/iu.exec(p);
  if (via?.[1]) return via[1];
  const segs = segments(p);
  const first = segs[0];
  if (!first) return null;
  const kept = [first];
  for (const s of segs.slice(1)) {
    if (!isSpeakerSegment(s)) break;
    kept.push(s);
  }
  return kept.join(', ');
}

/** Speaker named after the closing mark: "”, ông Luật nói.", "” - CNRP tuyên bố", "”, theo bà Hoa." */
export function attributionAfter(text: string, closeAt: number, limit: number): Phrase | null {
  const rest = text.slice(closeAt + 1, Math.min(limit, closeAt + 240));
  const sep = /^[.!?…]?\s*(?:,|[-–—]+)\s*/u.exec(rest);
  if (!sep) return null;
  const at = closeAt + 1 + sep[0].length;
  // A sentence ends at ". ", but not after an initial ("anh H., một người dân …").
  const tail = rest.slice(sep[0].length).split(/(?<!(?:^|\s)\p{Lu})[.!?…](?:\s|$)|(?<=(?:^|\s)\p{Lu})\.\s+(?=\p{Lu})|\n|[“”"«»]/u)[0] ?? '';
  const theo = /^theo\s+(.+)$/iu.exec(tail);
  if (theo?.[1]) {
    const p = theoPhrase(theo[1].trim());
    return p ? { phrase: p, at } : null;
  }
  const verb = speechVerbs(tail, 0, tail.length).find((v) => v.start > 0);
  if (!verb) return null;
  const subject = cleanSubject(tail.slice(0, verb.start));
  if (!subject || subject.split(/\s+/).length > 20 || /(?:^|\s)rằng(?:\s|$)/u.test(subject)) return null;
  const segs = segments(subject);
  // "anh H., một người dân sống cùng hẻm, cho biết": an indefinite description is an appositive.
  const appositive = (s: string): boolean => isSpeakerSegment(s) || (/^một\s/iu.test(s) && s.split(/\s+/).length <= 14);
  if (segs.slice(1).some((s) => !appositive(cleanSubject(s)))) return null;
  return { phrase: subject, at };
}

/**
 * Speaker named before the opening mark in the same sentence, from `from` (the sentence start or
 * the previous closing mark): the subject of the nearest speech verb, "Theo X, “…”", or a bare
 * "Ông X, Chủ tịch Y: “…”".
 */
export function attributionBefore(text: string, from: number, openAt: number): Phrase | null {
  const verbs = speechVerbs(text, from, openAt);
  for (let i = verbs.length - 1; i >= 0; i--) {
    const v = verbs[i];
    if (!v) continue;
    const start = i > 0 ? (verbs[i - 1]?.end ?? from) : from;
    const subject = subjectBefore(text, start, v.start);
    if (subject) return { phrase: subject, at: start };
  }
  const region = text.slice(from, openAt);
  const theo = /(?:^|[,;]\s*)theo\s+(.+?)\s*,\s*$/iu.exec(region);
  if (theo?.[1]) {
    const p = theoPhrase(theo[1]);
    if (p) return { phrase: p, at: from + (theo.index ?? 0) };
  }
  const bare = /^(.+?)\s*:\s*$/u.exec(region.trim());
  if (bare?.[1] && leading(bare[1], TITLE_WORDS) > 0) {
    const segs = segments(bare[1]);
    if (segs.every((s) => isSpeakerSegment(s))) return { phrase: bare[1], at: from };
  }
  return null;
}

/** The subject of the first speech verb of a sentence: who the following quotation belongs to. */
export function sentenceSpeaker(text: string, from: number, to: number): Phrase | null {
  for (const v of speechVerbs(text, from, to)) {
    const before = text.slice(from, v.start);
    if ((before.match(/[“”"«»]/g)?.length ?? 0) % 2 === 1) continue;
    const subject = subjectBefore(text, from, v.start);
    if (subject) return { phrase: subject, at: from };
  }
  return null;
}
