/**
 * Tells quoted speech from quoted names and labels. News puts marks around event titles, works,
 * laws, nicknames and scare words (“cái chết”, “chết lâm sàng”) as often as around speech; the
 * words around the marks and the quoted words themselves decide.
 */
import { CONTENT_CUES, PERSONAL_PRONOUNS, SPEECH_VERBS, TITLE_CUES } from './lexicon';
import { speechVerbs } from './attribution';
import { compiled, containsWord, trailing } from './words';

export type Cue = 'title' | 'content';

const CUE_WINDOW_WORDS = 5;
/** Quoted words at least this long read as speech even without a speech verb next to them. */
export const SPEECH_MIN_WORDS = 7;
const MASKS = [...SPEECH_VERBS, 'dẫn lời', 'trích lời'];

/**
 * The title or content noun nearest before the opening mark ("phiên chuyên đề đặc biệt: “…”",
 * "tấm băng rôn với nội dung “…”"), ignoring nouns that are part of a speech verb ("giải thích").
 */
export function cueBefore(text: string, from: number, openAt: number): Cue | null {
  const region = text.slice(from, openAt).replace(/[\s:,]+$/u, '');
  const words = region.split(/\s+/);
  const window = words.slice(-CUE_WINDOW_WORDS).join(' ');
  const masked: [number, number][] = [];
  const mask = compiled(MASKS).re;
  mask.lastIndex = 0;
  for (const m of window.matchAll(mask)) masked.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const isMasked = (a: number, b: number): boolean => masked.some(([x, y]) => a < y && b > x);
  let best: { cue: Cue; end: number } | null = null;
  for (const [cue, list] of [['title', TITLE_CUES], ['content', CONTENT_CUES]] as const) {
    const re = compiled(list).re;
    re.lastIndex = 0;
    for (const m of window.matchAll(re)) {
      const a = m.index ?? 0;
      const b = a + m[0].length;
      if (isMasked(a, b)) continue;
      if (!best || b > best.end || (b === best.end && cue === 'content')) best = { cue, end: b };
    }
  }
  return best?.cue ?? null;
}

/** Quoted words that read as speech on their own: long, in the first person, or several sentences. */
export function speechLike(inner: string): boolean {
  const words = inner.split(/\s+/).filter(Boolean).length;
  return words >= SPEECH_MIN_WORDS || containsWord(inner, PERSONAL_PRONOUNS) || /[.!?…]\s+\p{Lu}/u.test(inner);
}

/** A quoted name of a law, event or work: capitalised title word first and no sentence punctuation. */
export function looksLikeTitle(inner: string): boolean {
  return /^(Luật|Bộ luật|Nghị định|Thông tư|Nghị quyết|Quyết định|Chương trình|Dự án|Đề án|Hội thảo|Hội nghị|Diễn đàn|Giải|Lễ hội|Chiến dịch|Cuộc thi|Phim|Sách|Tạp chí|Báo)\s/u.test(inner)
    && !/[.!?…]/u.test(inner);
}

/** A speech verb right before the mark: "nói: “", "cho biết rằng “", "nói, “". */
export function verbRightBefore(text: string, from: number, openAt: number): boolean {
  const region = text.slice(from, openAt).replace(/[\s:,]+$/u, '').replace(/\s+(rằng|là|thêm|như sau)$/iu, '');
  const verb = trailing(region, SPEECH_VERBS);
  // Checked as speechVerbs checks it: "triển khai" and "bảo vệ" say nothing.
  if (verb > 0 && speechVerbs(text, from, from + region.length).some((v) => v.end === from + region.length)) return true;
  return /(?:^|[,;]\s*)theo\s+[^,;]+,\s*$/iu.test(text.slice(from, openAt));
}

/** A speech verb earlier in the same clause, with no comma between it and the mark. */
export function verbInClause(text: string, from: number, openAt: number, verbEnds: number[]): boolean {
  const last = verbEnds.filter((e) => e <= openAt).at(-1);
  if (last === undefined || last < from) return false;
  return !/[,;:]/.test(text.slice(last, openAt));
}

/** The quotation closes its sentence: “…”. or “… .” followed by a new sentence. */
export function closesSentence(text: string, closeAt: number, inner: string): boolean {
  const after = text.slice(closeAt + 1, closeAt + 4);
  if (/^\s*(?:[.!?…]|$|\n)/u.test(after)) return true;
  return /[.!?…]$/u.test(inner.trim()) && /^\s*(?:\p{Lu}|$|\n)/u.test(after);
}
