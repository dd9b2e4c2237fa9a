/**
 * A short form in the gold texts: our reading, the gold's, and each use in its context.
 *   npx tsx scripts/acronyms/context.ts SHORT [DOC-ID-PART] [WIDTH]
 * Without a document id, the first use in every text that has it.
 */
import { findAcronyms } from '../../lib/acronyms';
import { goldTexts } from './gold-texts';
import { shippedGlossary } from '../../lib/cli/shipped-glossary';

const [short = '', doc, width = '120'] = process.argv.slice(2);
const reach = Number(width);
const glossary = await shippedGlossary();
const around = (text: string, at: number): string =>
  `…${text.slice(Math.max(0, at - reach), at)}[[${short}]]${text.slice(at + short.length, at + short.length + reach / 2)}…`.replace(/\n/g, ' ');

for (const { id, text, gold } of goldTexts()) {
  if (doc !== undefined ? !id.includes(doc) : !text.includes(short)) continue;
  const ours = findAcronyms(text, { glossary }).find((a) => a.short === short);
  if (ours === undefined && doc === undefined) continue;
  console.log(`${id}\tOURS: ${ours ? `${ours.long} [${ours.source}${ours.definedInText ? ' DEF' : ''}${ours.guessed ? ' G' : ''}]` : 'not found'}`);
  for (const { file, acronyms } of gold) {
    for (const g of acronyms) if (g.short === short) console.log(`\tGOLD ${file}: ${g.long}${g.defined_in_text ? ' DEF' : ''}`);
  }
  const uses = doc !== undefined ? [...text.matchAll(new RegExp(short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => m.index) : [ours?.offsets[0] ?? text.indexOf(short)];
  for (const at of uses) console.log(`\t${around(text, at)}`);
}
