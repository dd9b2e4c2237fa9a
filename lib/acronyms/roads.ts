/**
 * Roads numbered in Vietnamese addresses: "QL1A" is Quốc lộ 1A, "ĐT743" Đường tỉnh 743. Detection
 * keeps their numbers (they are no model designations) and the glossary names them.
 */
const ROADS: Record<string, string> = { QL: 'Quốc lộ', ĐT: 'Đường tỉnh', TL: 'Tỉnh lộ', HL: 'Hương lộ' };

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

/** A road's number right after a use, apart from it: one to three digits and maybe a letter, and no
 * more digits (a telephone number after "ĐT" is longer). */
export const ROAD_NUMBER_AFTER = /^ \d{1,3}[A-Z]?(?![\p{L}\d]|[.,]\d)/u;
