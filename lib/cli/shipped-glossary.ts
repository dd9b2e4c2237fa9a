import { readFile } from 'node:fs/promises';
import { loadGlossary, type Glossary, type GlossaryData } from '../acronyms';

let shipped: Promise<Glossary> | undefined;

/** The glossary the extension ships (public/glossary/glossary.json), read once per process. */
export function shippedGlossary(): Promise<Glossary> {
  shipped ??= readFile(new URL('../../public/glossary/glossary.json', import.meta.url), 'utf8').then((json) =>
    loadGlossary(JSON.parse(json) as GlossaryData),
  );
  return shipped;
}
