/**
 * Pairs quotation marks. Vietnamese pages mix “…”, "…" and «…», often mismatched (“…" or "…”),
 * sometimes leave a quotation unclosed, and continue a quotation over paragraphs by reopening each
 * paragraph with a mark. Single marks ‘…’ are left alone: inside a quotation they are a nested quote
 * that belongs to it, and outside one ’ is mostly an apostrophe (Standard & Poor’s).
 */

export interface MarkedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the text never closes the quotation. */
  close: number | null;
  /** For an unclosed quotation: where it must end at the latest (next opening mark or paragraph end). */
  limit: number;
  /** Opening marks that restart the quotation at the head of a following paragraph. */
  reopened: number[];
}

type Role = 'open' | 'close' | 'either';

const DOUBLE = /[“”"«»„‟]/g;
const OPENS_AFTER = /[\s([{\-–—/:]/u;
const CLOSES_BEFORE = /[\s.,;:!?…)\]}\-–—/]/u;
const IS_MARK = /[“”"«»„‟‘’]/u;

function roleAt(text: string, i: number): Role {
  const prev = i > 0 ? (text[i - 1] ?? '') : '';
  const next = text[i + 1] ?? '';
  const canOpen = prev === '' || OPENS_AFTER.test(prev) || IS_MARK.test(prev);
  const canClose = next === '' || CLOSES_BEFORE.test(next) || IS_MARK.test(next);
  if (canOpen && !canClose) return 'open';
  if (canClose && !canOpen) return 'close';
  const c = text[i];
  if (c === '”' || c === '»') return 'close';
  if (c === '"') return 'either';
  return 'open';
}

interface Mark {
  at: number;
  role: Role;
}

/** A straight pair opening at marks[k] inside a quotation opened with a curly mark that closes after it. */
function nestedStraight(text: string, openAt: number, marks: Mark[], k: number, paragraphEnd: number): boolean {
  const inner = marks[k + 1];
  const outer = marks[k + 2];
  return (
    /[“«„]/u.test(text[openAt] ?? '') && text[marks[k]?.at ?? -1] === '"' &&
    inner !== undefined && outer !== undefined && text[inner.at] === '"' && /[”»‟]/u.test(text[outer.at] ?? '') &&
    outer.at <= paragraphEnd
  );
}

export function findMarkedSpans(text: string): MarkedSpan[] {
  const marks: Mark[] = [];
  for (const m of text.matchAll(DOUBLE)) {
    const at = m.index ?? 0;
    marks.push({ at, role: roleAt(text, at) });
  }
  const out: MarkedSpan[] = [];
  let current: MarkedSpan | null = null;
  const paraEnd = (from: number): number => {
    const nl = text.indexOf('\n', from);
    return nl < 0 ? text.length : nl;
  };

  for (let k = 0; k < marks.length; k++) {
    const mark = marks[k];
    if (!mark) continue;
    if (current) {
      const end = paraEnd(current.reopened.at(-1) ?? current.open);
      if (mark.at > end) {
        // The quotation reached its paragraph's end open: it continues only if the next paragraph
        // reopens it with a mark, or closes it before opening anything else.
        const nextPara = /^\s*/.exec(text.slice(end))?.[0].length ?? 0;
        const headIsMark = end + nextPara === mark.at && mark.role !== 'close';
        const crossClose = mark.role !== 'open' && paraEnd(end + 1) > mark.at;
        if (headIsMark) {
          current.reopened.push(mark.at);
          continue;
        }
        if (!crossClose) {
          current.limit = end;
          out.push(current);
          current = null;
        }
      }
    }
    if (!current) {
      if (mark.role === 'close') continue;
      current = { open: mark.at, close: null, limit: paraEnd(mark.at), reopened: [] };
      continue;
    }
    if (mark.role === 'either' && nestedStraight(text, current.open, marks, k, paraEnd(mark.at))) {
      // “… Dư còn nói " H. có nhắn tin … " . Khi tôi …”: straight marks inside curly ones quote
      // someone within the quotation; the curly mark closes it.
      k++;
      continue;
    }
    if (mark.role === 'close' || mark.role === 'either') {
      current.close = mark.at;
      current.limit = mark.at;
      out.push(current);
      current = null;
      continue;
    }
    // An opening mark inside an open quotation: a nested quotation if two closing marks follow
    // in the same paragraph, else the earlier quotation was never closed.
    const m1 = marks[k + 1];
    const m2 = marks[k + 2];
    const sameParagraph = m2 !== undefined && m2.at <= paraEnd(mark.at);
    if (m1 && m2 && m1.role !== 'open' && m2.role !== 'open' && sameParagraph) {
      k++;
      continue;
    }
    current.limit = mark.at;
    out.push(current);
    current = { open: mark.at, close: null, limit: paraEnd(mark.at), reopened: [] };
  }
  if (current) out.push(current);
  return out;
}
