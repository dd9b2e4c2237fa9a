/**
 * Statements introduced by "Speaker: …" without quotation marks: "Ông John Jung, Chủ tịch ICF: Tiêu
 * chí …" or "Ông X cho biết: với nguồn thu …". They run to the end of the paragraph, or of the
 * sentence when the text has no paragraph breaks (see statementParagraphEnd).
 */
import { attributionBefore, cleanSubject, subjectBefore } from './attribution';
import { speakerFrom, type Entity } from './entities';
import { SPEECH_VERBS } from './lexicon';
import { type Layout, sentenceAt, statementParagraphEnd } from './sentences';
import type { Quote } from './types';
import { trailing } from './words';

export function colonStatements(l: Layout, marked: [number, number][], ents: Entity[]): Quote[] {
  const { text } = l;
  const out: Quote[] = [];
  for (const m of text.matchAll(/:[ \t]+/g)) {
    const pos = m.index ?? 0;
    if (marked.some(([a, b]) => pos > a && pos < b)) continue;
    const start = pos + m[0].length;
    if (!/[\p{L}\p{N}]/u.test(text[start] ?? '')) continue;
    const s = sentenceAt(l, pos);
    const region = text.slice(s.start, pos);
    if (/\([^)]*$/.test(region)) continue;
    const phrase = introducer(text, s.start, pos);
    if (!phrase) continue;
    const who = speakerFrom(phrase, s.start, ents);
    if (!who) continue;
    let end = statementParagraphEnd(l, pos) ?? s.end;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end <= start) continue;
    out.push({ text: text.slice(start, end), start, end, speaker: who.speaker, role: who.role, kind: 'colon' });
  }
  return out;
}

/** The speaker phrase before the colon: the subject of a final speech verb, or a titled name alone. */
function introducer(text: string, from: number, colonAt: number): string | null {
  const region = text.slice(from, colonAt).replace(/\s+$/, '');
  const bare = region.replace(/\s+(thêm|rằng)$/iu, '');
  const verb = trailing(bare, SPEECH_VERBS);
  if (verb > 0) {
    const subject = subjectBefore(text, from, from + bare.length - verb);
    return subject ? cleanSubject(subject) : null;
  }
  const titled = attributionBefore(text, from, colonAt + 1);
  return titled && titled.at === from && titled.phrase === region.replace(/\s*:?\s*$/, '') ? titled.phrase : null;
}
