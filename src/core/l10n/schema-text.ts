// Schema problems (code "schema-<ajv keyword>") in the current language, from the ajv error kept in the
// problem's data. The keywords the format uses get our own wording; any other keyword falls back to
// ajv-i18n's Japanese (https://github.com/ajv-validator/ajv-i18n).
import type { ErrorObject } from 'ajv';
import localizeJa from 'ajv-i18n/localize/ja';
import type { Problem } from '../diagnostics';
import { currentLang, t } from './lang';

type Data = Readonly<Record<string, unknown>>;

function label(pointer: string): string {
  if (!pointer) return t('The plant');
  return pointer
    .slice(1)
    .split('/')
    .map((x) => x.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((x, i) => (/^(0|[1-9][0-9]*)$/.test(x) ? `[${x}]` : i ? `.${x}` : x))
    .join('');
}

function typeWord(type: string): string {
  switch (type) {
    case 'object': return t('a mapping (key: value lines)');
    case 'array': return t('a list');
    case 'string': return t('text');
    case 'integer': return t('a whole number');
    case 'number': return t('a number');
    case 'boolean': return t('true or false');
    default: return type;
  }
}

/** What the value was, from the core's English ("a list", "text 'x'", "number 3"). */
function gotWord(got: string): string {
  if (got === 'nothing') return t('nothing');
  if (got === 'a list') return t('a list');
  if (got === 'a mapping') return t('a mapping');
  const text = /^text '(.*)'$/s.exec(got);
  if (text) return t("text '{0}'", text[1]);
  return got;
}

const join = (xs: unknown): string => (Array.isArray(xs) ? xs.map(String).join(', ') : '');

/** The message of a schema-* problem, or undefined for other codes. */
export function schemaMessage(p: Problem): string | undefined {
  if (!p.code.startsWith('schema-')) return undefined;
  const d: Data = p.data ?? {};
  const params = (d.params ?? {}) as Record<string, unknown>;
  // A config file's root (src/core/config/read.ts) is not the plant.
  const at = !d.instancePath && d.root === 'config' ? t('The configuration file') : label(String(d.instancePath ?? ''));
  const keyword = String(d.keyword ?? p.code.slice('schema-'.length));
  switch (keyword) {
    case 'additionalProperties': {
      const allowed = join(d.allowed);
      return allowed
        ? t("{0}: unknown property '{1}' (expected one of: {2})", at, String(params.additionalProperty), allowed)
        : t("{0}: unknown property '{1}'", at, String(params.additionalProperty));
    }
    case 'propertyNames':
      return t("{0}: invalid id '{1}' (start with a letter or digit; then letters, digits, '_', '.', '-'; at most 64 characters)", at, String(params.propertyName));
    case 'required':
      return t("{0}: missing required property '{1}'", at, String(params.missingProperty));
    case 'enum':
      return t("{0}: '{1}' is not allowed (expected one of: {2})", at, String(d.value ?? ''), join(params.allowedValues));
    case 'const':
      return t('{0} must be {1}', at, JSON.stringify(params.allowedValue));
    case 'pattern':
      return /\/measure$/.test(String(d.instancePath))
        ? t("{0}: '{1}' is not a countermeasure ID (write it as ID8-1 or 8-1)", at, String(d.value ?? ''))
        : t("{0}: '{1}' must match {2}", at, String(d.value ?? ''), String(params.pattern));
    case 'type':
      return t('{0} must be {1} (got {2})', at, typeWord(String(params.type)), gotWord(String(d.got ?? '')));
    case 'minItems':
      return t('{0}: needs at least {1} items', at, String(params.limit));
    case 'maxItems':
      return t('{0}: allows at most {1} items', at, String(params.limit));
    case 'minLength':
      return t('{0}: needs at least {1} characters', at, String(params.limit));
    case 'maxLength':
      return t('{0}: allows at most {1} characters', at, String(params.limit));
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return t('{0} must be {1} {2}', at, String(params.comparison), String(params.limit));
    default: {
      if (currentLang() !== 'ja') return undefined;
      const err = { keyword, params, instancePath: String(d.instancePath ?? ''), schemaPath: '' } as ErrorObject;
      localizeJa([err]);
      return err.message ? `${at}: ${err.message}` : undefined;
    }
  }
}
