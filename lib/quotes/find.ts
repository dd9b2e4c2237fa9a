/**
 * findQuotes: quotations in marks and "Speaker: …" statements, with their speakers. Pure text in,
 * plain data out; offsets index into the NFC text (Article.text is already NFC).
 */
import { nfc } from '../text/normalize';
import {
  attributionAfter, attributionBefore, sentenceSpeaker, speechVerbs, subjectBefore, cleanSubject,
} from './attribution';
import { closesSentence, cueBefore, type Cue, looksLikeTitle, speechLike, verbInClause, verbRightBefore } from './classify';
import { colonStatements } from './colon';
import { scanEntities, speakerFrom, type Entity, type Resolved } from './entities';
import { AUTHORING_VERBS, CONTENT_CUES, PERSONAL_PRONOUNS } from './lexicon';

/** Classifiers of things: a subject headed by one is an object, not an author. */
const OBJECT_NOUNS = ['tấm', 'tờ', 'bức', 'chiếc', 'cái', 'biển', 'bảng'];
import { findMarkedSpans, type MarkedSpan } from './marks';
import { isComplete, layout, type Layout, sentenceAt, sentenceIndex, statementParagraphEnd } from './sentences';
import type { Quote } from './types';
import type { Span } from '../text/span';
import { compiled, containsWord } from './words';

type Reason = 'content' | 'speech';

/** What joins the items of a list of quoted names: "“A” và “B”", "“A”, “B”". */
const LIST_GLUE = /^[\s,]*(?:và|hay|hoặc)?\s*$/u;

interface Accepted {
  quote: Quote;
  reason: Reason;
  close: number;
}

export function findQuotes(input: string): Quote[] {
  const text = nfc(input);
  const l = layout(text);
  const ents = scanEntities(text);
  const spans = findMarkedSpans(text);
  const verbEnds = speechVerbs(text, 0, text.length).map((v) => v.end);
  const accepted: Accepted[] = [];
  let prevClose = -1;
  let titleClose = -1;
  for (const span of spans) {
    const rawEnd = span.close ?? unclosedEnd(l, span);
    // vụ án “A” và “B”: a list after a title noun is all titles.
    const listed = titleClose >= 0 && LIST_GLUE.test(text.slice(titleClose + 1, span.open));
    const from = Math.max(sentenceAt(l, span.open).start, prevClose + 1);
    const cue = cueBefore(text, from, span.open);
    titleClose = span.close !== null && (listed || cue === 'title') ? span.close : -1;
    const a = listed ? null : direct(l, span, rawEnd, from, cue, verbEnds, ents, accepted.at(-1));
    if (a) accepted.push(a);
    prevClose = rawEnd;
  }
  const marked = spans.map((s): [number, number] => [s.open, s.close ?? s.limit]);
  const colon = colonStatements(l, marked, ents);
  const inColon = (q: Quote): boolean => colon.some((c) => q.start >= c.start && q.end <= c.end);
  return [...accepted.map((a) => a.quote).filter((q) => !inColon(q)), ...colon].sort((a, b) => a.start - b.start);
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return [start, end];
}

/** Openings by which the reporter takes the word back ("Được biết, …", "Ghi nhận của phóng viên");
 * a speaker says "Theo Nghị định 116…" as often as a reporter, so that one decides nothing. */
const NARRATION = /^(?:Được biết|Ghi nhận|Liên quan đến vụ|Hiện vụ)(?![\p{L}\p{M}])/u;

/**
 * Where an unclosed quotation ends. In a text with paragraphs, at its paragraph's end (or where the
 * reporter takes the word back: "Được biết, …"); when the
 * next quotation or the text's end cuts it, after the sentences that still read as the speaker's:
 * a caption or byline, or a sentence that reports speech in the third person, ends it.
 */
function unclosedEnd(l: Layout, span: MarkedSpan): number {
  const { text } = l;
  const byParagraph = (span.limit === text.length || text[span.limit] === '\n') && statementParagraphEnd(l, span.open) === span.limit;
  const first = sentenceIndex(l, span.open + 1);
  let end = Math.min(l.sentences[first]?.end ?? span.limit, span.limit);
  for (let i = first + 1; i < l.sentences.length; i++) {
    const s = l.sentences[i];
    if (!s || s.end > span.limit) break;
    // The reporter taking the word back ends the quotation even inside its paragraph.
    if (NARRATION.test(s.text)) return end;
    if (!byParagraph) {
      if (!isComplete(s)) break;
      const reports = speechVerbs(text, s.start, s.end).length > 0 && !containsWord(s.text, PERSONAL_PRONOUNS);
      if (reports) break;
    }
    end = s.end;
  }
  return byParagraph ? span.limit : end;
}

/** Quoted words without the marks that reopen a quotation at a new paragraph. */
function innerText(text: string, start: number, end: number, reopened: number[]): string {
  let out = '';
  let at = start;
  for (const r of reopened) {
    if (r < start || r >= end) continue;
    out += text.slice(at, r);
    at = r + 1;
  }
  return out + text.slice(at, end);
}

function direct(
  l: Layout, span: MarkedSpan, rawEnd: number, from: number, cue: Cue | null, verbEnds: number[], ents: Entity[],
  prev: Accepted | undefined,
): Accepted | null {
  const { text } = l;
  const [start, end] = trimmed(text, span.open + 1, rawEnd);
  if (end <= start) return null;
  const inner = innerText(text, start, end, span.reopened);
  const closeSentence = span.close === null ? null : sentenceAt(l, span.close);
  const afterLimit = closeSentence ? Math.min(closeSentence.end + 1, text.length) : end;
  const after = span.close === null ? null : attributionAfter(text, span.close, afterLimit);

  const reason = decide(text, span, from, cue, inner, after !== null, verbEnds, prev);
  if (!reason) return null;
  let who: Resolved | null;
  if (reason === 'content') who = contentSpeaker(text, from, span.open, ents);
  else who = speaker(l, span, from, after, ents, prev);
  const quote: Quote = {
    text: inner, start, end, speaker: who?.speaker ?? null, role: who?.role ?? null, kind: 'direct',
  };
  return { quote, reason, close: span.close ?? end };
}

function decide(
  text: string, span: MarkedSpan, from: number, cue: Cue | null, inner: string, attributed: boolean, verbEnds: number[],
  prev: Accepted | undefined,
): Reason | null {
  if (cue === 'title') return null;
  // Vũ “nhôm”: a word or two in lower case right after a name is a nickname.
  if (/\p{Lu}[\p{L}\p{M}]*\s*$/u.test(text.slice(Math.max(from, span.open - 20), span.open)) && /^\p{Ll}/u.test(inner) && inner.split(/\s+/).length <= 2) {
    return null;
  }
  // "nội dung “nhạy cảm”": a word or two in lower case after a content noun are a label; a sign's
  // "Cấm lửa" is written like a sentence.
  if (cue === 'content') return inner.split(/\s+/).length >= 3 || /[.!?…]/u.test(inner) || /^\p{Lu}/u.test(inner) ? 'content' : null;
  // “A”, “B”, “C” after "biểu ngữ như": the list shares its first item's reading.
  if (prev?.reason === 'content' && LIST_GLUE.test(text.slice(prev.close + 1, span.open))) {
    return 'content';
  }
  if (attributed || verbRightBefore(text, from, span.open)) return 'speech';
  if (looksLikeTitle(inner)) return null;
  if (speechLike(inner)) return 'speech';
  if (span.close !== null && verbInClause(text, from, span.open, verbEnds) && closesSentence(text, span.close, inner)) {
    return 'speech';
  }
  return null;
}

function speaker(
  l: Layout, span: MarkedSpan, from: number, after: ReturnType<typeof attributionAfter>, ents: Entity[],
  prev: Accepted | undefined,
): Resolved | null {
  const { text } = l;
  if (after) return pointingBack(speakerFrom(after.phrase, after.at, ents), prev);
  const before = attributionBefore(text, from, span.open);
  if (before) return speakerFrom(before.phrase, before.at, ents);
  // No attribution in the sentence: the previous complete sentence may introduce the speaker.
  const here = sentenceIndex(l, span.open);
  let ps: Span | undefined;
  for (let i = here - 1; i >= Math.max(0, here - 3); i--) {
    const c = l.sentences[i];
    if (c && isComplete(c)) {
      ps = c;
      break;
    }
  }
  if (ps && span.open - ps.end < 400) {
    const said = sentenceSpeaker(text, ps.start, ps.end);
    if (said) {
      const who = speakerFrom(said.phrase, said.at, ents);
      if (who) return who;
    }
    if (prev && prev.close >= ps.start) return { speaker: prev.quote.speaker, role: prev.quote.role };
  }
  return null;
}

/**
 * "…”, công an viên này kể": a description pointing back ("này", "ấy", "đó") names whoever the
 * quotation before was given to, when that speaker was described with the same words ("Một công an
 * viên xã Tân Thanh chia sẻ: …").
 */
function pointingBack(who: Resolved | null, prev: Accepted | undefined): Resolved | null {
  const noun = who?.speaker ? /^(.+?)\s+(?:này|ấy|đó)$/iu.exec(who.speaker)?.[1]?.toLowerCase() : undefined;
  const before = prev?.quote.speaker;
  if (!noun || !before || !` ${before.toLowerCase()} `.includes(` ${noun} `)) return who;
  return { speaker: before, role: prev.quote.role };
}

/**
 * Written content ("băng rôn với nội dung “…”") belongs to the owner named with "của" or to the
 * subject who wrote or hung it; a bystander standing next to it says nothing.
 */
function contentSpeaker(text: string, from: number, openAt: number, ents: Entity[]): Resolved | null {
  const region = text.slice(from, openAt);
  const owner = [...region.matchAll(/(?:^|\s)của\s+([^,;:“”"]+?)\s+(?:với|có|như|mang|ghi|là)(?=\s)/giu)].at(-1);
  if (owner?.[1]) return speakerFrom(owner[1], from, ents);
  const clauseStart = Math.max(region.lastIndexOf(','), region.lastIndexOf(';')) + 1;
  const clause = region.slice(clauseStart);
  const { re } = compiled(AUTHORING_VERBS);
  re.lastIndex = 0;
  const verb = re.exec(clause);
  if (!verb) return null;
  const subject = subjectBefore(text, from + clauseStart, from + clauseStart + verb.index);
  // "một tấm biển ghi “Cấm lửa”": the sign is not its author.
  if (!subject || containsWord(subject, CONTENT_CUES) || containsWord(subject, OBJECT_NOUNS)) return null;
  return speakerFrom(cleanSubject(subject), from + clauseStart, ents);
}
