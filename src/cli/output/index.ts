export { formatText } from './text';
export { formatJson, jsonReport, jsonProblem, JSON_OUTPUT_VERSION, type JsonProblem } from './json';
export { formatSarif, sarifLog, ruleFor, FINGERPRINT_KEY } from './sarif';
export { summarize, type FileResult, type Summary } from './types';
