/**
 * Words a photo's credit writes short instead of a source: "Ảnh: TL" (tư liệu, from the archive;
 * "Ảnh: T.L" as Tuổi Trẻ dots it), "Ảnh: ST" (sưu tầm, collected), "Ảnh: STR / AFP" (a stringer, an
 * agency's unnamed local photographer), "Ảnh: CTV" (cộng tác viên, a contributor, whatever country
 * the story is in: not Canada's network), "Ảnh: TH" (tổng hợp, compiled: not television), "Ảnh: MH"
 * (minh hoạ, an illustration). Elsewhere the letters are other things (ST25 rice, Sóc Trăng).
 */
const WORDS: Record<string, string> = {
  TL: 'tư liệu',
  'T.L': 'tư liệu',
  ST: 'sưu tầm',
  STR: 'stringer',
  CTV: 'cộng tác viên',
  TH: 'tổng hợp',
  MH: 'minh hoạ',
};

/** What `short` says in a photo's credit, or undefined. */
export function creditWord(short: string): string | undefined {
  return Object.hasOwn(WORDS, short) ? WORDS[short] : undefined;
}

// Who hands a photo out, written short in credits: "Ảnh: BV" (bệnh viện), "Ảnh: DN" (doanh nghiệp).
const GIVERS = new Set(['bệnh viện', 'doanh nghiệp', 'gia đình', 'nhân vật', 'nhà trường', 'công an', 'phóng viên', 'cộng tác viên', 'ban tổ chức']);

// A broadcaster's or a picture agency's name, which the papers' pattern (`press`) leaves out.
const MEDIA = /\b(?:Today|Television|Broadcasting|Radio|Channel|TV|Images|Photos?|Pictures)\b/u;

/**
 * Whether a photo's credit could name `sense` as who took or gave the photo: a paper or an agency
 * (`press`), who hands photos out ("Ảnh: BV": bệnh viện), or a body or a firm the article names
 * ("Ảnh: CA" in news of the police, "Ảnh: VJ" beside Vietjet's fares). Not a common noun ("Ảnh: HK"
 * is no học kỳ), nor a post or a body the article never names ("Ảnh: MP", "Ảnh: NA"): two such
 * letters under a photo are who took it.
 */
export function couldCredit(sense: string, text: string, press: (sense: string) => boolean): boolean {
  if (press(sense) || MEDIA.test(sense) || GIVERS.has(sense.toLowerCase())) return true;
  if (!/^\p{Lu}/u.test(sense)) return false;
  // Its first word for a foreign name ("Vietjet" of Vietjet Air), the whole of a Vietnamese one.
  const named = /^[A-Za-z]/.test(sense) ? (sense.split(' ')[0] ?? sense) : sense;
  const escaped = named.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}
