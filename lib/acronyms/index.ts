export type { AcronymInfo, UserGlossaryEntry, ExpansionSource } from './types';
export type { Glossary, GlossaryData, GlossaryHit } from './glossary';
export { loadGlossary, glossaryKey } from './glossary';
export { findAcronyms, type FindOptions } from './find';
export { parseUserGlossaryCsv, userGlossaryToCsv, type UserGlossaryParse } from './user-csv';
export { keptWhere, userEntriesOn } from './user-entries';
export { filterGlossary, queryHasMarks } from './glossary-filter';
export { nearbyReadings } from './nearby-readings';
export { mergeCaseForms, type AcronymRow } from './case-forms';
