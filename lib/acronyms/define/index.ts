/**
 * Definitions an article gives for its own acronyms:
 *   "long form (ABBR)", "long form (viết tắt là ABBR)", "long form, gọi tắt là ABBR"
 *   "ABBR (long form)", "ABBR (viết tắt của long form)", "ABBR, viết tắt của long form"
 * The long form is found first by spelling (see ../match.ts). Vietnamese news also defines foreign
 * initialisms by their Vietnamese name, which cannot spell them ("Quỹ Tiền tệ Quốc tế (IMF)"); for
 * those the long form is the noun phrase before the parenthesis, cut where the phrase starts.
 *
 * This module tries the ways of defining at each occurrence, in order, and keeps the definitions.
 * Each way lives beside it: in-brackets.ts (the short form inside brackets after its name),
 * before-short.ts (the name before it without brackets: "gọi tắt là", a dash), after-short.ts (the
 * name after it: in brackets, between dashes, "viết tắt của"), members.ts (a group's members listed
 * after it), paired.ts (two short forms in one pair of brackets after their two names), tickers.ts
 * (tickers and their firms in market reports), glossary-name-beside.ts and
 * partly-translated.ts (last resorts), joined-parts.ts (the parts of a short form of two, defined
 * whole, that the text writes alone). What they share: long-before.ts and long-inside.ts (the long
 * form on either side), settle.ts (what a found definition becomes before it is kept),
 * marks-and-bylines.ts (short forms that define nothing), lexicon.ts (word lists and patterns),
 * words.ts (tests on a run of words), phrase.ts (the named phrase), foreign-names.ts (a person's or
 * a foreign name in it), titled-names.ts (a name across a dash, a title across stop words),
 * translated.ts (names that translate an English initialism), unit-codes.ts (police and army unit
 * codes), types.ts.
 */
import type { Occurrence } from '../detect';
import { wordsIn } from '../match';
import type { Definition, Reader } from './types';
import { capitalised, firmNameStart, firmOrBank, leftWords, textOf } from './words';
import { longBefore } from './long-before';
import { type KnownWords } from './translated';
import { glossaryBrandBeforeBrackets, glossaryNameBefore } from './glossary-name-beside';
import { widenedToGlossaryName } from './glossary-name-whole';
import { partlyTranslatedName } from './partly-translated';
import { memberList } from './members';
import { firmBeforeTicker, tickerOwner } from './tickers';
import { definesNothing } from './marks-and-bylines';
import { readInBrackets } from './in-brackets';
import { readPaired } from './paired';
import { readCalled, readDashed, readNameRightBefore } from './before-short';
import { readBetweenDashes, readBracketsAfter, readNote, readSaid } from './after-short';
import { settle } from './settle';
import { joinedParts } from './joined-parts';
import { isPressName } from '../glossary';
import { atDateline } from '../dateline';

export type { Definition } from './types';
export type { KnownWords } from './translated';
export { findUnitCodes } from './unit-codes';

/** "nhóm CLMV gồm Campuchia, Lào, Myanmar và Việt Nam": the members, one for each letter. */
const readMembers: Reader = (text, occ, known) => {
  const def = memberList(text, occ.surface, occ.end, known);
  return def ? { def } : null;
};

/** "… của Ngân hàng Tiên Phong (TPBank), mã chứng khoán là TPB": the listed firm before it. A
 * ticker's letters need not spell its firm ("cổ phiếu Công ty cổ phần đá Spilít, mã chứng khoán
 * SPI"): the nearest firm's noun before, in the same clause, opens the name. */
const readFirmBeforeTicker: Reader = (text, occ, known) => {
  const end = firmBeforeTicker(text, occ);
  if (end <= 0) return null;
  const def = longBefore(text, occ.surface, end, known);
  if (def && firmOrBank(wordsIn(text, def.start, def.start + def.long.length))) return { def };
  // Only letters the glossary does not know, and a name proper: after the firm's noun and legal form,
  // a word or two of its trade, then capitalised words ("Ngân hàng Nhà nước đã chấp thuận cho
  // Vietcombank, mã chứng khoán VCB" names two banks).
  if ((known?.expansions(occ.surface).length ?? 0) > 0) return null;
  const words = leftWords(text, end, 10);
  const from = words.findLastIndex((_, i) => firmOrBank(words.slice(i)));
  if (from < 0 || /[,;:()]/u.test(text.slice((words[from] as { start: number }).start, end))) return null;
  const name = words.slice(from);
  const own = name.slice(firmNameStart(name));
  const first = own.findIndex((w) => capitalised(w));
  if (first < 0 || first > 2 || !own.slice(first).every((w) => capitalised(w))) return null;
  return { def: { ...textOf(text, name), how: 'named' } };
};

/** "mã VCB của ngân hàng Ngoại thương Việt Nam tăng …": a ticker and the listed firm it is of. */
const readTickerOwner: Reader = (text, occ, known) => {
  const owner = tickerOwner(text, occ, known);
  // A firm's name, however short or whatever the letters are elsewhere ("mã VND của Công ty CP
  // Chứng khoán VNDirect" is no currency); one with no capital is a common noun, read as others are.
  return owner ? { def: { ...textOf(text, owner), how: 'named' }, brand: owner.some((w) => capitalised(w)) } : null;
};

// The ways of defining, in the order they are tried: the first whose form the occurrence stands in
// decides. A short form inside brackets is read before one with brackets after it, a name before it
// before a name after it.
const READERS: readonly Reader[] = [
  readMembers,
  readPaired,
  readInBrackets,
  readCalled,
  readDashed,
  readBetweenDashes,
  readBracketsAfter,
  readFirmBeforeTicker,
  readTickerOwner,
  readNote,
  readSaid,
  readNameRightBefore,
];

/**
 * "Bé gái thoát nạn (NĐT) - Trên đường …": a newspaper's dateline (see dateline.ts); the headline
 * before it is no long form. Only for a short form the glossary knows as a newspaper: a name in
 * brackets before a dash is a definition as often ("Phòng cháy chữa cháy (PCCC) - …").
 */
function newspaperDateline(text: string, occ: Occurrence, known: KnownWords | undefined): boolean {
  return known !== undefined && atDateline(text, occ.start, occ.end) && known.expansions(occ.surface).some(isPressName);
}

// How many different names a short form may be read from before it is a label, not a name: two
// are a body's name and the other it goes by ("Cục Dự trữ Liên bang (Fed)", "Ngân hàng Trung ương
// Mỹ (Fed)").
const LABEL_AFTER = 3;

// Which of two definitions of one short form wins.
const STRENGTH: Record<Definition['how'], number> = { named: 0, translated: 1, spelled: 2 };

/** Every definition in NFC `text` for the detected occurrences, first per surface form (spelled wins). */
export function findDefinitions(text: string, occurrences: Occurrence[], known?: KnownWords): Map<string, Definition> {
  const out = new Map<string, Definition>();
  // The names each short form alone in brackets was read from by their words alone (see LABEL_AFTER).
  const namesRead = new Map<string, Set<string>>();
  const keep = (found: Definition, brand = false): Definition | null => {
    const settled = settle(text, found, brand, known);
    const d = settled && widenedToGlossaryName(text, settled, known);
    const had = d && out.get(d.short);
    if (d && (!had || STRENGTH[d.how] > STRENGTH[had.how])) out.set(d.short, d);
    return d;
  };

  for (const occ of occurrences) {
    if (definesNothing(text, occ) || newspaperDateline(text, occ, known)) continue;
    for (const read of READERS) {
      const reading = read(text, occ, known);
      if (reading === null) continue;
      const d = reading === 'none' ? null : keep({ short: occ.surface, ...reading.def }, reading.brand);
      if (d?.how === 'named' && text[occ.start - 1] === '(' && text[occ.end] === ')') namesRead.set(d.short, (namesRead.get(d.short) ?? new Set()).add(d.long.toLowerCase()));
      break;
    }
  }
  // Last, where nothing else defines it: the glossary's Vietnamese name written right before the
  // short form ("Tiêu chuẩn Việt Nam TCVN 5729"), or an English initialism alone in brackets after a
  // Vietnamese name the table translates only in part ("tàu đổ bộ đệm khí (LCAC)"). A name in
  // brackets the "(ABBR)" rules above have read already.
  if (known) {
    for (const occ of occurrences) {
      if (out.has(occ.surface)) continue;
      if (/[\p{L}\p{M}] $/u.test(text.slice(Math.max(0, occ.start - 2), occ.start))) {
        const named = glossaryNameBefore(text, occ.start, occ.surface, known);
        // Read as a translation: beside it the popup may show the glossary's English name of the
        // same short form (find.ts), as it does for a name whose words translate that English one.
        if (named) keep({ short: occ.surface, ...named, how: 'translated' });
      } else if (/\(\s*$/u.test(text.slice(Math.max(0, occ.start - 3), occ.start)) && /^\s*\)/u.test(text.slice(occ.end, occ.end + 3))) {
        const open = text.lastIndexOf('(', occ.start);
        const brand = glossaryBrandBeforeBrackets(text, open, occ.surface, known);
        if (brand) {
          keep({ short: occ.surface, ...brand, how: 'named' }, true);
          continue;
        }
        const words = partlyTranslatedName(text, open, occ.surface, known);
        if (words) keep({ short: occ.surface, ...textOf(text, words), how: 'translated', guessed: true });
      }
    }
  }
  // "Khoa học máy tính (CLC); Kỹ thuật máy tính (CLC); Kỹ thuật Ô tô (CLC)": a short form in brackets
  // after several names, none of which holds another, labels each of them (a programme's kind) and
  // defines none; "thu phí tự động không dừng (ETC)", "trạm thu phí tự động không dừng (ETC)" are one.
  for (const [short, names] of namesRead) {
    const apart = [...names].filter((n) => [...names].every((m) => m === n || !(m.includes(n) || n.includes(m))));
    if (apart.length >= LABEL_AFTER && out.get(short)?.how === 'named') out.delete(short);
  }
  // "Hội đồng bảo an Liên Hợp Quốc (HĐBA LHQ) … của LHQ": the parts written alone, by their words.
  const surfaces = new Set(occurrences.map((o) => o.surface));
  for (const def of [...out.values()]) {
    for (const part of joinedParts(text, def, (short) => surfaces.has(short) && !out.has(short))) out.set(part.short, part);
  }
  return out;
}
