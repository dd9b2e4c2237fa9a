export { summarize, defaultSentenceBudget } from './summarize';
export { extractFacts } from './facts';
export type { Fact, FactKind, SummaryBudget, SummaryInput, SummarySentence } from './types';
