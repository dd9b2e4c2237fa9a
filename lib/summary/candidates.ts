/**
 * Which sentences may appear in a summary at all. A summary line read out of context must stand on
 * its own, so captions, credits, bylines, headings and fragments of a split quotation are excluded
 * before ranking rather than merely scored down.
 */
import type { Span } from '../text/span';
import { countWords } from '../text/words';

export interface Candidate extends Span {
  /** Index in the full sentence list (article order). */
  index: number;
  words: number;
  /** Opens with a word that answers the sentence before ("Tuy nhiên, …"). */
  pointsBack: boolean;
}

const MIN_WORDS = 6;
const MAX_CAPTION_WORDS = 80;
/** An unclosed quotation is assumed to end within a paragraph's worth of sentences. */
const MAX_QUOTE_SENTENCES = 4;

/** A credit anywhere in a line marks the whole line as a photo caption ("… tại Bình Dương. Ảnh: QUỐC CHIẾN"). */
const CREDIT = /(?:^|[\s.(\[–-])(?:ảnh|nguồn ảnh|ảnh minh họa|ảnh minh hoạ|photo|video|clip|đồ họa|đồ hoạ|infographic)\s*:/iu;
const ENDS_SENTENCE = /[.!?…]["”’»)\]]*$/u;
const STARTS_LOWER = /^["“'‘(\[]*\p{Ll}/u;
// Openings that answer the sentence before: a contrast, a consequence, an addition. "Song" only with
// its comma ("Song Hye-kyo" is a name).
const POINTS_BACK = /^(?:Nhưng|Tuy nhiên|Tuy vậy|Tuy thế|Thế nhưng|Song(?=,)|Dù vậy|Do đó|Do vậy|Vì vậy|Vì thế|Bởi vậy|Như vậy|Chính vì vậy|Chính vì thế|Ngoài ra|Bên cạnh đó|Đồng thời|Hơn nữa|Ngược lại|Mặt khác|Cũng theo|Theo đó|Qua đó|Từ đó)(?=[\s,])/u;

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Net quotation depth a sentence leaves behind: curly quotes count up and down, straight ones toggle. */
function quoteDelta(text: string): { curly: number; straight: number } {
  const open = (text.match(/“/g) ?? []).length;
  const close = (text.match(/”/g) ?? []).length;
  return { curly: open - close, straight: (text.match(/"/g) ?? []).length % 2 };
}

/** Start of each sentence's line, found in one forward pass (sentences are in order and never cross "\n"). */
function lineStarts(text: string, sentences: readonly Span[]): number[] {
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  return sentences.map((s) => {
    while (nextBreak !== -1 && nextBreak < s.start) {
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    return lineStart;
  });
}

export function eligibleSentences(text: string, sentences: readonly Span[]): Candidate[] {
  const starts = lineStarts(text, sentences);
  const perLine = new Map<number, number>();
  for (const ls of starts) perLine.set(ls, (perLine.get(ls) ?? 0) + 1);
  const captionLines = new Set<number>();
  for (const ls of perLine.keys()) {
    const nl = text.indexOf('\n', ls);
    const line = text.slice(ls, nl === -1 ? text.length : nl);
    // A credit marks a whole short line as a caption ("… tại Bình Dương. Ảnh: QUỐC CHIẾN"); in a long
    // paragraph it only disqualifies its own sentence.
    if (countWords(line) <= MAX_CAPTION_WORDS && CREDIT.test(line)) captionLines.add(ls);
  }

  const out: Candidate[] = [];
  let line = -1;
  let curly = 0;
  let straight = 0;
  let quoteAge = 0;
  sentences.forEach((s, index) => {
    const ls = starts[index]!;
    const t = s.text;
    if (ls !== line || quoteAge >= MAX_QUOTE_SENTENCES) {
      line = ls;
      curly = 0;
      straight = 0;
    }
    // A sentence that opens inside a quotation, or leaves one open, is part of a longer quote: out of
    // context it reads as the author's claim, so it is never shown alone.
    const q = quoteDelta(t);
    const insideQuote = curly > 0 || straight === 1 || q.curly !== 0 || q.straight === 1;
    curly = Math.max(0, curly + q.curly);
    straight = (straight + q.straight) % 2;
    quoteAge = curly > 0 || straight === 1 ? quoteAge + 1 : 0;
    if (insideQuote) return;
    if (captionLines.has(ls) || CREDIT.test(t)) return;
    const words = countWords(t);
    if (words < MIN_WORDS) return;
    // A line that is one unpunctuated sentence is a heading, a caption without credit or page chrome.
    if (!ENDS_SENTENCE.test(t) && perLine.get(ls) === 1) return;
    if (isAllCaps(t)) return;
    if (STARTS_LOWER.test(t)) return;
    out.push({ ...s, index, words, pointsBack: POINTS_BACK.test(t) });
  });
  return out;
}
