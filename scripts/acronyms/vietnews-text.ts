/**
 * A VietNews article (ThanhChinhBK/vietnews, data/*_tokenized/N.txt.seg: words joined by "_", spaces
 * before punctuation; title, summary and body separated by blank lines) as the gold sets hold its
 * text: title, summary, then one line per body sentence, NFC.
 *   npx tsx scripts/acronyms/vietnews-text.ts N.txt.seg > N.txt
 */
import { readFileSync } from 'node:fs';

export function vietnewsText(segmented: string): string {
  const detok = (s: string): string =>
    s.replace(/_/g, ' ').replace(/ +([,.:;!?)%…”])/g, '$1').replace(/([(“]) +/g, '$1').trim().normalize('NFC');
  const [title = '', summary = '', body = ''] = segmented.split('\n\n');
  const lines = body.split('\n').filter((l) => l.trim() !== '').map(detok);
  return [detok(title), detok(summary), ...lines].join('\n');
}

if (process.argv[1]?.endsWith('vietnews-text.ts')) {
  let raw = readFileSync(process.argv[2] ?? '', 'utf8');
  // A file saved from a read_file answer holds its JSON.
  if (raw.trimStart().startsWith('{')) raw = (JSON.parse(raw) as { text: string }).text;
  console.log(vietnewsText(raw));
}
