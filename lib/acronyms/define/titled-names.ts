/**
 * Names that run past where a named phrase stops: across a dash between two capitalised words
 * ("ngân hàng TMCP Sài Gòn - Hà Nội (SHB)"), a treaty's, law's or plan's capitalised title across
 * its stop words ("Hiệp định Thương mại tự do giữa Việt Nam và Liên minh châu Âu (EVFTA)"), and a
 * body's name with "của" and the country that owns it.
 */
import { spells, type LongWord } from '../match';
import { DOCUMENT_HEADS, HEAD_LETTERS, TITLE_STOPS, TREATY_HEADS } from './lexicon';
import { capitalised, dashBefore, headLengthAt, inCompound, leftWords, lower, startsWithFirm, startsWithHead, stopsAt, wordsAt } from './words';
import { headNotInLetters, namedPhrase } from './phrase';

// Heads of rules and treaties, whose titles say what they are for.
const CODE_HEADS = [...TREATY_HEADS, ...['bộ quy tắc', 'quy tắc', 'quy chế'].map((h) => h.split(' '))];

// Words that open a description of what came before the dash, not more of its name.
const DESCRIBING = ['cơ quan', 'nơi', 'đơn vị', 'là', 'một', 'người', 'chỗ', 'tổ chức'].map((d) => d.split(' '));

/**
 * "ngân hàng TMCP Sài Gòn - Hà Nội (SHB)": a dash between two capitalised words inside a name.
 * Read across it when the words on its left open with an organisation head.
 */
export function acrossNameDash(text: string, words: LongWord[], letters: string[], depth = 0): LongWord[] | null {
  const first = words[0] as LongWord;
  const dash = dashBefore(text, first.start);
  if (!dash) return null;
  const left = leftWords(text, first.start - dash[0].length, 12);
  // "Tổng công ty Bia - rượu - nước giải khát Sài Gòn (SABECO)": a firm's trades joined by dashes, a
  // word or two each, back to its head; an association's fields too ("Hiệp hội Bia - Rượu - Nước giải
  // khát Việt Nam (VBA)"), where the fields do not spell the letters themselves ("Hội nghị cấp cao
  // Campuchia - Lào - Myanmar - Việt Nam (CLMV)" is the countries').
  const leftFirst = left[0];
  if (depth < 3 && leftFirst && left.length <= 2 && dashBefore(text, leftFirst.start)) {
    const wider = acrossNameDash(text, [...left, ...words], letters, depth + 1);
    const body = wider !== null && capitalised(wider[0]) && startsWithHead(wider, 0) && !wider.some((_, k) => spells(letters, wider.slice(k)));
    if (wider && (startsWithFirm(wider) || body)) return wider;
  }
  // "Cơ quan Hàng không - Không gian Mỹ (NASA)": in sentence case a name's word capitalises only its
  // first syllable.
  const last = left.length - 1;
  // "Trung tâm Xúc tiến đầu tư - thương mại và hội chợ triển lãm Cần Thơ (CPA)": fields joined by a
  // dash in sentence case, after a short run that a capitalised head opens.
  // Not a description after the dash ("Sở Y tế - cơ quan thường trực …", "Dung Quất - nơi đặt …").
  const described = DESCRIBING.some((d) => wordsAt(words, 0, d));
  const headed = !described && left.some((w, i) => left.length - i <= 6 && capitalised(w) && startsWithHead(left, i));
  if (!capitalised(left[last]) && !(capitalised(left[last - 1]) && capitalised(first)) && !headed) return null;
  const all = [...left, ...words];
  const phrase = namedPhrase(text, all, letters);
  // Or right after a head the letters leave out: "Hệ thống Kiểm soát Hoả lực - Phòng không Tích hợp
  // (NIFC-CA)" names the system by what it does.
  const at = phrase ? all.indexOf(phrase[0] as LongWord) : -1;
  const afterHead = at > 0 && [1, 2, 3].some((k) => k <= at && headLengthAt(all, at - k) === k);
  if (!phrase || phrase.length <= words.length || !(startsWithHead(phrase, 0) || afterHead)) return null;
  // A firm's name may go on in lower case after its dash: "Tập đoàn Than - khoáng sản (TKV)".
  return capitalised(first) || startsWithFirm(phrase) || headed ? phrase : null;
}

/** `words` open with the head of a treaty or a law ("Hiệp định", "Công ước"). */
export function opensTreaty(words: LongWord[]): boolean {
  return TREATY_HEADS.some((h) => wordsAt(words, 0, h));
}

/** The capitalised title of a treaty, law or plan that crosses stop words before the brackets, or null. */
export function documentTitle(words: LongWord[], letters: string[]): LongWord[] | null {
  // "Bộ Quy tắc ứng xử để tránh va chạm bất ngờ trên biển (CUES)": a code or a treaty says what it is
  // for; after another head "để" and a verb in lower case end the title ("Sáng kiến để thúc đẩy Tự do
  // hàng hải (FON)"; "Khuôn khổ Sendai để Giảm thiểu Rủi ro Thiên tai (SFDRR)" is one title).
  let purpose = false;
  for (let h = words.length - 2; h >= 0 && words.length - h <= 16; h--) {
    const w = words[h] as LongWord;
    if (lower(w) === 'để' && !capitalised(words[h + 1])) purpose = true;
    // "tự do" is a word, not the stop "do" (because).
    if (!capitalised(w) && stopsAt(words, h) && !TITLE_STOPS.has(lower(w))) return null;
    if (!capitalised(w) || !DOCUMENT_HEADS.some((d) => wordsAt(words, h, d))) continue;
    if (purpose && !CODE_HEADS.some((d) => wordsAt(words, h, d))) return null;
    // "Luật sư", "Luật gia": a person, not a law.
    if (wordsAt(words, h, ['luật', 'sư']) || wordsAt(words, h, ['luật', 'gia'])) continue;
    // "Công ước quốc tế về Luật biển của Liên Hiệp Quốc (UNCLOS)": a law a treaty is about is
    // inside the treaty's title.
    if (h > 1 && lower(words[h - 1] as LongWord) === 'về' && words.slice(Math.max(0, h - 7), h - 1).some((x, k, run) => capitalised(x) && TREATY_HEADS.some((d) => wordsAt(run, k, d)))) continue;
    // "Bộ Quy tắc", "Đạo luật": the longer head on the left opens the title.
    const from = h > 0 && capitalised(words[h - 1]) && DOCUMENT_HEADS.some((d) => d.length > 1 && wordsAt(words, h - 1, d)) ? h - 1 : h;
    let lastStop = -1;
    for (let i = h + 1; i < words.length; i++) if (!capitalised(words[i]) && stopsAt(words, i)) lastStop = i;
    // "… quyết định rút khỏi Thoả thuận hạt nhân Iran (JCPOA)": a treaty's or a law's title opens
    // where its capitalised head follows a lower-case word, stop or none.
    // Its head stays only where the letters have one for it ("Hiệp ước hạn chế … (INF)" has no T).
    // Not after the second syllable of a capitalised head ("Tổ chức Hiệp ước Trung tâm (CENTO)").
    const afterName = h > 1 && capitalised(words[h - 2]) && headLengthAt(words, h - 2) === 2;
    if (lastStop < 0 && h > 0 && !capitalised(words[h - 1]) && !afterName && TREATY_HEADS.some((d) => wordsAt(words, h, d))) {
      return headNotInLetters(words.slice(from), letters) ?? words.slice(from);
    }
    if (lastStop < 0) continue;
    // "Thỏa thuận giữa Việt Nam và Quỹ Tiền tệ Quốc tế (IMF)": a body named after the last stop is
    // what the brackets abbreviate, not the document, unless the letters have one for the document
    // ("Hiệp định Thương mại tự do giữa Việt Nam và Liên minh châu Âu (EVFTA)": A for Agreement).
    // English puts the document's word last: its letter must end the acronym (EVFTA's A, not TATA's
    // A after "Hiệp định … giữa Hải Phòng và Tập đoàn Tata"), and a firm after the stop is its own.
    const head = DOCUMENT_HEADS.find((d) => wordsAt(words, h, d))?.join(' ') ?? '';
    const covered = (HEAD_LETTERS[head] ?? '').includes(letters[letters.length - 1] ?? '\u0000');
    for (let i = lastStop + 1; i < words.length; i++) {
      if (capitalised(words[i]) && startsWithHead(words, i) && !inCompound(words, i) && (!covered || startsWithFirm(words.slice(i)))) return null;
    }
    return words.slice(from);
  }
  return null;
}

// The armed forces a country's body may belong to ("… của quân đội Mỹ", "… của hải quân Mỹ"), and
// the party a committee may ("Uỷ ban Vận động Quốc hội của đảng Dân chủ (DCCC)").
const FORCES = ['quân đội', 'hải quân', 'không quân', 'lục quân', 'đảng'].map((f) => f.split(' '));

/**
 * "Cơ quan Dự án Nghiên cứu Quốc phòng Nâng cao của Mỹ (DARPA)": a body's capitalised name, then
 * "của" and the country it belongs to, or that country's armed force ("Trung tâm nghiên cứu công nghệ
 * cao của quân đội Mỹ (DARPA)"), which the stop word would otherwise cut off, leaving the owner alone.
 * `partyItself`: the glossary reads the short form as a party, which a party owner then is.
 */
export function namedWithOwner(text: string, words: LongWord[], letters: string[], partyItself = false): LongWord[] | null {
  const owner = [2, 3, 4, 5].find((n) => words.length > n && lower(words[words.length - n] as LongWord) === 'của');
  if (owner === undefined) return null;
  const owners = words.slice(-owner + 1);
  const force = FORCES.find((f) => wordsAt(owners, 0, f));
  // A party's own short form ("Đại hội Toàn quốc của đảng Cộng hòa (GOP)"): the party, not its body.
  if (partyItself && force?.[0] === 'đảng') return null;
  const country = force ? owners.slice(force.length) : owners;
  // A party's name is in sentence case: "đảng Dân chủ", "đảng Cộng hòa".
  const named = force?.[0] === 'đảng' ? capitalised(country[0]) : country.every((w) => capitalised(w));
  if (country.length === 0 || country.length > 2 || !named) return null;
  const body = namedPhrase(text, words.slice(0, -owner), letters);
  return body && capitalised(body[0]) && startsWithHead(body, 0) ? [...body, ...words.slice(-owner)] : null;
}
