// Runs a session plan and turns it into a Fix, dropping plans that fail or change nothing
// (a fix that cannot apply is simply not offered).
import { EditSession, runEdit } from '../edit/session';
import type { Fix } from './types';

export function buildFix(text: string, title: string, plan: (s: EditSession) => void, opts: { preferred?: boolean; kind?: Fix['kind'] } = {}): Fix | undefined {
  const r = runEdit(text, plan);
  if ('error' in r || r.edits.length === 0) return undefined;
  return { title, kind: opts.kind ?? 'quickfix', ...(opts.preferred ? { isPreferred: true } : {}), edits: r.edits };
}

/** Reads a string field of problem data. */
export function str(data: Readonly<Record<string, unknown>> | undefined, key: string): string | undefined {
  const v = data?.[key];
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

/** Reads a string-array field of problem data. */
export function strs(data: Readonly<Record<string, unknown>> | undefined, key: string): string[] {
  const v = data?.[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.length > 0) : [];
}
