// Review workflow core: risk decisions (risks:), applied after the analysis. See docs/review.md.
export * from './types';
export { readRisks } from './read';
export { reviewFindings, decisionNote, rekeyCandidates, findingKey, type DecisionOutcome, type DecisionState, type ReviewResult } from './decide';
