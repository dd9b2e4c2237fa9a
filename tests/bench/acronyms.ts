/**
 * Acronym benchmark on ../shared/gold/annotations-dev.json (rules in ../shared/gold/README.md).
 *
 * Detection: one predicted entry per distinct surface form, matched to gold by exact surface; a hit
 * whose first offset differs from gold's is still a hit but is listed.
 * Definitions: predicted entries with definedInText; correct when gold also marks the surface as
 * defined in the text and the long forms are equal after `normLong`. Recall over gold's defined ones.
 * Expansion accuracy: over gold entries that were detected, `normLong(pred) === normLong(gold)`;
 * end-to-end accuracy divides by all gold entries instead.
 * normLong: NFC, lower case (so "Ủy ban Nhân dân" = "Ủy ban nhân dân"), tone placement ignored
 * ("Toà án" = "Tòa án", "Uỷ ban" = "Ủy ban": two spellings of the same words), curly apostrophes
 * made straight and en or em dashes hyphens, whitespace runs collapsed to one space, trimmed. Nothing else: a different sense or
 * wording is an error.
 *
 * Also scored: the held-out sets in HELD_OUT, same rules, and the sentence sets in SENTENCE_SETS
 * (definitions only).
 *
 * Run: npm run bench:acronyms   (or import { benchAcronyms })
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findAcronyms, loadGlossary, type AcronymInfo, type Glossary, type GlossaryData } from '../../lib/acronyms';
// "toà" and "tòa" are one word in the old and the new tone placement: the key that meets them.
import { syllableKey } from '../../lib/acronyms/translations';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const GOLD = join(root, '..', 'shared', 'gold', 'annotations-dev.json');
const GLOSSARY = join(root, 'public', 'glossary', 'glossary.json');

interface GoldAcronym {
  short: string;
  long: string;
  defined_in_text: boolean;
  offset: number;
}
interface GoldDoc {
  id: string;
  text: string;
  acronyms: GoldAcronym[];
}

export interface AcronymBenchResult {
  documents: number;
  detection: { precision: number; recall: number; tp: number; fp: number; fn: number };
  definitions: { precision: number; recall: number; correct: number; predicted: number; gold: number; near: number; /** Wrong readings whose right one the correction form offers (AcronymInfo.nearby). */ offered: number; /** Readings the popup flags as guesses (AcronymInfo.guessed), and how many of them are right. */ guessed: number; guessedCorrect: number };
  expansion: { accuracy: number; endToEnd: number; correct: number; detected: number; gold: number };
  errors: string[];
}

/** Case, spacing, tone placement and the typography of apostrophes and dashes ("Majesty’s", "Build–Operate") aside. */
export function normLong(s: string | null): string {
  return (s ?? '').normalize('NFC').toLowerCase().replace(/[’‘]/g, "'").replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim().split(' ').map(syllableKey).join(' ');
}

/**
 * The same name with its edges placed within two words of each other: one long form holds the other,
 * whole words, and is at most two words longer ("Hệ thống phòng thủ tên lửa …" for "phòng thủ tên lửa
 * …"). The edges are where annotators themselves split (a generic head, "tự xưng", a year, "- CTCP");
 * a longer difference is another name ("Bộ Quốc phòng Mỹ" for the agency under it), and so is any
 * difference to a name of one or two words ("Chính phủ" is not "Văn phòng Chính phủ"). Quotes,
 * commas and the spacing of dashes do not count.
 */
export function nearLong(predicted: string | null, gold: string | null): boolean {
  const words = (s: string | null): string[] => normLong((s ?? '').replace(/["“”,]/g, ' ').replace(/\s*[-–—]\s*/g, ' - ')).split(' ').filter((w) => w !== '');
  const [a, b] = [words(predicted), words(gold)];
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0 || long.length - short.length > 2) return false;
  if (short.length < 3 && long.length > short.length) return false;
  return ` ${long.join(' ')} `.includes(` ${short.join(' ')} `);
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export async function benchAcronyms(goldPath = GOLD, glossaryPath = GLOSSARY): Promise<AcronymBenchResult> {
  const docs = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldDoc[];
  const glossary = loadGlossary(JSON.parse(readFileSync(glossaryPath, 'utf8')) as GlossaryData);
  let tp = 0, fp = 0, fn = 0;
  let defCorrect = 0, defPredicted = 0, defGold = 0, defNear = 0, defOffered = 0, defGuessed = 0, defGuessedCorrect = 0;
  let expCorrect = 0, expDetected = 0, expGold = 0;
  const errors: string[] = [];

  for (const doc of docs) {
    const pred = new Map<string, AcronymInfo>(findAcronyms(doc.text, { glossary }).map((a) => [a.short, a]));
    const gold = new Map(doc.acronyms.map((g) => [g.short, g]));
    for (const [short, p] of pred) {
      if (!gold.has(short)) {
        fp++;
        errors.push(`[${doc.id}] detection FP: ${short} @${p.offsets[0]}`);
      }
      if (p.definedInText) {
        defPredicted++;
        const g = gold.get(short);
        if (g?.defined_in_text && nearLong(p.long, g.long)) defNear++;
        const right = g?.defined_in_text === true && normLong(g.long) === normLong(p.long);
        if (right) defCorrect++;
        else if (g?.defined_in_text && p.nearby?.some((r) => normLong(r) === normLong(g.long))) defOffered++;
        if (p.guessed) defGuessed++;
        if (p.guessed && right) defGuessedCorrect++;
        if (!right) errors.push(`[${doc.id}] definition FP: ${short} → "${p.long}" (gold: ${g ? `${g.defined_in_text ? 'defined' : 'not defined'} "${g.long}"` : 'absent'})${p.guessed ? ' [flagged as a guess]' : ''}`);
      }
    }
    for (const g of doc.acronyms) {
      expGold++;
      if (g.defined_in_text) defGold++;
      const p = pred.get(g.short);
      if (!p) {
        fn++;
        errors.push(`[${doc.id}] detection FN: ${g.short} @${g.offset}`);
        if (g.defined_in_text) errors.push(`[${doc.id}] definition FN: ${g.short} → "${g.long}" (not detected)`);
        continue;
      }
      tp++;
      if (p.offsets[0] !== g.offset) errors.push(`[${doc.id}] offset: ${g.short} at ${p.offsets[0]}, gold ${g.offset}`);
      if (g.defined_in_text && !p.definedInText) errors.push(`[${doc.id}] definition FN: ${g.short} → "${g.long}" (got ${p.source ?? 'nothing'}: "${p.long}")`);
      expDetected++;
      if (normLong(p.long) === normLong(g.long)) expCorrect++;
      else errors.push(`[${doc.id}] expansion: ${g.short} → "${p.long}" (${p.source ?? 'none'}), gold "${g.long}"`);
    }
  }
  return {
    documents: docs.length,
    detection: { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), tp, fp, fn },
    definitions: { precision: ratio(defCorrect, defPredicted), recall: ratio(defCorrect, defGold), correct: defCorrect, predicted: defPredicted, gold: defGold, near: defNear, offered: defOffered, guessed: defGuessed, guessedCorrect: defGuessedCorrect },
    expansion: { accuracy: ratio(expCorrect, expDetected), endToEnd: ratio(expCorrect, expGold), correct: expCorrect, detected: expDetected, gold: expGold },
    errors,
  };
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

export function formatAcronymBench(r: AcronymBenchResult): string {
  const rows = [
    ['measure', 'value', 'counts', 'target'],
    ['detection precision', pct(r.detection.precision), `${r.detection.tp}/${r.detection.tp + r.detection.fp}`, '≥ 93%'],
    ['detection recall', pct(r.detection.recall), `${r.detection.tp}/${r.detection.tp + r.detection.fn}`, '≥ 93%'],
    ['definition precision', pct(r.definitions.precision), `${r.definitions.correct}/${r.definitions.predicted}`, '≥ 97% (S&H 96%)'],
    ['definition recall', pct(r.definitions.recall), `${r.definitions.correct}/${r.definitions.gold}`, '≥ 90% (S&H 82%)'],
    ['  edges within two words: P', pct(ratio(r.definitions.near, r.definitions.predicted)), `${r.definitions.near}/${r.definitions.predicted}`, ''],
    ['  edges within two words: R', pct(ratio(r.definitions.near, r.definitions.gold)), `${r.definitions.near}/${r.definitions.gold}`, ''],
    // What the popup's correction form offers as other readings (lib/acronyms/nearby-readings.ts).
    ['  wrong, right reading offered', pct(ratio(r.definitions.offered, r.definitions.predicted - r.definitions.correct)), `${r.definitions.offered}/${r.definitions.predicted - r.definitions.correct}`, ''],
    // The popup tells the reader to check a guessed reading; the others it shows as read.
    ['  P, readings not flagged', pct(ratio(r.definitions.correct - r.definitions.guessedCorrect, r.definitions.predicted - r.definitions.guessed)), `${r.definitions.correct - r.definitions.guessedCorrect}/${r.definitions.predicted - r.definitions.guessed}`, ''],
    ['  P, readings flagged as guesses', pct(ratio(r.definitions.guessedCorrect, r.definitions.guessed)), `${r.definitions.guessedCorrect}/${r.definitions.guessed}`, ''],
    ['expansion accuracy (detected)', pct(r.expansion.accuracy), `${r.expansion.correct}/${r.expansion.detected}`, '≥ 85%'],
    ['expansion accuracy (all gold)', pct(r.expansion.endToEnd), `${r.expansion.correct}/${r.expansion.gold}`, ''],
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const table = rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ')).join('\n');
  return `Acronyms on ${r.documents} gold documents\n${table}\n\nErrors (${r.errors.length}):\n${r.errors.map((e) => `  ${e}`).join('\n')}`;
}

/**
 * Held-out sets (tests/fixtures/gold/README.md): VietNews articles annotated by helpers that saw
 * neither the code nor the glossary. Set 1 was measured once before the fixes it then prompted;
 * set 2 was first measured after them.
 */
export const HELD_OUT = [
  { name: 'held-out set 1 (VietNews, 25 texts; fixes were made after its first measurement)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews.json') },
  { name: 'held-out set 2 (VietNews, 25 texts; unseen when measured)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-2.json') },
  // First measured: definitions P 80.0% (8/10), R 88.9% (8/9), expansion 94.0%; then the
  // place-gloss rule ("huyện Bình Chánh (TP. HCM)") was added after seeing it.
  { name: 'held-out set 3 (VietNews, 8 texts picked for in-text definitions; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-3.json') },
  // First measured (after the set-3 fixes, before any change made on seeing it): detection P/R
  // 97.8/97.3, definitions P 85.2% (23/27), R 69.7% (23/33), expansion 85.3% (151/177).
  { name: 'held-out set 4 (VietNews test files 301-780, 26 texts picked for in-text definitions; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-4.json') },
  // First measured (after the set-4 fixes): detection P/R 94.3/91.4, definitions P 96.2% (25/26),
  // R 73.5% (25/34), expansion 89.2% (132/148). Set 4's parts 1 and 3 left police unit codes
  // ("C 03", "C 01") out of the gold; sets 3 and 5 count them, so on set 4 they show as false positives.
  { name: 'held-out set 5 (VietNews test files 781-1260, 26 texts picked for in-text definitions; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-5.json') },
  // First measured (after the set-5 fixes): detection P/R 88.7/88.7, definitions P 64.7% (11/17),
  // R 64.7% (11/17), expansion 76.6% (36/47). Entertainment news: other shapes of definition.
  { name: 'held-out set 6 (VietNews test files 1004-1020, 1261-1740, 14 texts picked for in-text definitions; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-6.json') },
  // First measured (after the set-6 fixes, at 212307b): detection P/R 91.5/93.6, definitions P 73.9%
  // (82/111), R 62.6% (82/131), expansion 70.3% (175/249). Mostly world news: translated names.
  { name: 'held-out set 7 (VietNews test files 2001-2100, 3501-3600, 5001-5100, 7001-7100, 93 texts picked for in-text definitions; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-7.json') },
  // First measured (after the set-7 fixes, at 58fce17): detection P/R 93.9/95.4, definitions P 81.3%
  // (26/32), R 66.7% (26/39), expansion 64.5% (40/62). Science news.
  { name: 'held-out set 8 (VietNews test files 6001-6090, 27 texts picked for in-text definitions; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-8.json') },
  // Measured once at 9a3cbcd: detection 100/100, definitions P 66.7% (8/12), R 66.7% (8/12); all four
  // errors are where a translated name starts ("hệ thống phòng thủ …", "Hiệp ước Các lực lượng …").
  // Its errors were among those the next session's fixes were chosen from.
  { name: 'held-out set 9 (VietNews test files 7101-7112, 8 texts picked for in-text definitions; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-9.json') },
  // Sampled across the split under a stated convention for leading generic words. Measured once at
  // 3602bb6: detection 95.7/93.5, definitions P 78.4% (58/74), R 56.3% (58/103), expansion 66.3%.
  { name: 'held-out set 10 (VietNews test files 1801-1850, 2601-2650, 3201-3250, 4201-4250, 8201-8250, 9501-9550, 11001-11050, 13001-13050, 15001-15050, 18001-18050; 82 texts picked for in-text definitions; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-10.json') },
  // Sampled like set 10, after its fixes. Measured once at bb30ab2: detection 86.0/94.4, definitions
  // P 81.0% (94/116), R 66.7% (94/141), expansion 72.9%. Spaced-dash pairs and "DF -41" models were
  // fixed after seeing it.
  { name: 'held-out set 11 (VietNews test files 1951-1995, 2751-2795, 3351-3395, 4351-4395, 8351-8395, 9651-9695, 11151-11195, 13151-13195, 15151-15195, 18151-18195; 87 texts picked for in-text definitions; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-11.json') },
  // Made with the session's last 40 look-ups; measured once at 09552c7, after all of that session's
  // changes: detection 100/98.1, definitions P 76.9% (20/26), R 74.1% (20/27), expansion 74.5%. Small:
  // a sign, not a figure. Three of its six false definitions keep a capitalised head the letters do
  // not cover (Hiệp ước, Cơ quan, Diễn đàn), which its annotator, following the convention, left out.
  { name: 'held-out set 12 (VietNews test files 5101-5140, 19 texts picked for in-text definitions; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-12.json') },
  // Sampled like set 10 from eight new windows, sealed while the next session worked, and measured once
  // at its end (8567403): detection 96.5/97.8, definitions P 89.6% (121/135), R 84.0% (121/144),
  // expansion 81.6% (249/305); that session's starting code (f5c9279) gave detection 95.3/96.8,
  // P 81.2% (108/133), R 75.0% (108/144), expansion 76.2%.
  { name: 'held-out set 13 (VietNews test files 5151-5195, 6101-6145, 7201-7245, 10001-10045, 12001-12045, 14001-14045, 16001-16045, 19501-19545; 105 texts picked for in-text definitions; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-13.json') },
  // Sampled like set 13 from eight more windows, sealed while set 13's errors were worked on, measured
  // once at that session's end (01cc3b8): detection 95.4/96.1, definitions P 89.8% (106/118), R 84.1%
  // (106/126), expansion 83.2% (243/292); at 8567403 (when set 13 was measured) P 88.2%, R 83.3%; at
  // the session's start (f5c9279) detection 93.5/94.7, P 80.2% (93/116), R 73.8%, expansion 77.4%.
  // A few of its errors were fixed after that measurement.
  { name: 'held-out set 14 (VietNews test files 5241-5285, 6201-6245, 7301-7345, 10101-10145, 12101-12145, 14101-14145, 17001-17045, 19601-19645; 92 texts picked for in-text definitions; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-14.json') },
  // Four more windows, sealed while set 14's errors were worked on, measured once at the end of that
  // session (5bb7b2c): detection 96.2/96.8, definitions P 91.4% (64/70), R 86.5% (64/74), expansion
  // 86.8% (132/152); at 01cc3b8 (measured on set 14) the same definitions; at 8567403 (set 13) P 90.1%;
  // at the session's start (f5c9279) detection 96.2/95.5, P 76.5% (52/68), R 70.3%, expansion 78.0%.
  { name: 'held-out set 15 (VietNews test files 5286-5330, 7346-7390, 12146-12190, 16101-16145; 60 texts picked for in-text definitions; measured once, one error fixed since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-15.json') },
  // Eight more windows, sealed until measured once mid-session (f19d4a0): detection 94.8/95.9,
  // definitions P 90.5% (133/147), R 85.8% (133/155), expansion 89.1% (293/329); the session's
  // starting code (889b57e) the same definitions, expansion 87.5%.
  { name: 'held-out set 16 (VietNews test files 5331-5375, 6246-6290, 7391-7435, 10146-10190, 12191-12235, 14146-14190, 16146-16190, 17046-17090; 103 texts picked for in-text definitions; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-16.json') },
  // Eight more windows, sealed until measured once later in the same session (45ca59c): detection
  // 94.8/95.1, definitions P 91.8% (123/134), R 82.6% (123/149), expansion 88.0% (257/292); the
  // session's starting code (889b57e) the same definitions, expansion 86.9%.
  { name: 'held-out set 17 (VietNews test files 5376-5420, 6291-6335, 10191-10235, 12236-12280, 14191-14235, 16191-16235, 17091-17135, 19646-19690; 94 texts picked for in-text definitions; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-17.json') },
  // Four more windows, sealed until measured once at that session's end (83d0d71): detection
  // 95.7/97.1, definitions P 80.4% (41/51), R 75.9% (41/54), expansion 78.0% (103/132); the
  // session's starting code (889b57e) P 82.0% (41/50), the same recall, expansion 77.1%.
  { name: 'held-out set 18 (VietNews test files 7436-7480, 12281-12325, 14236-14280, 19691-19735; 43 texts picked for in-text definitions; measured once, one error fixed since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-18.json') },
  // Eight more windows, annotated twice (two groups of helpers, the second from the saved texts) under
  // a brief that wrote the boundary conventions out, the 19 differences decided by a third helper.
  // Measured once on the first annotation at 766d741 (totals only): detection 94.8/95.6, definitions
  // P 84.8% (95/112), R 79.2% (95/120), expansion 87.0%; with edges within two words P 94.6%, R 88.3%.
  // The session's starting code (dba7cbd) P 86.4% (95/110), the same recall. On the adjudicated gold
  // the same figures. Worked on since.
  { name: 'held-out set 19 (VietNews test files 5421-5465, 6336-6380, 7481-7525, 10236-10280, 12326-12370, 14281-14325, 16236-16280, 19736-19780; 93 texts picked for in-text definitions; adjudicated; measured once, seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-19.json') },
  // Eight more windows, made as set 19 while its errors were worked on, and measured once at the
  // session's end (e23785b, totals only) on the adjudicated gold: detection 96.0/94.8, definitions
  // P 91.8% (101/110), R 86.3% (101/117), expansion 87.8%; with edges within two words P 95.5%,
  // R 89.7%. The session's starting code (dba7cbd): P 91.8% (101/110), R 86.3%, edges within two
  // words P 94.5%, R 88.9%, expansion 88.1%.
  { name: 'held-out set 20 (VietNews test files 5466-5510, 6381-6425, 7526-7570, 10281-10325, 12371-12415, 14326-14370, 16281-16325, 19781-19825; 79 texts picked for in-text definitions; adjudicated; measured once, its errors read since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-20.json') },
  // Four more windows, made as set 19 after the session's review fixes, and measured once at 745354a
  // (totals only) on the adjudicated gold: detection 95.9/98.2, definitions P 91.0% (81/89), R 86.2%
  // (81/94), expansion 87.3%; with edges within two words P 95.5%, R 90.4%. The session's starting
  // code (dba7cbd): P 90.9% (80/88), R 85.1%, edges within two words P 95.5%, R 89.4%, expansion 86.7%.
  // Seen since: the remark rule ('(ITLOS - được thành lập …)', b261285) came from its errors.
  { name: 'held-out set 21 (VietNews test files 5511-5555, 7571-7615, 10326-10370, 12416-12460; 70 texts picked for in-text definitions; adjudicated; measured once, seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-21.json') },
  // Eight more windows, made as set 19 at the ninth session's start and measured once at 10b1672,
  // after all of that session's rules (totals only), on the adjudicated gold: detection 96.4/95.7,
  // definitions P 89.9% (124/138), R 83.8% (124/148), expansion 85.1% (229/269); with edges within
  // two words P 94.2%, R 87.8%. The session's starting code (a27c12a): P 88.5% (123/139), R 83.1%,
  // edges within two words P 92.8%, R 87.2%, expansion 84.4%. Seen since: two rules came from its
  // errors (cf909c1).
  { name: 'held-out set 22 (VietNews test files 5556-5600, 6426-6470, 7616-7660, 10371-10415, 12461-12505, 14371-14415, 16326-16370, 19826-19870; 97 texts picked for in-text definitions; adjudicated; measured once, seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-22.json') },
  // Eight more windows, made as set 19 while set 22's errors were worked on, and measured once at
  // 80f8e61 (totals only) on the adjudicated gold: detection 98.3/98.8, definitions P 88.3%
  // (113/128), R 83.1% (113/136), expansion 88.7% (211/238); with edges within two words P 95.3%,
  // R 89.7%. The session's starting code (a27c12a): P 87.5% (112/128), R 82.4%, edges within two
  // words P 94.5%, R 89.0%, expansion 88.2%.
  { name: 'held-out set 23 (VietNews test files 5601-5645, 6471-6515, 7661-7705, 10416-10460, 12506-12550, 14416-14460, 16371-16415, 19871-19915; 94 texts picked for in-text definitions; adjudicated; measured once, seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-23.json') },
  // Four more windows, made as set 19 at the ninth session's end and measured once at 93a9ddc, its
  // final code (totals only), on the adjudicated gold: detection 93.9/96.3, definitions P 85.9%
  // (67/78), R 81.7% (67/82), expansion 84.5% (131/155); with edges within two words P 92.3%,
  // R 87.8%. The session's starting code (a27c12a): P 84.6% (66/78), R 80.5%, the same edges,
  // expansion 83.9%.
  { name: 'held-out set 24 (VietNews test files 5646-5690, 7706-7750, 12551-12595, 14461-14505; 56 texts picked for in-text definitions; adjudicated; measured once, seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-24.json') },
  // Eight more windows each, made as set 19 during the tenth session and measured once at its final
  // code (16ecb49, totals only) on the adjudicated gold. Set 25: detection 97.3/96.9, definitions
  // P 90.2% (119/132), R 82.1% (119/145), expansion 83.7% (210/251); with edges within two words
  // P 92.4%, R 84.1%. Set 26: detection 98.7/97.5, definitions P 92.2% (95/103), R 84.1% (95/113),
  // expansion 88.0% (205/233); edges P 97.1%, R 88.5%. The session's starting code (ff72768): set 25
  // P 89.4% (118/132), R 81.4%, expansion 81.7%; set 26 the same definitions, expansion 86.7%.
  { name: 'held-out set 25 (VietNews test files 5691-5735, 6516-6560, 7751-7795, 10461-10505, 12596-12640, 14506-14550, 16416-16460, 19916-19960; 94 texts picked for in-text definitions; adjudicated; measured once)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-25.json') },
  { name: 'held-out set 26 (VietNews test files 5736-5780, 6561-6605, 7796-7840, 10506-10550, 12641-12685, 14551-14595, 16461-16505, 19961-20005; 81 texts picked for in-text definitions; adjudicated; measured once)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-26.json') },
  // Eight more windows, made as set 25 during the eleventh session and measured once (ba154fe, totals
  // only) on the adjudicated gold: detection 96.6/97.4, definitions P 91.2% (114/125), R 89.8%
  // (114/127), expansion 90.7% (234/258); with edges within two words P 95.2%, R 93.7%. The
  // session's starting code (c5b9a27) gave the same. Its errors were read since (a treaty across a
  // dash, "dẫn lời", "lắp", a single-member company's name, "bay" Flying, four glossary keys).
  { name: 'held-out set 27 (VietNews test files 5781-5825, 6606-6650, 7841-7885, 10551-10595, 12686-12730, 14596-14640, 16506-16550, 20006-20050; 88 texts picked for in-text definitions; adjudicated; measured once, its errors read since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-27.json') },
  // The same, measured once at c739776 (after set 27's fixes): detection 96.2/97.2, definitions
  // P 93.4% (127/136), R 90.1% (127/141), expansion 89.2% (249/279); with edges within two words
  // P 95.6%, R 92.2%. The session's starting code (c5b9a27) gave the same. Its errors were read since
  // ("với", one word spelling from inside, "bắn thử", CAATSA's translations, five glossary keys).
  { name: 'held-out set 28 (VietNews test files 5826-5870, 6651-6695, 7886-7930, 10596-10640, 12731-12775, 14641-14685, 16551-16595, 20051-20095; 97 texts picked for in-text definitions; adjudicated; measured once, its errors read since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-28.json') },
  // Four windows, made the same way at the end of the eleventh session and measured once at its
  // final engine (b55971a, totals only): detection 96.3/97.5, definitions P 90.7% (68/75), R 84.0%
  // (68/81), expansion 87.0% (134/154); with edges within two words P 97.3%, R 90.1%. The session's
  // starting code (c5b9a27) gave the same.
  { name: 'held-out set 29 (VietNews test files 5871-5915, 6696-6740, 7931-7975, 10641-10685; 60 texts picked for in-text definitions; adjudicated; measured once)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-29.json') },
  // Eight more windows, made the same way at the start of the twelfth session and measured once at
  // 204b82d (totals only): detection 97.8/97.8, definitions P 93.7% (118/126), R 88.1% (118/134),
  // expansion 91.8% (246/268); with edges within two words P 95.2%, R 89.6%. The session's starting
  // code (190b73d) gave the same. Its errors were read since (a treaty's year inside its name, "cử").
  { name: 'held-out set 30 (VietNews test files 5916-5960, 6741-6785, 7976-8020, 10686-10730, 12776-12820, 14686-14730, 16596-16640, 20096-20140; 92 texts picked for in-text definitions; adjudicated; measured once, its errors read since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-30.json') },
  // Eight more windows, made the same way during the twelfth session and measured once at b2eac63
  // (totals only, after that session's rules): detection 97.4/95.7, definitions P 87.1% (101/116),
  // R 82.1% (101/123), expansion 87.9% (196/223); with edges within two words P 91.4%, R 86.2%. The
  // session's starting code (190b73d): P 87.0% (100/115), R 81.3%, expansion 87.4%. Its errors were
  // read since (Duke - NUS, "như" opening a spelling, "Phái bộ").
  { name: 'held-out set 31 (VietNews test files 5961-6005, 6786-6830, 8021-8065, 10731-10775, 12821-12865, 14731-14775, 16641-16685, 20141-20185; 81 texts picked for in-text definitions; adjudicated; measured once, its errors read since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-31.json') },
  // Four windows, made the same way at the end of the twelfth session and measured once at its final
  // engine (2e665e5, totals only): detection 96.4/96.4, definitions P 89.0% (73/82), R 85.9% (73/85),
  // expansion 86.5% (115/133); with edges within two words P 95.1%, R 91.8%. The session's starting
  // code (190b73d) gave the same, and so did d854e32 after the review. Its errors are unread.
  { name: 'held-out set 32 (VietNews test files 6006-6050, 6831-6875, 8066-8110, 10776-10820; 62 texts picked for in-text definitions; adjudicated; measured once, its errors read since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-32.json') },
  // Eight windows, made the same way early in the thirteenth session and measured once at a30f6b8
  // (totals only): detection 96.4/97.5, definitions P 90.4% (85/94), R 83.3% (85/102), expansion
  // 84.9% (135/159); with edges within two words P 94.7%, R 87.3%. The session's starting code
  // (45f1c5b): the same definitions, expansion 84.3% (134/159).
  { name: 'held-out set 33 (VietNews test files 6051-6095, 6876-6920, 8111-8155, 10821-10865, 12866-12910, 14776-14820, 16686-16730, 20186-20230; 65 texts picked for in-text definitions; adjudicated; measured once, its errors read since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-33.json') },
  // Eight windows, made the same way later in the thirteenth session (seven files of the first
  // window were set 13's and are left out), measured once at 50ae98b and once with the glossary
  // added after it (6baeb06), totals only: detection 94.8/99.0, definitions P 92.4% (85/92), R 89.5%
  // (85/95); with edges within two words P 95.7%, R 92.6%; expansion 91.1% (184/202), with the new
  // glossary 91.6% (185/202). The session's starting code (45f1c5b): the same definitions, 184/202.
  { name: 'held-out set 34 (VietNews test files 6096-6140, 6921-6965, 8156-8200, 10866-10910, 12911-12955, 14821-14865, 16731-16775, 20231-20275; 72 texts picked for in-text definitions, none of an earlier set; adjudicated; measured twice, its errors read since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-34.json') },
  // Eight windows clear of every earlier set, made the same way in the fourteenth session, measured
  // (totals only) at the session's starting code (3ed76d5), at f882881 and at its last acronym
  // change (cf7a402), which all gave the same figures: detection 94.5/93.8, definitions P 91.5% (86/94), R 87.8% (86/98); with edges within two
  // words P 92.6%, R 88.8%; expansion 87.5% (210/240).
  { name: 'held-out set 35 (VietNews test files 10911-10955, 12956-13000, 13200-13244, 14866-14910, 15200-15244, 16776-16820, 17200-17244, 20276-20320; 64 texts picked for in-text definitions, none of an earlier set; adjudicated; measured; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-35.json') },
  { name: 'held-out set 36 (VietNews test files 9100-9144, 9800-9844, 13400-13444, 13700-13744, 15500-15544, 15800-15844, 17500-17544, 18500-18544; 88 texts picked for in-text definitions, none of an earlier set; adjudicated; measured; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-36.json') },
  { name: 'held-out set 37 (VietNews test files 9200-9244, 9900-9944, 13500-13544, 13800-13844, 15600-15644, 15900-15944, 17600-17644, 18600-18644; 88 texts picked for in-text definitions, none of an earlier set; adjudicated; measured; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-37.json') },
  { name: 'held-out set 38 (VietNews test files 9300-9344, 9400-9444, 13300-13344, 13600-13644, 15300-15344, 17300-17344, 17700-17744, 18700-18744; 92 texts picked for in-text definitions, none of an earlier set; adjudicated; measured; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-38.json') },
  { name: 'held-out set 39 (VietNews test files 9345-9389, 9700-9744, 13345-13380, 13900-13932, 15400-15444, 17800-17832, 18200-18244, 18300-18329; 93 texts picked for in-text definitions, none of an earlier set; adjudicated; measured, then partly seen; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-39.json') },
  { name: 'held-out set 40 (VietNews test files 9390-9399, 9745-9789, 13381-13389, 13645-13689, 13933-13944, 15445-15489, 15700-15744, 17400-17444, 17833-17844, 18330-18344, 18745-18789; 81 texts picked for in-text definitions, none of an earlier set; adjudicated; measured; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-40.json') },
  { name: 'held-out set 41 (VietNews test files 9445-9489, 13245-13289, 13945-13989, 15745-15789, 17245-17289, 17445-17489, 17845-17889, 18245-18289; 85 texts picked for in-text definitions, none of an earlier set; adjudicated; measured; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-41.json') },
  { name: 'held-out set 42 (VietNews test files 13290-13299, 13990-14000, 17890-17934, 18345-18389, 18390-18434, 18790-18834; 59 texts picked for in-text definitions, none of an earlier set; adjudicated; measured; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-42.json') },
  { name: 'held-out set 43 (VietNews test files 11100-11149, 11200-11249, 11300-11349, 11400-11449, 11500-11549, 11600-11649, 11700-11749, 11800-11849; 133 texts picked for in-text definitions, none of an earlier set; adjudicated; measured; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-43.json') },
  { name: 'held-out set 44 (VietNews test files 9000-9049, 9150-9199, 13050-13149, 14900-14949, 15050-15099, 16850-16899, 19000-19049; 95 texts picked for in-text definitions, none of an earlier set; adjudicated; measured; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-44.json') },
  { name: 'held-out set 45 (VietNews test files 8450-8499, 9850-9899, 11950-11999, 13550-13599, 15550-15599, 17150-17199, 18050-18099, 19250-19299; 88 texts picked for in-text definitions, none of an earlier set; adjudicated; measured; seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-45.json') },  // Measured once at 1c4e48b (the engine of 88bc6fa): detection 96.2/94.0, definitions P 89.2% (116/130),
  // R 83.5% (116/139), edges within two words 92.3% / 86.3%, expansion 85.5% (241/282).
  { name: 'held-out set 46 (VietNews test files 8600-8649, 9600-9649, 11250-11299, 12050-12099, 13750-13799, 15850-15899, 17550-17599, 18650-18699; 102 texts picked for in-text definitions, none of an earlier set; adjudicated; measured; its errors read since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronyms-held-out-vietnews-46.json') },
];

// Sets 17 and 19–46 annotated again by helpers that saw neither the first annotation nor the code: what
// two careful readers agree on under the same rules bounds what the definitions can be measured to.
const gold = (name: string): string => join(root, 'tests', 'fixtures', 'gold', `acronyms-held-out-vietnews-${name}.json`);
const AGREEMENT = [
  { name: 'Two annotators on set 17 (the second read as if it were the extension)', first: gold('17'), second: gold('17-second-annotator') },
  { name: 'Two annotators on set 19, the boundary conventions written out (the second read as if it were the extension)', first: gold('19-first-annotator'), second: gold('19-second-annotator') },
  { name: 'Two annotators on set 20, the same brief (the second read as if it were the extension)', first: gold('20-first-annotator'), second: gold('20-second-annotator') },
  { name: 'Two annotators on set 21, the same brief (the second read as if it were the extension)', first: gold('21-first-annotator'), second: gold('21-second-annotator') },
  { name: 'Two annotators on set 22, the same brief (the second read as if it were the extension)', first: gold('22-first-annotator'), second: gold('22-second-annotator') },
  { name: 'Two annotators on set 23, the same brief (the second read as if it were the extension)', first: gold('23-first-annotator'), second: gold('23-second-annotator') },
  { name: 'Two annotators on set 24, the same brief (the second read as if it were the extension)', first: gold('24-first-annotator'), second: gold('24-second-annotator') },
  { name: 'Two annotators on set 25, the same brief (the second read as if it were the extension)', first: gold('25-first-annotator'), second: gold('25-second-annotator') },
  { name: 'Two annotators on set 26, the same brief (the second read as if it were the extension)', first: gold('26-first-annotator'), second: gold('26-second-annotator') },
  { name: 'Two annotators on set 27, the same brief (the second read as if it were the extension)', first: gold('27-first-annotator'), second: gold('27-second-annotator') },
  { name: 'Two annotators on set 28, the same brief (the second read as if it were the extension)', first: gold('28-first-annotator'), second: gold('28-second-annotator') },
  { name: 'Two annotators on set 29, the same brief (the second read as if it were the extension)', first: gold('29-first-annotator'), second: gold('29-second-annotator') },
  { name: 'Two annotators on set 30, the same brief (the second read as if it were the extension)', first: gold('30-first-annotator'), second: gold('30-second-annotator') },
  { name: 'Two annotators on set 31, the same brief (the second read as if it were the extension)', first: gold('31-first-annotator'), second: gold('31-second-annotator') },
  { name: 'Two annotators on set 32, the same brief (the second read as if it were the extension)', first: gold('32-first-annotator'), second: gold('32-second-annotator') },
  { name: 'Two annotators on set 33, the same brief (the second read as if it were the extension)', first: gold('33-first-annotator'), second: gold('33-second-annotator') },
  { name: 'Two annotators on set 34, the same brief (the second read as if it were the extension)', first: gold('34-first-annotator'), second: gold('34-second-annotator') },
  { name: 'Two annotators on set 35, the same brief (the second read as if it were the extension)', first: gold('35-first-annotator'), second: gold('35-second-annotator') },
  { name: 'Two annotators on set 36, the same brief (the second read as if it were the extension)', first: gold('36-first-annotator'), second: gold('36-second-annotator') },
  { name: 'Two annotators on set 37, the same brief (the second read as if it were the extension)', first: gold('37-first-annotator'), second: gold('37-second-annotator') },
  { name: 'Two annotators on set 38, the brief written out (acronyms-annotation-brief.md)', first: gold('38-first-annotator'), second: gold('38-second-annotator') },
  { name: 'Two annotators on set 39, the same brief', first: gold('39-first-annotator'), second: gold('39-second-annotator') },
  { name: 'Two annotators on set 40, the same brief', first: gold('40-first-annotator'), second: gold('40-second-annotator') },
  { name: 'Two annotators on set 41, the same brief', first: gold('41-first-annotator'), second: gold('41-second-annotator') },
  { name: 'Two annotators on set 42, the same brief', first: gold('42-first-annotator'), second: gold('42-second-annotator') },
  { name: 'Two annotators on set 43, the same brief', first: gold('43-first-annotator'), second: gold('43-second-annotator') },
  { name: 'Two annotators on set 44, the same brief', first: gold('44-first-annotator'), second: gold('44-second-annotator') },
  { name: 'Two annotators on set 45, the same brief', first: gold('45-first-annotator'), second: gold('45-second-annotator') },
  { name: 'Two annotators on set 46, the same brief', first: gold('46-first-annotator'), second: gold('46-second-annotator') },
];

/**
 * Definitions of a second annotation (`otherPath`) scored against the first (`goldPath`) as the bench
 * scores the extension's: one entry per surface form and document, recall over every document of
 * the first.
 */
export function agreement(goldPath: string, otherPath: string): { correct: number; predicted: number; gold: number; near: number } {
  const second = new Map((JSON.parse(readFileSync(otherPath, 'utf8')) as GoldDoc[]).map((d) => [d.id, d]));
  let correct = 0, predicted = 0, total = 0, near = 0;
  for (const doc of JSON.parse(readFileSync(goldPath, 'utf8')) as GoldDoc[]) {
    const gold = new Map(doc.acronyms.map((g) => [g.short, g]));
    total += doc.acronyms.filter((g) => g.defined_in_text).length;
    for (const a of second.get(doc.id)?.acronyms.filter((x) => x.defined_in_text) ?? []) {
      predicted++;
      const g = gold.get(a.short);
      if (g?.defined_in_text && normLong(g.long) === normLong(a.long)) correct++;
      if (g?.defined_in_text && nearLong(a.long, g.long)) near++;
    }
  }
  return { correct, predicted, gold: total, near };
}

/**
 * Sentence sets: one sentence a line, then " ## " and the expected definitions, "ABBR=long form as
 * written" or "ABBR=-" (not defined there); "G:…" (a glossary sense expected) and "*" (anything) are
 * not definitions. Only definitions are scored; an acronym defined without an expectation counts as
 * a false one.
 */
export const SENTENCE_SETS: { name: string; path: string }[] = [
  // Written by a reviewer helper (2026-11-28) to compare rules before and after; seen since.
  { name: 'review sentences (350, seen)', path: join(root, 'tests', 'fixtures', 'gold', 'acronym-sentences-review.txt') },
  // Written by a helper that saw no code (2026-11-29), under set 10's convention. Measured once at
  // 271e849: P 83.2% (99/119), R 74.4% (99/133); the session's starting code gave P 80.6%, R 65.4%.
  { name: 'synthetic sentences (200, seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronym-sentences-synthetic.txt') },
  // A second one, 60% domestic news (police units, local government, tickers), made the same way.
  // Measured once at ca7daea: P 89.2% (141/158), R 75.0% (141/188); the session's starting code gave
  // P 88.3%, R 72.3%. Unit codes were fixed after seeing it.
  { name: 'synthetic sentences 2 (200, seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronym-sentences-synthetic-2.txt') },
  // A third (100 domestic, 100 world; a quarter define nothing), sealed and measured once at 8567403:
  // P 95.8% (136/142), R 84.5% (136/161); that session's starting code gave P 86.7%, R 72.7%. Its
  // errors were worked on after that measurement.
  { name: 'synthetic sentences 3 (200, seen since)', path: join(root, 'tests', 'fixtures', 'gold', 'acronym-sentences-synthetic-3.txt') },
];

export function benchSentences(path: string, glossary: Glossary): { predicted: number; correct: number; gold: number } {
  let predicted = 0;
  let correct = 0;
  let gold = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [sentence, expected] = line.split(' ## ');
    if (!sentence || expected === undefined || line.startsWith('#')) continue;
    const want = new Map<string, string>();
    for (const e of expected.split('|')) {
      const at = e.indexOf('=');
      if (at > 0) want.set(e.slice(0, at).trim(), e.slice(at + 1).trim());
    }
    for (const long of want.values()) if (long !== '-' && long !== '*' && !long.startsWith('G:')) gold++;
    for (const a of findAcronyms(sentence.normalize('NFC'), { glossary })) {
      if (!a.definedInText || want.get(a.short) === '*') continue;
      predicted++;
      if (want.has(a.short) && normLong(want.get(a.short) ?? null) === normLong(a.long)) correct++;
    }
  }
  return { predicted, correct, gold };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  (async () => {
    console.log(`Development set\n${formatAcronymBench(await benchAcronyms())}`);
    // The adjudicated sets pooled, beside what their two annotators agree on: the figure a target
    // can be set against.
    const pooled = { correct: 0, predicted: 0, gold: 0, near: 0, offered: 0, guessed: 0, guessedCorrect: 0, expCorrect: 0, expDetected: 0 };
    for (const set of HELD_OUT) {
      const r = await benchAcronyms(set.path);
      console.log(`\n\n${set.name}\n${formatAcronymBench(r)}`);
      if (!set.name.includes('adjudicated')) continue;
      pooled.correct += r.definitions.correct;
      pooled.predicted += r.definitions.predicted;
      pooled.gold += r.definitions.gold;
      pooled.near += r.definitions.near;
      pooled.offered += r.definitions.offered;
      pooled.guessed += r.definitions.guessed;
      pooled.guessedCorrect += r.definitions.guessedCorrect;
      pooled.expCorrect += r.expansion.correct;
      pooled.expDetected += r.expansion.detected;
    }
    const glossary = loadGlossary(JSON.parse(readFileSync(GLOSSARY, 'utf8')) as GlossaryData);
    const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(1)}% (${n}/${d})`;
    console.log(
      `\n\nThe adjudicated held-out sets pooled (each measured once first; most seen since)\ndefinition precision ${pct(pooled.correct, pooled.predicted)}, recall ${pct(pooled.correct, pooled.gold)}; edges within two words: P ${pct(pooled.near, pooled.predicted)}, R ${pct(pooled.near, pooled.gold)}; wrong readings whose right one the correction form offers ${pct(pooled.offered, pooled.predicted - pooled.correct)}; precision of the readings shown as read ${pct(pooled.correct - pooled.guessedCorrect, pooled.predicted - pooled.guessed)}, of those flagged as guesses ${pct(pooled.guessedCorrect, pooled.guessed)}; expansion ${pct(pooled.expCorrect, pooled.expDetected)}`,
    );
    for (const set of SENTENCE_SETS) {
      const r = benchSentences(set.path, glossary);
      console.log(`\n\n${set.name}\ndefinition precision ${pct(r.correct, r.predicted)}, recall ${pct(r.correct, r.gold)}`);
    }
    const agreed = { correct: 0, predicted: 0, gold: 0, near: 0 };
    for (const pair of AGREEMENT) {
      const a = agreement(pair.first, pair.second);
      console.log(`\n\n${pair.name}\ndefinition precision ${pct(a.correct, a.predicted)}, recall ${pct(a.correct, a.gold)}; edges within two words: P ${pct(a.near, a.predicted)}, R ${pct(a.near, a.gold)}`);
      for (const k of ['correct', 'predicted', 'gold', 'near'] as const) agreed[k] += a[k];
    }
    console.log(
      `\n\nTwo annotators, all the sets annotated twice, pooled\ndefinition precision ${pct(agreed.correct, agreed.predicted)}, recall ${pct(agreed.correct, agreed.gold)}; edges within two words: P ${pct(agreed.near, agreed.predicted)}, R ${pct(agreed.near, agreed.gold)}`,
    );
  })();
}
