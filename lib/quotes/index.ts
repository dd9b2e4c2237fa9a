export type { Quote } from './types';
export { findQuotes } from './find';
export { citation, type CitationSource } from './citation';
