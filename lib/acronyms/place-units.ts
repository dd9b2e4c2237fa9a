/**
 * Administrative units written short before a place's name in addresses: "trú tại TT. Đăk Tô,
 * huyện Đăk Tô" is a town (thị trấn), whatever TT is in running text (thông tin) or before a
 * president's name ("TT Putin").
 */
const UNITS: Record<string, string> = { TT: 'thị trấn', TX: 'thị xã', TP: 'thành phố', Tp: 'thành phố' };

// Where someone lives or something happens: "trú tại", "ở", "thuộc", "địa bàn".
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:tại|ở|trú|thuộc|địa bàn)\s$/iu;
// A capitalised name after the unit, with or without its dot ("TT. Đăk Tô", "TT Phú Mỹ").
const NAME_AFTER = /^\.?[ \u00a0](\p{Lu}[\p{Ll}\p{M}]*(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}]*){0,3})/u;
// The larger unit the address names next: ", huyện Đăk Tô", ", H. Tân Thành", ", tỉnh …".
const LARGER_UNIT_AFTER = /^\s*,\s*(?:huyện|H\.|tỉnh|quận|Q\.|thị xã|TX\.?)\s/u;

/** The unit `short` names in an address ("thị trấn" for TT), or undefined. */
export function placeUnit(short: string): string | undefined {
  return Object.hasOwn(UNITS, short) ? UNITS[short] : undefined;
}

/** Whether the use at start..end names the unit of a place: a place's name after it, and where
 * someone lives or something is before it or the larger unit after the name. */
export function beforePlaceName(text: string, start: number, end: number): boolean {
  const name = NAME_AFTER.exec(text.slice(end, end + 60));
  if (!name) return false;
  const rest = text.slice(end + name[0].length, end + name[0].length + 20);
  return PLACE_BEFORE.test(text.slice(Math.max(0, start - 10), start)) || LARGER_UNIT_AFTER.test(rest);
}
