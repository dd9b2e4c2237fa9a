/** Every annotated text the acronym bench scores, each once, with the gold entries of every file that holds it. */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface GoldEntry {
  short: string;
  long: string;
  defined_in_text: boolean;
}
export interface GoldText {
  id: string;
  text: string;
  /** Gold entries by the file that gives them (a set, its second annotator, its adjudication). */
  gold: { file: string; acronyms: GoldEntry[] }[];
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = join(root, 'tests', 'fixtures', 'gold');
const DEV_SET = join(root, '..', 'shared', 'gold', 'annotations-dev.json');

export function goldTexts(): GoldText[] {
  const files = readdirSync(FIXTURES).filter((f) => f.startsWith('acronyms') && f.endsWith('.json')).map((f) => join(FIXTURES, f));
  files.push(DEV_SET);
  const byText = new Map<string, GoldText>();
  for (const file of files) {
    const docs: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(docs)) continue;
    for (const doc of docs as { id: string; text?: string; acronyms?: GoldEntry[] }[]) {
      if (typeof doc.text !== 'string') continue;
      const known = byText.get(doc.text) ?? { id: String(doc.id), text: doc.text, gold: [] };
      known.gold.push({ file: file.split('/').pop() ?? file, acronyms: doc.acronyms ?? [] });
      byText.set(doc.text, known);
    }
  }
  return [...byText.values()];
}
