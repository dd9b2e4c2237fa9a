/**
 * Administrative units written short before a place's name in addresses: "trú tại TT. Đăk Tô,
 * huyện Đăk Tô" is a town (thị trấn), whatever TT is in running text (thông tin), before a
 * president's name ("TT Putin") or a centre's field ("tại TT Y tế huyện": trung tâm).
 */
const UNITS: Record<string, string> = { TT: 'thị trấn', TX: 'thị xã', TP: 'thành phố', Tp: 'thành phố' };

// Where someone lives or something is, right before the unit: "trú tại", "ở", "thuộc", "địa bàn";
// not "hiện tại" (now), unless found there ("phát hiện tại", "xuất hiện tại").
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:tại|ở|trú|thuộc|địa bàn)\s$/iu;
const NOW_BEFORE = /(?:^|[^\p{L}])(?<!(?:phát|xuất) )hiện tại\s$/iu;
// A capitalised name after the unit, with or without its dot ("TT. Đăk Tô", "TT Phú Mỹ").
const NAME_AFTER = /^(\.?)[ \u00a0](\p{Lu}[\p{Ll}\p{M}]*(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}]*){0,3})/u;
// The larger unit the address names next: ", huyện Đăk Tô", ", H.Đông Anh", " (huyện Tân Thành, …".
const LARGER_UNIT_AFTER = /^\s*[,(]\s*(?:(?:huyện|tỉnh|quận|thị xã)\s|(?:H|Q|TX)\.\s?)/u;

/** The unit `short` names in an address ("thị trấn" for TT), or undefined. */
export function placeUnit(short: string): string | undefined {
  return Object.hasOwn(UNITS, short) ? UNITS[short] : undefined;
}

/** Whether the use at start..end names the unit of a place: a place's name after it, and either the
 * address's larger unit after the name or, with the unit's dot, where someone lives before it. A
 * centre's field or a person after the unit has neither ("tại TT Y tế huyện", "ở TT Trump"). */
export function beforePlaceName(text: string, start: number, end: number): boolean {
  const name = NAME_AFTER.exec(text.slice(end, end + 60));
  if (!name) return false;
  const rest = text.slice(end + name[0].length, end + name[0].length + 20);
  const dotted = name[1] === '.';
  const before = text.slice(Math.max(0, start - 16), start);
  return LARGER_UNIT_AFTER.test(rest) || (dotted && PLACE_BEFORE.test(before) && !NOW_BEFORE.test(before));
}
