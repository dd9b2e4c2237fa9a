import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAcronyms, loadGlossary, type Glossary, type GlossaryData } from '../../lib/acronyms';

const root = join(import.meta.dirname, '..', '..');
export const SHARED = join(root, '..', 'shared');

let cached: Glossary | null = null;
/** The shipped glossary (run `npx tsx scripts/build-glossary.ts` after changing the script). */
export function shippedGlossary(): Glossary {
  cached ??= loadGlossary(JSON.parse(readFileSync(join(root, 'public', 'glossary', 'glossary.json'), 'utf8')) as GlossaryData);
  return cached;
}

/** The long form the text itself gives for `short` (read with `glossary`, if any), or null. */
export function definedAs(text: string, short: string, glossary?: Glossary): string | null {
  const a = findAcronyms(text, glossary ? { glossary } : {}).find((x) => x.short === short);
  return a?.definedInText ? a.long : null;
}

/** The expansion `short` gets in `text`, read with `glossary` (the shipped one unless given). */
export function reading(text: string, short: string, glossary = shippedGlossary()): string | null | undefined {
  return findAcronyms(text, { glossary }).find((a) => a.short === short)?.long;
}
