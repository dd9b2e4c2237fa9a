/**
 * Generates the text engine's shipped word lists from ../shared/lexicon (run: npx tsx scripts/build-stopwords.ts):
 *   lib/text/stopwords-data.ts      stopwords (vietnamese-stopwords MIT + underthesea Apache-2.0), reviewed
 *   lib/text/abbreviations-data.ts  dotted abbreviations and sentence starters (underthesea Punkt params, Apache-2.0)
 * The review rules live here, not in the output, so a re-run on a new source list applies them again.
 * Licence notes: lib/text/STOPWORDS-SOURCES.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lexicon = join(root, '..', 'shared', 'lexicon');
const out = join(root, 'lib', 'text');

const clean = (s: string): string => s.normalize('NFC').toLowerCase().trim().replace(/\s+/g, ' ');
const lines = (file: string): string[] =>
  readFileSync(join(lexicon, file), 'utf8').split('\n').map(clean).filter((l) => l.length > 0);

/**
 * Entries of vietnamese-stopwords.txt that name things, actions, amounts or places a news summary is about.
 * A sentence scorer that ignores them would miss "giá nhà tăng", "hỗ trợ doanh nghiệp", "quận 1".
 * Rule: drop an entry when its meaning in news is topical (a noun for a thing/place/person role, a verb of a
 * reported action, an adjective of amount or quality), keep it when it is grammatical (pronoun, particle,
 * conjunction, preposition, modal, discourse marker, vague time/degree word).
 */
const CONTENT = new Set(
  [
    // things, places, institutions
    'nước', 'nhà', 'quận', 'cây', 'cây nước', 'nhà chung', 'nhà tôi', 'ngôi nhà', 'dưới nước', 'nước nặng',
    'nước quả', 'nước ăn', 'nước bài', 'về nước', 'xa nhà', 'cả nhà', 'vùng nước', 'nguồn', 'ngọn nguồn',
    'tuổi', 'tên', 'khách', 'bài', 'cha', 'cá nhân', 'câu hỏi', 'giá trị', 'giá trị thực tế',
    'đơn vị', 'vị trí', 'khoảng cách', 'cơ hội', 'điều kiện', 'vấn đề', 'vấn đề quan trọng', 'tình trạng',
    'quá trình', 'thời gian', 'thời điểm', 'lý do', 'chuyện', 'lời nói', 'vùng',
    // reported actions and changes
    'bán', 'giảm', 'tăng', 'tăng thêm', 'tăng giảm', 'hỗ trợ', 'chia sẻ', 'thực hiện', 'thực hiện đúng',
    'tiếp tục', 'tập trung', 'đảm bảo', 'yêu cầu', 'xử lý', 'sử dụng', 'đánh giá', 'khẳng định', 'thay đổi',
    'thay đổi tình trạng', 'chuẩn bị', 'cảm ơn', 'xuất hiện', 'trở thành', 'tạo điều kiện', 'tạo cơ hội',
    'mở mang', 'tìm việc', 'bỏ việc', 'thôi việc', 'ăn', 'ăn sáng', 'quan tâm', 'tìm hiểu', 'chọn', 'gặp khó khăn',
    'vượt quá', 'lên ngôi', 'bất tử', 'đưa tin',
    // amounts and qualities
    'cao', 'thấp', 'lớn', 'nhỏ', 'khó khăn', 'quan trọng', 'phù hợp', 'đặc biệt', 'mạnh', 'nhanh', 'ngọt',
    'liên quan', 'trực tiếp',
  ].map(clean),
);

/** Numbers are facts in news ("10", "2" in underthesea's frequency list), never noise. */
const isNumberish = (w: string): boolean => /\d/.test(w);

function buildStopwords(): { words: string[]; dropped: string[] } {
  const all = new Set([...lines('vietnamese-stopwords.txt'), ...lines('underthesea_stopwords.txt')]);
  const words: string[] = [];
  const dropped: string[] = [];
  for (const w of all) (CONTENT.has(w) || isNumberish(w) ? dropped : words).push(w);
  const unknown = [...CONTENT].filter((w) => !all.has(w));
  if (unknown.length > 0) throw new Error(`CONTENT lists words not in the sources: ${unknown.join(', ')}`);
  return { words: words.sort(), dropped: dropped.sort() };
}

interface PunktParams {
  abbrev_types: string[];
  sent_starters: string[];
}

/**
 * Punkt learned its list from Vietnamese Wikipedia-like text: many entries are noise (file names, units,
 * words glued to a closing quote, fragments of Vietnamese syllables). Keep only ASCII letter groups joined
 * by dots ("v.v", "e.g", "u.s.a") and undotted ones of at most 4 letters ("tp", "ths", "etc"): longer
 * undotted entries ("amylase", "madagasca") are ordinary words that can end a sentence.
 */
function buildAbbreviations(p: PunktParams, stopSyllables: Set<string>): string[] {
  return p.abbrev_types
    .map(clean)
    .filter((a) => /^[a-z]+(\.[a-z]+)*$/.test(a))
    .filter((a) => a.includes('.') || a.length <= 4)
    .filter((a) => !stopSyllables.has(a))
    .sort();
}

/** Surnames Punkt saw at sentence starts; after an initial ("Nguyễn Văn A. Chu") they continue a name. */
const NAME_STARTERS = new Set(['chu', 'tôn', 'khánh', 'khổng', 'tào', 'mao', 'deng']);

/**
 * Sentence starters decide the ambiguous case "abbreviation or initial + capitalised word". Keep Punkt's
 * starters that are Vietnamese function words (present in the stopword sources), so English words and
 * names Punkt also learned ("holmes", "watson") do not split after an initial.
 */
function buildStarters(p: PunktParams, stopSyllables: Set<string>): string[] {
  return p.sent_starters
    .map(clean)
    .filter((s) => stopSyllables.has(s) && !NAME_STARTERS.has(s))
    .sort();
}

const header = (what: string, sources: string): string =>
  `// GENERATED by scripts/build-stopwords.ts: do not edit. ${what}\n// Sources: ${sources}.\n// Licence notes: lib/text/STOPWORDS-SOURCES.md.\n`;

/** One '|'-joined string per list: smaller in the bundle than an array literal and parsed once. */
const literal = (words: string[]): string => JSON.stringify(words.join('|'));

function main(): void {
  const { words, dropped } = buildStopwords();
  const stopSyllables = new Set(
    [...lines('vietnamese-stopwords.txt'), ...lines('underthesea_stopwords.txt')].flatMap((w) => w.split(' ')),
  );
  const punkt = JSON.parse(readFileSync(join(lexicon, 'underthesea_punkt_params.json'), 'utf8')) as PunktParams;
  const abbreviations = buildAbbreviations(punkt, stopSyllables);
  const starters = buildStarters(punkt, stopSyllables);

  writeFileSync(
    join(out, 'stopwords-data.ts'),
    header(
      `${words.length} stopwords, lower-case NFC, multi-syllable ones space-separated; ${dropped.length} content words dropped (rule in the script).`,
      'stopwords/vietnamese-stopwords (MIT, 1,941 words) + undertheseanlp/underthesea stopwords (Copyright 2017 UndertheseaNLP, Apache-2.0, 52 words)',
    ) + `export const STOPWORDS_JOINED = ${literal(words)};\n`,
  );
  writeFileSync(
    join(out, 'abbreviations-data.ts'),
    header(
      `${abbreviations.length} abbreviations (lower-case, without the final dot), ${starters.length} sentence starters.`,
      'undertheseanlp/underthesea Punkt parameters (Copyright 2017 UndertheseaNLP, Apache-2.0, see LICENSE-underthesea.txt), filtered (rules in the script)',
    ) +
      `export const PUNKT_ABBREVIATIONS_JOINED = ${literal(abbreviations)};\n` +
      `export const PUNKT_STARTERS_JOINED = ${literal(starters)};\n`,
  );
  console.log(`stopwords: ${words.length} kept, ${dropped.length} dropped: ${dropped.join(', ')}`);
  console.log(`abbreviations: ${abbreviations.length}; starters: ${starters.length}: ${starters.join(' ')}`);
}

main();
