/**
 * An article from a plain `.txt` file (a copy-paste or a saved page as text). `text` is the file's
 * text in NFC and nothing else changes, so offsets stay valid against the file; the structure
 * (title, date line, sapo, headings, captions, the closing author line) is recognized line by line
 * and page furniture copied along ("Chia sẻ bài viết", "Quay lên trên") is left out of the blocks.
 */
import type { Article, Block, BlockKind } from '../article';
import { newsSiteFor } from '../sites';
import { nfc } from '../text/normalize';
import { countWords } from '../text/words';
import { bodyFields } from './assemble';
import { canonicalUrl, hostOf } from '../url';
import { isBoilerplate, isSourceLine } from './boilerplate';
import { authorFromLine } from './byline';
import { isDateLine, parseDate } from './date';
import { siteAliases } from './site';

interface Line {
  text: string;
  start: number;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: (m.index ?? 0) + lead });
  }
  return out;
}

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
/** Sentence punctuation, possibly inside a closing quote: `.”` ends a sentence, a bare `”` does not. */
const ENDS_SENTENCE = /[.!?…:;]["”»’)]*$/;
const PHOTO_CREDIT = /(?:^|[\s.(-])(Ảnh|Ảnh minh họa|Nguồn ảnh|Ảnh chụp màn hình)\s*:?\s*[^.!?]{0,40}\)?$/u;

function isHeadline(line: string): boolean {
  return words(line) <= 30 && line.length <= 250 && !/[.;,]$/.test(line);
}

function kindOf(line: string): BlockKind {
  if (PHOTO_CREDIT.test(line)) return 'caption';
  if (!ENDS_SENTENCE.test(line)) return words(line) <= 15 ? 'heading' : 'caption';
  return 'paragraph';
}

export function articleFromText(input: string, url?: string | null): Article {
  const text = nfc(input);
  const pageUrl = url ? canonicalUrl(url) : null;
  const host = hostOf(pageUrl);
  const siteName = host ? (newsSiteFor(host)?.name ?? null) : null;
  const aliases = siteAliases(siteName, host);
  let lines = linesOf(text);

  let title = '';
  // A text of one line is all body: a pasted sentence is what the reader wants read, not a title.
  if (lines.length > 1 && lines[0] && isHeadline(lines[0].text)) {
    title = lines[0].text;
    lines = lines.slice(1);
  }

  let published: string | null = null;
  const dateIdx = lines.slice(0, 4).findIndex((l) => isDateLine(l.text) && parseDate(l.text));
  if (dateIdx >= 0) {
    published = parseDate(lines[dateIdx]!.text);
    lines = lines.filter((_, i) => i !== dateIdx);
  }

  lines = lines.filter((l) => !isBoilerplate(l.text));
  let byline: string | null = null;
  for (let i = 0; i < 3 && lines.length > 0; i++) {
    const last = lines[lines.length - 1]!;
    const author = authorFromLine(last.text, aliases, null);
    if (author) byline ??= author;
    else if (!isSourceLine(last.text)) break;
    lines = lines.slice(0, -1);
  }

  // Vietnamese news opens with the sapo: a full first paragraph right under the headline.
  let sapo: string | null = null;
  const first = lines[0];
  if (first && kindOf(first.text) === 'paragraph' && words(first.text) >= 20) {
    sapo = first.text;
    lines = lines.slice(1);
  }

  const blocks: Block[] = lines.map((l) => ({ kind: kindOf(l.text), text: l.text, start: l.start }));
  const wordCount = countWords([sapo ?? '', ...blocks.map((b) => b.text)].join('\n'));
  return {
    url: pageUrl,
    title,
    sapo,
    byline,
    published,
    siteName,
    lang: 'vi',
    text,
    ...bodyFields(blocks, wordCount),
  };
}
