/**
 * "Hội nghị Ngoại trưởng ASEAN lần thứ 52 (AMM-52)", "Diễn đàn Khu vực ASEAN lần thứ 23 (ARF 23)": a
 * meeting's session (or an edition's year: "… 2017 (PP 17)"), written after its name and again after
 * the short form in the brackets. The
 * number is the occasion's, not the initialism's: the short form is its letters, and the name ends
 * before "lần thứ 52". Not "số 2": a firm's or a unit's number is its name's ("Công ty Cổ phần Dược
 * phẩm Trung ương số 2 (DP 2)").
 */

// The session closing the text before the brackets, or the year of an edition after a capitalised
// name ("Đối tác Thái Bình Dương 2017 (PP 17)": its last two digits after the short form); not a
// date ("thiết kế năm 1947 (AK-47)", "virus corona 2019 (COVID-19)").
const NUMBER_BEFORE = /(?:^|\s)(?:(?:lần(?: thứ)?|khóa|khoá)\s+(\d{1,3})|(?<=\p{Lu}[\p{Ll}\p{M}]*\s)(?:19|20)(\d\d))\s*$/u;

/** Where "lần thứ N", "lần N", "khóa N" or a year starts right before `open` (a bracket), and N (a
 * year's last two digits); or null. */
function sessionBefore(text: string, open: number): { start: number; number: string; year: boolean } | null {
  const before = text.slice(Math.max(0, open - 40), open);
  const m = NUMBER_BEFORE.exec(before);
  if (!m) return null;
  const lead = m[0].length - m[0].trimStart().length;
  return { start: open - before.length + m.index + lead, number: (m[1] ?? m[2]) as string, year: m[2] !== undefined };
}

/**
 * What the brackets opening at `open` hold ("AMM-52", "AMM 51", "AMM -52", "PP17"), where its number
 * repeats the session before the brackets: the short form's letters, and where the session starts
 * (the name ends before it); null otherwise.
 */
export function heldSession(text: string, open: number, held: string): { letters: string; start: number } | null {
  const m = /^(\p{Lu}{2,8})(\s?[-–]?\s?)(\d{1,3})\s*$/u.exec(held);
  const session = m ? sessionBefore(text, open) : null;
  // An edition's year is written apart or joined, never hyphened: "COVID-19", "AK-47" are names.
  if (!m || !session || session.number !== m[3] || (session.year && /[-–]/u.test(m[2] ?? ''))) return null;
  return { letters: m[1] as string, start: session.start };
}
