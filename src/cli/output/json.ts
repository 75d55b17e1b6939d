// Machine-readable output. Shape (stable; ranges are 0-based line/character as in LSP, end exclusive):
// { "version": 1, "tool": { "name", "version" }, "summary": { files, errors, warnings, infos, hints },
//   "files": [ { "path", "summary": {...}, "problems": [ { "code", "severity", "message",
//     "range": { "start": { "line", "character" }, "end": {...} }, "related"?: [ { "message", "range" } ],
//     "data"?: {...}, "tags"?: [...] } ] } ] }
// Later analysis adds per-file keys (models, findings, damages) without changing these.
import type { Problem } from '../../core/diagnostics';
import { analysisJson } from '../../core/report/outputs';
import { jsonSafe } from '../../core/report/safe-text';
import type { LineIndex, Range } from '../../core/text/line-index';
import { countProblems, summarize, type FileResult } from './types';

export const JSON_OUTPUT_VERSION = 1;

export interface JsonProblem {
  code: string;
  severity: Problem['severity'];
  message: string;
  range: Range;
  related?: { message: string; range: Range }[];
  data?: Readonly<Record<string, unknown>>;
  tags?: readonly string[];
}

export function jsonProblem(p: Problem, lines: LineIndex): JsonProblem {
  return {
    code: p.code,
    severity: p.severity,
    message: p.message,
    range: lines.range(p.span),
    ...(p.related?.length ? { related: p.related.map((r) => ({ message: r.message, range: lines.range(r.span) })) } : {}),
    ...(p.data ? { data: p.data } : {}),
    ...(p.tags?.length ? { tags: p.tags } : {}),
  };
}

export function jsonReport(files: readonly FileResult[], toolVersion: string) {
  return {
    version: JSON_OUTPUT_VERSION,
    tool: { name: 'smartfab', version: toolVersion },
    summary: summarize(files),
    files: files.map((f) => ({
      path: f.path,
      summary: countProblems(f.result.problems),
      problems: f.result.problems.map((p) => jsonProblem(p, f.result.lineIndex)),
      ...(f.result.analysis ? analysisJson(f.result.analysis, f.result.lineIndex) : {}),
    })),
  };
}

export function formatJson(files: readonly FileResult[], toolVersion: string): string {
  // jsonSafe: the same JSON, with the control characters JSON.stringify leaves raw written as escapes.
  return jsonSafe(JSON.stringify(jsonReport(files, toolVersion), null, 2)) + '\n';
}
