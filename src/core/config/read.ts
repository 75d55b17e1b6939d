// Reads smartfab.config.yaml: YAML text -> SmartFabConfig, with problems (schema violations, YAML errors)
// as values. Anything invalid is left out, so a broken config never stops a check.
import { messageData } from '../validate/schema-check';
import Ajv from 'ajv';
import { parseDocument } from 'yaml';
import type { Problem } from '../diagnostics';
import type { SeveritySetting } from '../lsp/diagnostics';
import { configSchema } from './schema';

export interface SmartFabConfig {
  /** Absolute path of the file, with '/' separators (undefined for the empty default). */
  readonly path?: string;
  readonly severity: Readonly<Record<string, SeveritySetting>>;
  readonly fewIotDevices?: number;
  readonly manyIotDevices?: number;
  readonly language?: 'en' | 'ja';
  readonly docsBaseUrl?: string;
  /** Globs relative to the config file's folder. */
  readonly ignore: readonly string[];
  readonly hideDecided?: boolean;
}

export const EMPTY_CONFIG: SmartFabConfig = { severity: {}, ignore: [] };

let validator: ReturnType<Ajv['compile']> | undefined;
const validate = () => (validator ??= new Ajv({ allErrors: true, strict: false, validateFormats: false, verbose: true }).compile(configSchema));

/** Parses a config file's text. Problems carry code "config-yaml" or "config-schema" and a span. */
export function parseConfig(text: string, path?: string): { config: SmartFabConfig; problems: Problem[] } {
  const doc = parseDocument(text, { prettyErrors: false });
  const problems: Problem[] = doc.errors.map((e) => ({ code: 'config-yaml', severity: 'error', message: e.message, span: { start: e.pos[0], end: e.pos[1] }, data: { yamlCode: e.code } }));
  const raw = doc.errors.length ? {} : (doc.toJS() ?? {});
  const o = (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  const v = validate();
  if (!v(o)) {
    for (const e of v.errors ?? []) {
      problems.push({ code: 'config-schema', severity: 'error', message: `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`, span: { start: 0, end: 0 }, data: { path: e.instancePath, keyword: e.keyword, instancePath: e.instancePath, params: e.params, ...messageData(e), root: 'config' } });
    }
  }
  const severity: Record<string, SeveritySetting> = {};
  if (o.severity && typeof o.severity === 'object') {
    for (const [k, s] of Object.entries(o.severity as Record<string, unknown>)) {
      if (s === 'error' || s === 'warning' || s === 'info' || s === 'hint' || s === 'off') severity[k] = s;
    }
  }
  const th = (o.thresholds && typeof o.thresholds === 'object' ? o.thresholds : {}) as Record<string, unknown>;
  const int = (x: unknown) => (typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : undefined);
  const few = int(th.fewIotDevices);
  const many = int(th.manyIotDevices);
  const docs = typeof o.docsBaseUrl === 'string' && /^https?:\/\//.test(o.docsBaseUrl) ? (o.docsBaseUrl.endsWith('/') ? o.docsBaseUrl : `${o.docsBaseUrl}/`) : undefined;
  const hide = (o.review as { hideDecided?: unknown } | undefined)?.hideDecided;
  const config: SmartFabConfig = {
    ...(path ? { path } : {}),
    severity,
    ...(few !== undefined ? { fewIotDevices: few } : {}),
    ...(many !== undefined ? { manyIotDevices: many } : {}),
    ...(o.language === 'en' || o.language === 'ja' ? { language: o.language } : {}),
    ...(docs ? { docsBaseUrl: docs } : {}),
    ignore: Array.isArray(o.ignore) ? o.ignore.filter((g): g is string => typeof g === 'string' && g.length > 0) : [],
    ...(typeof hide === 'boolean' ? { hideDecided: hide } : {}),
  };
  return { config, problems };
}
