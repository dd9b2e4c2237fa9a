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

// Who hands a photo out, written short in credits: "Ảnh: BV" (bệnh viện), "Ảnh: DN" (doanh nghiệp),
// "Ảnh: FB" (facebook), "Ảnh: BP" (biên phòng).
const GIVERS = new Set([
  'bệnh viện', 'doanh nghiệp', 'công ty', 'nhà máy', 'xí nghiệp', 'khách sạn', 'ngân hàng', 'bưu điện', 'cơ quan', 'đơn vị',
  'nhà trường', 'trường', 'thư viện', 'công an', 'cảnh sát', 'biên phòng', 'bộ đội', 'quân đội', 'hải quân', 'gia đình',
  'nhân vật', 'nhân viên', 'phóng viên', 'cộng tác viên', 'ban tổ chức', 'facebook', 'truyền hình', 'television',
]);

// A broadcaster's or a picture agency's name, which the papers' pattern (`press`) leaves out.
const MEDIA = /\b(?:Today|Television|Broadcasting|Radio|Channel|TV|Images|Photos?|Pictures)\b/u;

// A post or a parliament: no one a photo's credit names by letters.
const NO_SOURCE = /^(?:Member|Minister|President|Secretary|Speaker)\b|\b(?:Assembly|Parliament|Congress)\b|^Quốc hội$/u;

/**
 * Whether a photo's credit could name `sense` as who took or gave the photo: a paper, an agency or a
 * broadcaster (`press`), who hands photos out ("Ảnh: BV": bệnh viện), or any body, firm or platform
 * named ("Ảnh: UN", "Ảnh: VJ"). Not a common noun ("Ảnh: HK" is no học kỳ), a person's post
 * (`title`) or a parliament ("Ảnh: NA"): two such letters under a photo are who took it.
 */
export function couldCredit(sense: string, press: (sense: string) => boolean, title: (sense: string) => boolean): boolean {
  if (press(sense) || MEDIA.test(sense) || GIVERS.has(sense.toLowerCase())) return true;
  return /^\p{Lu}/u.test(sense) && !title(sense) && !NO_SOURCE.test(sense);
}
