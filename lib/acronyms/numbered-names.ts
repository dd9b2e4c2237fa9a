/**
 * "kênh VTV1", "đài TF1", "Kênh HTV7": a name of capitals joined to a number, which the glossary
 * knows whole, written as it writes it. Detection leaves letters joined to a number alone, as a
 * model's designation ("A321", "MiG29"); a form the glossary holds is a channel's, a network's or a
 * firm's name, spelled so. Police units' codes are left to their own rule (police-codes.ts: "phòng
 * C05" is a room); other codes the glossary writes so (an admission choice, "NV1"; a military
 * region, "QK7") are read here wherever they stand. So is a figure joined to one or two capitals
 * that the glossary writes so: a network's generation ("mạng 5G", "điện thoại 3G"), a firm ("3M");
 * not after a word that labels things so ("lớp 5G", "tòa 5G"). Others are a grade, a road, a
 * generation of people ("lớp 9A", "quốc lộ 1A", "thế hệ 9X").
 */
import type { Glossary } from './glossary';
import { policeCodeShape } from './police-codes';

// Two capitals or more, then one to three digits, standing alone: not part of a longer code
// ("DVB-T2", "HD-1652", "VTV1.vn") nor a figure ("VTV1,5").
const NUMBERED = /(?<![\p{L}\p{N}.\-–/])\p{Lu}{2,}\d{1,3}(?![\p{L}\p{N}]|[.,\-–/][\p{L}\p{N}])/gu;
// One digit, then one or two capitals, standing alone the same way; or a digit, a space and three or
// four capitals, where the glossary writes them joined ("Quỹ Đầu tư Nhà nước Malaysia (1 MDB)").
const FIGURE_FIRST = /(?<![\p{L}\p{N}.,\-–/])\d\p{Lu}{1,2}(?![\p{L}\p{N}]|[.,\-–/][\p{L}\p{N}])/gu;
// No name going on after them: "2 FA Cup" is two cups of the FA.
const FIGURE_SPACED = /(?<![\p{L}\p{N}.,\-–/])\d[ \u00a0]\p{Lu}{3,4}(?![\p{L}\p{N}]|[.,\-–/][\p{L}\p{N}]|[ \u00a0]\p{Lu})/gu;
// Words that number a thing by a figure and a letter: a class, a building, a plot, a room, a line, a
// memory's size ("lớp 5G", "tòa 5G", "lô 2G", "phòng 3M", "tuyến 3M", "RAM 4G"); not "hạ tầng 5G",
// "hạ tầng số 5G".
const LABELLED_BEFORE = /(?:^|[^\p{L}])(?:lớp|tòa|toà|nhà|lô|khu|phòng|(?<!hạ )tầng|căn|dãy|block|tuyến|(?<!(?:hạ tầng|chuyển đổi|nền tảng|kinh tế) )số|ram|rom|bộ nhớ)[ \u00a0]$/iu;

/** The numbered names `text` writes that the glossary knows, as written. */
export function numberedNames(text: string, glossary: Glossary): string[] {
  const found = new Set<string>();
  const labelled = (at: number): boolean => LABELLED_BEFORE.test(text.slice(Math.max(0, at - 12), at));
  for (const m of [...text.matchAll(NUMBERED), ...[...text.matchAll(FIGURE_FIRST)].filter((f) => !labelled(f.index))]) {
    // Written as the glossary writes it: "SM-3" is a missile's designation, however "SM3" is spaced.
    if (!found.has(m[0]) && !policeCodeShape(m[0]) && glossary.lookup(m[0])?.short === m[0]) found.add(m[0]);
  }
  for (const m of text.matchAll(FIGURE_SPACED)) {
    const joined = m[0].replace(/[ \u00a0]/u, '');
    if (!found.has(m[0]) && glossary.lookup(joined)?.short === joined) found.add(m[0]);
  }
  return [...found];
}
