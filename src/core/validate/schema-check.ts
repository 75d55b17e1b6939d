// Validates the plain data against the JSON Schema (ajv, allErrors) and maps every error back to the
// span of the offending key or value via its instancePath.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { Problem } from '../diagnostics';
import { printable } from '../format/ids';
import { plantSchema } from '../format/schema';
import { keySpanAtPath, nodeAtPath, nodeSpan, type PathSegment } from '../parse/node-at';
import type { ParsedSource } from '../parse/source';
import type { Span } from '../model/plant';

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
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

/** Schema problems of the parsed source (none when its data is unavailable). */
export function checkSchema(source: ParsedSource): Problem[] {
  if (!source.doc || !('value' in source)) return [];
  const validate = validator();
  if (validate(source.value)) return [];
  const out: Problem[] = [];
  for (const err of validate.errors ?? []) {
    if (err.propertyName !== undefined) continue; // inner error of propertyNames; the outer one is reported
    const path = decodePath(err.instancePath);
    out.push({
      code: `schema-${err.keyword}`,
      severity: 'error',
      message: describe(err, path),
      span: spanOf(err, source, path),
      data: { keyword: err.keyword, instancePath: err.instancePath, params: err.params },
    });
  }
  return out;
}
