import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGlossary, type Glossary, type GlossaryData } from '../../lib/acronyms';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The glossary the extension ships, as built by scripts/build-glossary.ts. */
export function shippedGlossary(): Glossary {
  return loadGlossary(JSON.parse(readFileSync(join(root, 'public', 'glossary', 'glossary.json'), 'utf8')) as GlossaryData);
}
