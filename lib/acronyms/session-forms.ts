/**
 * "COP26", "Hội nghị AMM-49", "SOM 2": a recurring meeting's short form with the number of its
 * session. Detection leaves letters joined to a number alone, as a model's designation ("FA-50",
 * "Su-30"); where the glossary knows the letters as a meeting first (a Conference, Meeting, Summit
 * or Forum), the form is that meeting's session, and it means the meeting's name and the number
 * ("Conference of the Parties 26"). A session the article writes in brackets is left, every use of
 * it, to the readers of brackets (session-number.ts reads "lần thứ 52 (AMM-52)").
 */
import type { Glossary, GlossaryHit } from './glossary';

// Capitals, a space or a dash or neither, a number of one or two digits ("COP26", "AMM -49", "SOM 2").
const FORM = String.raw`(\p{Lu}{2,6})( ?[-–]? ?)(\d{1,2})`;
// In running text, with nothing after it that goes on the word or the number (not "A321", "COP 2,5").
const SESSION = new RegExp(String.raw`(?<![\p{L}\p{N}])${FORM}(?![\p{L}\p{N}]|[.,]\d)`, 'gu');
const WHOLE_FORM = new RegExp(`^${FORM}$`, 'u');
// Not a party's Congress (ANC, INC), nor a firm's general meeting, whose letters name missiles too
// ("AGM-86").
const MEETING = /\b(?:Conference|Meeting|Summit|Forum)\b/;
const NO_MEETING = /\bGeneral Meeting\b/;

/** The meeting the glossary names by `letters`, if that is what they usually name (CD is a disc
 * before it is the Conference on Disarmament). */
function meetingOf(letters: string, glossary: Glossary): string | undefined {
  const usual = glossary.lookup(letters)?.senses[0];
  return usual !== undefined && MEETING.test(usual) && !NO_MEETING.test(usual) ? usual : undefined;
}

// After a number set apart by a space, what it counts or dates: "SOM 10 nước ASEAN", "ARF 27 thành
// viên", "COP 3 năm liên tiếp", "ASEM 2 năm một lần", "ARF 5 lần", "Hội nghị SOM 15/11"; not a date
// after the session ("COP 26 năm 2021", "AMM 56 ngày 11/7", "COP 28 tuần qua", "COP 29 lần này"). A
// joined "COP26" is a session whatever follows it.
const COUNTED = /^\s*(?:\/\s*\d|%|(?:bên|nước|thành viên|đối tác|quốc gia|nền kinh tế)(?![\p{L}\p{M}])|(?:năm|ngày|tháng|tuần|giờ)\s+(?:liên tiếp|một lần|trước|nữa)(?![\p{L}\p{M}])|lần(?!\s+(?:này|tới|thứ))(?![\p{L}\p{M}]))/u;

/** Letters and number of a form, however it is spaced: "COP 26", "COP-26" and "COP26" are one. */
function sessionKey(form: string): string {
  return form.replace(/[\s\-–]/gu, '');
}

/** The session forms `text` writes, as written, for the meetings the glossary knows; none of a
 * session it also writes in brackets, which is left to the readers of brackets as before: the name
 * before them gives the session ("lần thứ 52 (AMM-52)") or may be another's ("… Công ước khung của
 * LHQ về biến đổi khí hậu (COP 28)" names the Convention the Conference is of). */
export function sessionForms(text: string, glossary: Glossary): string[] {
  const found = new Set<string>();
  const bracketed = new Set<string>();
  for (const m of text.matchAll(SESSION)) {
    const open = text.lastIndexOf('(', m.index);
    if (open >= 0 && open >= m.index - 2) bracketed.add(sessionKey(m[0]));
    else if (!(/\s/u.test(m[2] ?? '') && COUNTED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) && meetingOf(m[1] as string, glossary)) found.add(m[0]);
  }
  return [...found].filter((form) => !bracketed.has(sessionKey(form)));
}

/** What a session form means ("COP26": Conference of the Parties 26), or undefined for any other. */
export function sessionHit(short: string, glossary: Glossary): GlossaryHit | undefined {
  const m = WHOLE_FORM.exec(short);
  const meeting = m ? meetingOf(m[1] as string, glossary) : undefined;
  return m && meeting ? { short, long: `${meeting} ${m[3]}`, senses: [`${meeting} ${m[3]}`] } : undefined;
}
