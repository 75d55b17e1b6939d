// Validates the plain data against the JSON Schema (ajv, allErrors) and maps every error back to the
// span of the offending key or value via its instancePath.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { Problem } from '../diagnostics';
import { printable } from '../format/ids';
import { plantSchema } from '../format/schema';
import { keySpanAtPath, nodeAtPath, nodeSpan, type PathSegment } from '../parse/node-at';
import type { SpliceEdit } from '../parse/incremental';
import type { ParsedSource } from '../parse/source';
import { mapSpan } from '../lsp/stable-problems';
import type { Span } from '../model/plant';

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    // validateSchema: false skips compiling the draft-07 meta-schema on every start (half of ajv's start-up;
    // the CLI pays it per run); test/unit/validate/schema-meta.test.ts checks the schema against it instead.
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, validateSchema: false });
    // Editor annotations, not validation keywords.
    ajv.addVocabulary(['markdownDescription', 'markdownEnumDescriptions', 'enumDescriptions', 'defaultSnippets']);
    compiled = ajv.compile(plantSchema);
  }
  return compiled;
}

function decodePath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

const label = (path: readonly PathSegment[]) =>
  path.length ? path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('') : 'The plant';
const quoteList = (xs: readonly unknown[]) => xs.map((x) => String(x)).join(', ');

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping (key: value lines)', array: 'a list', string: 'text', integer: 'a whole number', number: 'a number', boolean: 'true or false',
};

function kindOf(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return typeof v === 'string' ? `text '${printable(v.length > 40 ? v.slice(0, 40) + '…' : v)}'` : `${typeof v} ${String(v)}`;
}

function describe(err: ErrorObject, path: readonly PathSegment[]): string {
  const p = err.params as Record<string, unknown>;
  const parent = err.parentSchema as { properties?: Record<string, unknown>; enum?: unknown[] } | undefined;
  switch (err.keyword) {
    case 'additionalProperties': {
      const allowed = Object.keys(parent?.properties ?? {});
      return `${label(path)}: unknown property '${String(p.additionalProperty)}'${allowed.length ? ` (expected one of: ${quoteList(allowed)})` : ''}`;
    }
    case 'propertyNames':
      return `${label(path)}: invalid id '${printable(String(p.propertyName))}' (start with a letter or digit; then letters, digits, '_', '.', '-'; at most 64 characters)`;
    case 'required':
      return `${label(path)}: missing required property '${String(p.missingProperty)}'`;
    case 'enum':
      return `${label(path)}: '${printable(String(err.data))}' is not allowed (expected one of: ${quoteList((p.allowedValues as unknown[]) ?? parent?.enum ?? [])})`;
    case 'const':
      return `${label(path)} must be ${JSON.stringify(p.allowedValue)}`;
    case 'pattern':
      return path[path.length - 1] === 'measure'
        ? `${label(path)}: '${printable(String(err.data))}' is not a countermeasure ID (write it as ID8-1 or 8-1)`
        : `${label(path)}: '${printable(String(err.data))}' must match ${String(p.pattern)}`;
    case 'type':
      return `${label(path)} must be ${TYPE_WORDS[String(p.type)] ?? String(p.type)} (got ${kindOf(err.data)})`;
    default:
      return `${label(path)} ${err.message ?? 'is invalid'}`;
  }
}

function spanOf(err: ErrorObject, source: ParsedSource, path: readonly PathSegment[]): Span {
  const p = err.params as Record<string, unknown>;
  const doc = source.doc;
  const fallback = doc?.contents?.range ? { start: doc.contents.range[0], end: doc.contents.range[0] } : { start: 0, end: 0 };
  if (err.keyword === 'additionalProperties') return keySpanAtPath(doc, [...path, String(p.additionalProperty)], source.text) ?? fallback;
  if (err.keyword === 'propertyNames') return keySpanAtPath(doc, [...path, String(p.propertyName)], source.text) ?? fallback;
  if (err.keyword === 'required') {
    // The element's key (e.g. the zone id) rather than the whole multi-line mapping.
    if (path.length === 0) return fallback;
    return keySpanAtPath(doc, path, source.text) ?? fallback;
  }
  const t = nodeAtPath(doc, path);
  return t?.node ? nodeSpan(t.node, source.text) : (keySpanAtPath(doc, path, source.text) ?? fallback);
}

/** What a message in another language needs besides params (src/core/l10n/schema-text.ts): the value, allowed keys. */
export function messageData(err: ErrorObject): Record<string, unknown> {
  const parent = err.parentSchema as { properties?: Record<string, unknown> } | undefined;
  if (err.keyword === 'additionalProperties') return { allowed: Object.keys(parent?.properties ?? {}) };
  if (err.keyword === 'type') return { got: kindOf(err.data) };
  if (err.keyword === 'enum' || err.keyword === 'pattern') return { value: String(err.data).slice(0, 200) };
  return {};
}

/** Schema problems per Document, so a spliced version can keep those of the entries it did not touch. */
const byDocument = new WeakMap<object, readonly Problem[]>();

/** Sections whose entries the schema checks one by one (no rule spans two entries, unlike `models`' uniqueItems). */
const ENTRY_SECTIONS = new Set(['zones', 'devices', 'conduits', 'flows', 'countermeasures']);

/**
 * Schema problems of the parsed source (none when its data is unavailable). With `splice` (from the
 * incremental reparse), only the spliced entries are validated; the problems of the others are the
 * previous version's, moved with the text. The result is the same as a full validation.
 */
export function checkSchema(source: ParsedSource, splice?: SpliceEdit): Problem[] {
  if (!source.doc || !('value' in source)) return [];
  const out = (splice && fromSplice(source, splice)) ?? problemsOf(validator(), source.value, source, (p) => p);
  byDocument.set(source.doc, out);
  return [...out];
}

/** Converts the validator's errors on `data` to problems on `source`, with `path` mapping each error's path. */
function problemsOf(validate: ValidateFunction, data: unknown, source: ParsedSource, path: (p: PathSegment[]) => PathSegment[] | undefined): Problem[] {
  if (validate(data)) return [];
  const out: Problem[] = [];
  for (const err of validate.errors ?? []) {
    if (err.propertyName !== undefined) continue; // inner error of propertyNames; the outer one is reported
    const decoded = decodePath(err.instancePath);
    const p = path(decoded);
    if (!p) continue;
    const e = p === decoded ? err : { ...err, instancePath: encodePath(p) };
    out.push({
      code: `schema-${e.keyword}`,
      severity: 'error',
      message: describe(e, p),
      span: spanOf(e, source, p),
      data: { keyword: e.keyword, instancePath: e.instancePath, params: e.params, ...messageData(e) },
    });
  }
  // verbose errors hold the data they were raised on (the whole plant for an error at the root): let it go.
  validate.errors = null;
  return out;
}

function encodePath(path: readonly PathSegment[]): string {
  return path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The spliced version's problems from the previous version's, or undefined when that cannot be shown equal. */
function fromSplice(source: ParsedSource, e: SpliceEdit): Problem[] | undefined {
  const before = byDocument.get(e.previous);
  const value = source.value as Record<string, unknown>;
  if (!before || !ENTRY_SECTIONS.has(e.section) || typeof value !== 'object' || value === null) return undefined;
  // List entries are named by index in messages: entries after the window must keep theirs.
  if (e.kind === 'seq' && e.freshCount !== e.last - e.first + 1) return undefined;
  const oldKeys = new Set(e.oldKeys);
  const replaced = (p: Problem): boolean | undefined => {
    const d = p.data as { keyword?: string; instancePath?: string; params?: { propertyName?: unknown } } | undefined;
    if (typeof d?.instancePath !== 'string') return undefined;
    const path = decodePath(d.instancePath);
    if (path[0] !== e.section) return false;
    if (path.length === 1) return d.keyword === 'propertyNames' ? oldKeys.has(String(d.params?.propertyName)) : undefined;
    return e.kind === 'map' ? oldKeys.has(String(path[1])) : typeof path[1] === 'number' && path[1] >= e.first && path[1] <= e.last;
  };
  const out: Problem[] = [];
  for (const p of before) {
    const r = replaced(p);
    if (r === undefined) return undefined;
    if (r) continue;
    const span = mapSpan(p.span, e.change);
    if (!span || p.related) return undefined;
    out.push(span === p.span ? p : { ...p, span });
  }
  // The fresh entries alone, under their section, through the same validator (same errors, same order).
  const section = value[e.section];
  let data: unknown;
  if (e.kind === 'map') {
    if (typeof section !== 'object' || section === null || Array.isArray(section)) return undefined;
    const entries: Record<string, unknown> = {};
    for (const k of e.freshKeys) entries[k] = (section as Record<string, unknown>)[k];
    data = { [e.section]: entries };
  } else {
    if (!Array.isArray(section)) return undefined;
    data = { [e.section]: section.slice(e.first, e.first + e.freshCount) };
  }
  const inSection = (p: PathSegment[]): PathSegment[] | undefined => {
    if (p[0] !== e.section || p.length < 2) return p[0] === e.section && p.length === 1 ? p : undefined;
    return e.kind === 'seq' ? [p[0], (p[1] as number) + e.first, ...p.slice(2)] : p;
  };
  out.push(...problemsOf(validator(), data, source, inSection));
  return out;
}
