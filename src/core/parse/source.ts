// Turns text into a YAML Document, reporting every syntax error and guarding against hostile input
// (huge files, binary data, alias bombs). Never throws.
import { parseAllDocuments, type Document } from 'yaml';
import type { Problem } from '../diagnostics';
import type { Span } from '../model/plant';
import { noteDuplicates } from './incremental-value';
import { duplicateKeys, firstAlias, nodeSpan } from './node-at';
import { dropBadMerges } from './merge';
import { parseTolerant } from './prepare';

/** Texts longer than this are refused (5 MiB of characters): no plant is that large by hand. */
export const MAX_TEXT_LENGTH = 5 * 1024 * 1024;
/** Alias expansions allowed when converting to plain data (yaml's guard against "billion laughs"). */
export const MAX_ALIAS_COUNT = 1000;
/** yaml options of every parse (the incremental reparse must use the same); `merge`: YAML 1.1 `<<` merge keys, as common tools read them. */
export const PARSE_OPTIONS = { prettyErrors: false, logLevel: 'error', uniqueKeys: false, merge: true } as const;

export interface ParsedSource {
  readonly text: string;
  readonly uri?: string;
  /** The first YAML document; absent when the text was refused or holds no document. */
  readonly doc?: Document.Parsed;
  readonly documentCount: number;
  /** Plain data of `doc`; absent when there is no doc or alias expansion hit the limit. */
  readonly value?: unknown;
}

export interface ParseOutcome {
  readonly source: ParsedSource;
  readonly problems: Problem[];
}

const problem = (code: string, message: string, span: Span, data?: Record<string, unknown>): Problem => ({
  code,
  severity: 'error',
  message,
  span,
  ...(data ? { data } : {}),
});

/** First line of a yaml error message without its "at line L, column C" tail (the span says where). */
function cleanMessage(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}

function lineSpan(text: string, start: number): Span {
  const nl = text.indexOf('\n', start);
  return { start, end: nl < 0 ? text.length : nl };
}

/** A `duplicate-key` problem for every repeated key of every mapping (also used by incremental.ts). */
export function duplicateKeyProblems(doc: Document, text: string): Problem[] {
  return duplicateKeys(doc).map((dup) => ({
    ...problem('duplicate-key', `Duplicate key '${dup.name}' in this mapping`, nodeSpan(dup.key, text), { key: dup.name }),
    related: [{ span: nodeSpan(dup.first, text), message: `'${dup.name}' first used here` }],
  }));
}

/** Spans of the tabs in indentation that yaml rejects, one per line (for the "convert tabs to spaces" fix). */
export function tabIndentSpans(text: string): Span[] {
  try {
    return parseTolerant(text, (input) => Array.from(parseAllDocuments(input, PARSE_OPTIONS) as Iterable<Document.Parsed>)).tabs;
  } catch {
    return [];
  }
}

export function parseSource(text: string, uri?: string): ParseOutcome {
  const base = { text, ...(uri !== undefined ? { uri } : {}) };
  if (text.length > MAX_TEXT_LENGTH) {
    const message = `File too large: ${text.length} characters (limit ${MAX_TEXT_LENGTH})`;
    return { source: { ...base, documentCount: 0 }, problems: [problem('file-too-large', message, { start: 0, end: 0 }, { length: text.length, limit: MAX_TEXT_LENGTH })] };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const message = 'The file holds binary data (a NUL character), not YAML text';
    return { source: { ...base, documentCount: 0 }, problems: [problem('binary-content', message, { start: nul, end: nul + 1 })] };
  }
  const problems: Problem[] = [];
  let docs: Document.Parsed[];
  try {
    const parsed = parseTolerant(text, (input) => Array.from(parseAllDocuments(input, PARSE_OPTIONS) as Iterable<Document.Parsed>));
    docs = parsed.docs;
    for (const span of parsed.tabs) {
      problems.push(problem('yaml-tab-indent', 'Tabs are not allowed as indentation in YAML; indent with spaces', span, { tabs: span.end - span.start }));
    }
  } catch (e) {
    // yaml reports errors as values; this only guards against the unforeseen (e.g. stack exhaustion).
    return { source: { ...base, documentCount: 0 }, problems: [problem('yaml-internal', `The YAML parser failed: ${(e as Error).message}`, { start: 0, end: 0 }, { detail: (e as Error).message })] };
  }
  for (const d of docs) {
    for (const err of d.errors) {
      problems.push(problem('yaml-syntax', cleanMessage(err.message), { start: err.pos[0], end: Math.max(err.pos[1], err.pos[0]) }, { yamlCode: err.code }));
    }
    problems.push(...dropBadMerges(d, text));
    const duplicates = duplicateKeyProblems(d, text);
    noteDuplicates(d, duplicates.length);
    problems.push(...duplicates);
    for (const w of d.warnings) {
      problems.push({ ...problem('yaml-warning', cleanMessage(w.message), { start: w.pos[0], end: w.pos[1] }, { yamlCode: w.code }), severity: 'warning' });
    }
  }
  if (docs.length > 1) {
    const start = docs[1].range[0];
    problems.push(problem('multi-document', `Only one YAML document is allowed per plant file; ${docs.length - 1} more ignored`, lineSpan(text, start), { documents: docs.length }));
  }
  const doc = docs[0];
  if (!doc || doc.contents === null) {
    problems.push(problem('empty-document', 'The file describes no plant (it is empty); start with `smartfab: 1`', { start: 0, end: 0 }));
    return { source: { ...base, documentCount: docs.length, ...(doc ? { doc } : {}) }, problems };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const isAlias = e instanceof ReferenceError && /alias/i.test(e.message);
    const alias = firstAlias(doc);
    const span = alias ? nodeSpan(alias) : { start: 0, end: 0 };
    problems.push(isAlias
      ? problem('alias-limit', `Too many alias expansions (limit ${MAX_ALIAS_COUNT}); the file looks like an alias bomb`, span, { limit: MAX_ALIAS_COUNT })
      : problem('yaml-internal', `The YAML could not be converted: ${(e as Error).message}`, span, { detail: (e as Error).message }));
    return { source: { ...base, doc, documentCount: docs.length }, problems };
  }
  return { source: { ...base, doc, documentCount: docs.length, value }, problems };
}
