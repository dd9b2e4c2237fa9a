/**
 * Police units' codes the article writes without naming the unit: "phối hợp với cảnh sát giao thông
 * C08", "Phòng PC45 Công an tỉnh". Detection leaves a letter and a number alone (a model: A321, F35);
 * after the words for the police or one of their offices, a code the glossary names is the unit's.
 */
import type { Glossary } from './glossary';

// The Ministry of Public Security's departments (C, A, K, X: police, security, logistics, the
// ministry's offices) and provinces' offices (PC, PA, PK, PX).
const CODE = /(?<![\p{L}\p{N}])P?[ACKX]\d{2,3}(?![\p{L}\p{N}])/gu;
const POLICE_BEFORE = /(?:cảnh sát|công an|an ninh|điều tra|csgt|csđt|cục|phòng|đơn vị|lực lượng)[^.;:!?()\n]{0,30}$/iu;

/** Codes of police units written after the words for the police, which the glossary names. */
export function policeCodes(text: string, glossary: Glossary): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(CODE)) {
    if (glossary.has(m[0]) && POLICE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) found.add(m[0]);
  }
  return [...found];
}
