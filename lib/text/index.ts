/** The Vietnamese text engine: pure TypeScript, no DOM, no Node-only imports; runs in a content script. */
export * from './span';
export * from './normalize';
export * from './words';
export * from './sentences';
export * from './tokens';
export * from './stopwords';
export { abbreviationKind, isInitial, isSentenceStarter } from './abbreviations';
export type { AbbreviationKind } from './abbreviations';
