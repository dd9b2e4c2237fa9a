/**
 * Every reading over every gold text, one per line (id, short, long, source), to diff two versions of
 * the engine: run it in a worktree of the old commit and in this one, then `diff` the two outputs.
 *   npx tsx scripts/acronyms/rows.ts > new.rows
 */
import { findAcronyms } from '../../lib/acronyms';
import { goldTexts } from './gold-texts';
import { shippedGlossary } from '../../lib/cli/shipped-glossary';

const glossary = await shippedGlossary();
for (const { id, text } of goldTexts()) {
  for (const a of findAcronyms(text, { glossary })) {
    console.log(`${id}\t${a.short}\t${a.long}\t${a.source}${a.definedInText ? ' DEF' : ''}${a.guessed ? ' G' : ''}`);
  }
}
