/**
 * Every acronym found in a text, one per line: short, long, source (DEF when the text defines it,
 * GUESS when the popup flags it), count.
 *   npx tsx scripts/acronyms/probe.ts FILE|"text"
 */
import { existsSync, readFileSync } from 'node:fs';
import { findAcronyms } from '../../lib/acronyms';
import { shippedGlossary } from '../../lib/cli/shipped-glossary';

const arg = process.argv[2] ?? '';
const text = existsSync(arg) ? readFileSync(arg, 'utf8') : arg;
for (const a of findAcronyms(text, { glossary: await shippedGlossary() })) {
  console.log(`${a.short}\t${a.long}\t${a.source}${a.definedInText ? ' DEF' : ''}${a.guessed ? ' GUESS' : ''}\t${a.count}`);
}
