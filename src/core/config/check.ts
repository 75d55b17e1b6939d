// Problems of a smartfab.config.yaml with ranges, for the editor (diagnostics) and the CLI (stderr): YAML
// errors, schema violations placed on the offending key or value, and severity overrides naming no problem
// code (with the nearest known codes). Messages through t(), so both languages read them.
import type { ErrorObject } from 'ajv';
import { distance } from 'fastest-levenshtein';
import type { Document } from 'yaml';
import { ANALYSIS_CODES } from '../analysis/codes';
import { catalog } from '../catalog/index';
import type { Problem } from '../diagnostics';
import { FORMAT_CODES } from '../format/codes';
import { t } from '../l10n/lang';
import type { Span } from '../model/plant';
import { keySpanAtPath, nodeAtPath, nodeSpan, type PathSegment } from '../parse/node-at';
import { messageData } from '../validate/schema-check';
import { schemaMessage } from '../l10n/schema-text';

/** Codes of the review stage and the schema keywords the plant schema reports (schema-<keyword>). */
const OTHER_CODES = [
  'risk-missing-justification', 'risk-expired', 'risk-stale', 'risk-resolved', 'suppressed',
  'general-measure-unrecorded', 'general-unknown-boundary',
  'schema-required', 'schema-additionalProperties', 'schema-enum', 'schema-propertyNames', 'schema-type', 'schema-const', 'schema-pattern',
  'schema-minItems', 'schema-maxItems', 'schema-minLength', 'schema-maxLength', 'schema-minimum', 'schema-maximum', 'schema-uniqueItems',
];

let known: readonly string[] | undefined;
/** Every problem code a plant check can report (format, analysis, threat-<ID>, review, schema-*). */
export function knownProblemCodes(): readonly string[] {
  return (known ??= [...Object.keys(FORMAT_CODES), ...Object.keys(ANALYSIS_CODES), ...catalog.threats.map((x) => `threat-${x.id}`), ...OTHER_CODES]);
}

/** Whether a `severity:` key names a code, or is a prefix wildcard ("threat-*") matching one. */
export function isKnownCodeKey(key: string): boolean {
  const codes = knownProblemCodes();
  if (key.endsWith('*')) return codes.some((c) => c.startsWith(key.slice(0, -1)));
  return codes.includes(key) || key.startsWith('schema-');
}

/** The known codes nearest to `key` (at most three, all at the least edit distance, which is at most a third of its length, at least 2). */
export function nearestCodes(key: string): string[] {
  const limit = Math.max(2, Math.floor(key.length / 3));
  const scored = knownProblemCodes().map((c) => ({ c, d: distance(c.toLowerCase(), key.toLowerCase()) }));
  const best = Math.min(limit, ...scored.map((x) => x.d));
  return scored
    .filter((x) => x.d <= best)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, 3)
    .map((x) => x.c);
}

function decodePath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

const label = (path: readonly PathSegment[]) => (path.length ? path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('') : CONFIG_LABEL());
const CONFIG_LABEL = () => t('The configuration');

function message(err: ErrorObject, path: readonly PathSegment[]): string {
  const p = err.params as Record<string, unknown>;
  const parent = err.parentSchema as { properties?: Record<string, unknown> } | undefined;
  switch (err.keyword) {
    case 'additionalProperties': {
      const allowed = Object.keys(parent?.properties ?? {});
      return allowed.length
        ? t("{0}: unknown property '{1}' (expected one of: {2})", label(path), String(p.additionalProperty), allowed.join(', '))
        : t("{0}: unknown property '{1}'", label(path), String(p.additionalProperty));
    }
    case 'enum':
      return t("{0}: '{1}' is not allowed (expected one of: {2})", label(path), String(err.data), ((p.allowedValues as unknown[]) ?? []).map(String).join(', '));
    case 'type':
      return t('{0} must be {1}', label(path), String(p.type));
    case 'minimum':
    case 'maximum':
      return t('{0} must be {1} {2}', label(path), String(p.comparison), String(p.limit));
    case 'minLength':
      return t('{0}: needs at least {1} characters', label(path), String(p.limit));
    default:
      return `${label(path)} ${err.message ?? 'is invalid'}`;
  }
}

function spanOf(err: ErrorObject, doc: Document, text: string, path: readonly PathSegment[]): Span {
  const root = doc.contents?.range;
  const fallback = root ? { start: root[0], end: root[0] } : { start: 0, end: 0 };
  if (err.keyword === 'additionalProperties') return keySpanAtPath(doc, [...path, String((err.params as { additionalProperty: string }).additionalProperty)], text) ?? fallback;
  const target = nodeAtPath(doc, path);
  return target?.node ? nodeSpan(target.node, text) : (keySpanAtPath(doc, path, text) ?? fallback);
}

/** For an unknown key: the allowed keys nearest to it (a misspelling), for the quick-fix. */
function keyCandidates(err: ErrorObject): string[] {
  if (err.keyword !== 'additionalProperties') return [];
  const key = String((err.params as { additionalProperty: string }).additionalProperty);
  const allowed = Object.keys((err.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});
  const limit = Math.max(2, Math.floor(key.length / 3));
  const scored = allowed.map((k) => ({ k, d: distance(k.toLowerCase(), key.toLowerCase()) })).filter((x) => x.d <= limit);
  const best = Math.min(...scored.map((x) => x.d));
  return scored.filter((x) => x.d === best).map((x) => x.k);
}

/** Schema errors of the config's data as problems (code config-schema) on the key or value at fault. */
export function schemaProblems(errors: readonly ErrorObject[], doc: Document, text: string): Problem[] {
  return errors.map((err) => {
    const path = decodePath(err.instancePath);
    const candidates = keyCandidates(err);
    // The data schema-text.ts renders schema messages from (as for the plant), so the CLI and the editor say the same.
    const data = { path: err.instancePath, keyword: err.keyword, instancePath: err.instancePath, params: err.params, ...messageData(err), root: 'config', ...(candidates.length ? { candidates } : {}) };
    const p: Problem = { code: 'config-schema', severity: 'error', message: '', span: spanOf(err, doc, text, path), data };
    return { ...p, message: schemaMessage({ ...p, code: `schema-${err.keyword}` }) ?? message(err, path) };
  });
}

/** Keys of `severity:` that name no problem code (warning config-unknown-code; data.candidates for a quick-fix). */
export function unknownCodeProblems(severity: unknown, doc: Document, text: string): Problem[] {
  if (!severity || typeof severity !== 'object' || Array.isArray(severity)) return [];
  const out: Problem[] = [];
  for (const key of Object.keys(severity)) {
    if (isKnownCodeKey(key)) continue;
    const candidates = nearestCodes(key);
    out.push({
      code: 'config-unknown-code',
      severity: 'warning',
      message: candidates.length
        ? t("severity: '{0}' is no SmartFab problem code; did you mean {1}?", key, candidates.join(', '))
        : t("severity: '{0}' is no SmartFab problem code (write a code such as threat-A4, or a prefix with *).", key),
      span: keySpanAtPath(doc, ['severity', key], text) ?? { start: 0, end: 0 },
      data: { key, candidates },
    });
  }
  return out;
}
