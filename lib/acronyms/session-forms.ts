/**
 * "COP26", "Hội nghị AMM-49", "SOM 2": a recurring meeting's short form with the number of its
 * session. Detection leaves letters joined to a number alone, as a model's designation ("FA-50",
 * "Su-30"); where the glossary knows the letters as a meeting first (a Conference, Meeting, Summit
 * or Forum), the form is that meeting's session, and it means the meeting's name and the number
 * ("Conference of the Parties 26"). In brackets after a name that gives its session the form is
 * read there (session-number.ts: "lần thứ 52 (AMM-52)"), and left alone here.
 */
import type { Glossary, GlossaryHit } from './glossary';
import { heldSession } from './session-number';

// Capitals, a space or a dash or neither, a number of one or two digits, and nothing after it that
// goes on the word or the number ("COP26", "AMM -49", "SOM 2"; not "A321", "COP 2,5").
const SESSION = /(?<![\p{L}\p{N}])(\p{Lu}{2,6})( ?[-–]? ?)(\d{1,2})(?![\p{L}\p{N}]|[.,]\d)/gu;
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

// After a number set apart by a space, what it counts or dates: "COP 3 năm liên tiếp", "SOM 10
// nước ASEAN", "Ngoại trưởng ARF 27 thành viên", "Hội nghị SOM 15/11" (a joined "COP26" is a session
// whatever follows it).
const COUNTED = /^\s*(?:\/\s*\d|%|(?:bên|nước|thành viên|đối tác|quốc gia|nền|lần|năm|ngày|tuần|tháng|giờ|phút|người|vòng|kỳ|phiên|đoàn|tỉnh|thành phố|triệu|tỷ|nghìn)(?![\p{L}\p{M}]))/u;

/** The session forms `text` writes outside brackets, as written, for the meetings the glossary
 * knows; none of a meeting whose session the text gives in brackets after its name. In brackets a
 * form is the bracket readers' (a definition's short form), unless the text writes it elsewhere too. */
export function sessionForms(text: string, glossary: Glossary): string[] {
  const found = new Set<string>();
  const held = new Set<string>();
  for (const m of text.matchAll(SESSION)) {
    const letters = m[1] as string;
    const open = text.lastIndexOf('(', m.index);
    if (open >= 0 && open >= m.index - 2) {
      if (heldSession(text, open, m[0])) held.add(letters);
    } else if (!(/\s/u.test(m[2] ?? '') && COUNTED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) && meetingOf(letters, glossary)) {
      found.add(m[0]);
    }
  }
  return [...found].filter((form) => !held.has(/^\p{Lu}+/u.exec(form)?.[0] ?? ''));
}

/** What a session form means ("COP26": Conference of the Parties 26), or undefined for any other. */
export function sessionHit(short: string, glossary: Glossary): GlossaryHit | undefined {
  const m = /^(\p{Lu}{2,6}) ?[-–]? ?(\d{1,2})$/u.exec(short);
  const meeting = m ? meetingOf(m[1] as string, glossary) : undefined;
  return m && meeting ? { short, long: `${meeting} ${m[2]}`, senses: [`${meeting} ${m[2]}`] } : undefined;
}
