/**
 * Roads numbered in Vietnamese addresses: "QL1A" is Quốc lộ 1A, "ĐT743" Đường tỉnh 743. Detection
 * keeps their numbers (they are no model designations) and the glossary names them.
 */
// DT is ĐT typed without its Đ ("tỉnh lộ DT 640").
const ROADS: Record<string, string> = { QL: 'Quốc lộ', ĐT: 'Đường tỉnh', DT: 'Đường tỉnh', TL: 'Tỉnh lộ', HL: 'Hương lộ' };

// Written together with its number; not DT ("điện thoại DT100" is a phone's model).
const ROAD_CODE = /^(QL|ĐT|TL|HL)(\d{1,3}[A-Z]?)$/u;

export function isRoadCode(code: string): boolean {
  return ROAD_CODE.test(code);
}

/** "Quốc lộ 1A" for "QL1A", or null. */
export function roadName(code: string): string | null {
  const m = ROAD_CODE.exec(code);
  return m ? `${ROADS[m[1] ?? ''] ?? ''} ${m[2] ?? ''}` : null;
}

/** The kind of road a short form names before a road's number written apart ("ĐT 743", "QL 1A"):
 * "đường tỉnh", or undefined for a short form that names no road. */
export function roadKind(short: string): string | undefined {
  return Object.hasOwn(ROADS, short) ? ROADS[short]?.toLowerCase() : undefined;
}

// A road's number right after a use, apart from it: one to three digits and maybe a letter, and no
// more digits, no score ("1-0") and no counter after it ("12 triệu", "3 tháng").
const ROAD_NUMBER_AFTER = /^[ \u00a0]\d{1,3}[A-Z]?(?![\p{L}\d]|[.,]\d|\s*[-–]\s*\d|[ \u00a0]+(?:tỷ|tỉ|triệu|nghìn|ngàn|tháng|ngày|năm|người|lần|đơn vị|khu|%))/u;
// The word for a road right before it: "đường ĐT 743", "tuyến QL 1A", "tỉnh lộ DT 640", "tuyến
// đường từ ĐT 743", "đoạn từ ĐT 741 đến …"; or a street's capitalised name, then its number as a
// road after a dash ("đường Cách Mạng Tháng 8 – ĐT 750", "giao lộ giữa Mỹ Phước Tân Vạn – ĐT 743";
// not "đường dây nóng – ĐT 113", a hotline).
const ROAD_WORD = String.raw`(?:[Đđ]ường|[Tt]uyến|[Tt]ỉnh lộ|[Đđ]oạn|[Gg]iao lộ(?: giữa)?|[Nn]út giao|[Nn]gã (?:ba|tư|năm|sáu))`;
const ROAD_WORD_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${ROAD_WORD}(?:[ \u00a0](?:từ|đến|qua|nối|ra|với))?|${ROAD_WORD}(?:[ \u00a0](?:\p{Lu}[\p{L}\p{N}]*|\d+)){1,6}[ \u00a0][-–])[ \u00a0]+$`, 'u');

/** Whether the use at `start`–`end` names a road by its number written apart ("đường ĐT 743"): a
 * telephone number ("Gọi ĐT 113"), a sum or a count ("vốn ĐT 12 tỷ", "QL 3 đơn vị") is none. */
export function beforeRoadNumber(text: string, start: number, end: number): boolean {
  return ROAD_WORD_BEFORE.test(text.slice(Math.max(0, start - 44), start)) && ROAD_NUMBER_AFTER.test(text.slice(end, end + 24));
}
