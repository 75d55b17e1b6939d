// "Did you mean …?" quick-fixes for misspelt words, driven by problem code and data only:
// - schema-additionalProperties (`wirless:`): data { instancePath, params.additionalProperty }; the
//   candidates are the properties the format's schema allows at that path;
// - schema-enum (`kind: plc`): data { params.allowedValues }; besides spelling, a value matches a word of
//   an allowed value's label (`plc` → controller, "PLC / controller"; `fw` → firewall, "FW");
// - unknown-zone / dangling-ref (`zone: ofice`): data { id, expects }; the candidates are the plant's ids
//   of the expected sort;
// - unknown-measure (`ID8-7`): data { measure }; the candidates are the report's countermeasure IDs.
// Each fix replaces just the misspelt scalar (comments and quoting kept by EditSession.replaceScalar).
import { distance } from 'fastest-levenshtein';
import { visit, type Node, type Scalar } from 'yaml';
import { catalog } from '../catalog';
import type { Problem } from '../diagnostics';
import { plantSchema, type DocSchema } from '../format/schema';
import { elements, type ElementType } from '../edit/plant-index';
import { sharedSource } from '../edit/session';
import { t } from '../lsp/l10n';
import { DEVICE_KINDS, WIRELESS_TECHS, ZONE_KINDS, type KindInfo } from '../model/kinds';
import { buildFix, str } from './build';
import type { Fix } from './types';

/** At most this many suggestions per problem, closest first. */
const MAX_SUGGESTIONS = 3;

/**
 * The candidates close enough to `word` to be a misspelling of it, closest first: edit distance
 * (case-insensitive) at most a third of the longer word (at least 1, at most 3), or a prefix of at least
 * 3 letters. `aliases` maps further words (e.g. label words) to a candidate; an exact alias match ranks first.
 */
export function closestWords(word: string, candidates: readonly string[], aliases: ReadonlyMap<string, string> = new Map()): string[] {
  const w = word.toLowerCase();
  const scored = new Map<string, number>();
  const score = (c: string, d: number) => {
    if (c === word) return;
    if (d < (scored.get(c) ?? Infinity)) scored.set(c, d);
  };
  const alias = aliases.get(w);
  if (alias && candidates.includes(alias)) score(alias, -1);
  for (const c of candidates) {
    const l = c.toLowerCase();
    const d = distance(w, l);
    const limit = Math.min(3, Math.max(1, Math.floor(Math.max(w.length, l.length) / 3)));
    if (d <= limit) score(c, d);
    else if (w.length >= 3 && l.startsWith(w)) score(c, l.length - w.length);
  }
  return [...scored].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, MAX_SUGGESTIONS).map(([c]) => c);
}

/** The schema that describes the value at a JSON pointer (no $ref in the format's schema). */
export function schemaAt(pointer: string, root: DocSchema = plantSchema): DocSchema | undefined {
  let s: DocSchema | undefined = root;
  const segments = pointer === '' ? [] : pointer.slice(1).split('/').map((x) => x.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const seg of segments) {
    if (!s) return undefined;
    if (s.type === 'array' || s.items) s = s.items;
    else s = s.properties?.[seg] ?? Object.entries(s.patternProperties ?? {}).find(([re]) => new RegExp(re, 'u').test(seg))?.[1] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
  }
  return s;
}

/** Label words of the kinds and technologies ("PLC / controller" → plc, controller) → their value. */
const LABEL_ALIASES: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  const add = (table: Record<string, KindInfo>) => {
    for (const [value, info] of Object.entries(table)) {
      for (const w of `${info.en} ${info.ja}`.toLowerCase().split(/[\s/()・,]+/)) if (w.length >= 2 && !out.has(w)) out.set(w, value);
    }
  };
  add(DEVICE_KINDS);
  add(ZONE_KINDS);
  add(WIRELESS_TECHS);
  return out;
})();

/** The scalar (key or value) that starts where the problem does. */
function scalarAt(doc: { contents: unknown }, start: number): Scalar | undefined {
  let found: Scalar | undefined;
  visit(doc as Parameters<typeof visit>[0], {
    Scalar(_k, node) {
      if (node.range?.[0] === start) {
        found = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** The misspelt word and the words it may stand for. */
function wordAndCandidates(p: Problem, ids: (type?: ElementType) => string[]): { word?: string; candidates: string[]; aliases?: ReadonlyMap<string, string> } {
  const params = (p.data?.params ?? {}) as Record<string, unknown>;
  switch (p.code) {
    case 'schema-additionalProperties': {
      const parent = schemaAt(str(p.data, 'instancePath') ?? '');
      return { word: typeof params.additionalProperty === 'string' ? params.additionalProperty : undefined, candidates: Object.keys(parent?.properties ?? {}) };
    }
    case 'schema-enum': {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues.filter((v): v is string => typeof v === 'string') : [];
      return { candidates: allowed, aliases: LABEL_ALIASES };
    }
    case 'unknown-zone':
      return { word: str(p.data, 'id'), candidates: ids('zone') };
    case 'dangling-ref': {
      const expects = str(p.data, 'expects');
      const type = expects === 'zone' || expects === 'device' || expects === 'conduit' ? expects : undefined;
      return { word: str(p.data, 'id'), candidates: ids(type) };
    }
    case 'unknown-measure':
      return { word: str(p.data, 'measure'), candidates: catalog.countermeasures.map((c) => c.id) };
    default:
      return { candidates: [] };
  }
}

/** Codes this module suggests for (the docs list them). */
export const DID_YOU_MEAN_CODES = ['schema-additionalProperties', 'schema-enum', 'unknown-zone', 'dangling-ref', 'unknown-measure'] as const;

/** "Did you mean 'x'?" fixes for one problem; the first is preferred when it is the only close word. */
export function didYouMean(p: Problem, text: string): Fix[] {
  if (!(DID_YOU_MEAN_CODES as readonly string[]).includes(p.code)) return [];
  const src = sharedSource(text);
  if ('error' in src) return [];
  const node = scalarAt(src.doc, p.span.start);
  if (!node) return [];
  const ids = (type?: ElementType) => [...new Set(elements(src, type).map((e) => e.id))];
  const { word, candidates, aliases } = wordAndCandidates(p, ids);
  const written = String(node.value);
  let suggestions: string[];
  if (p.code === 'unknown-measure') {
    // The candidates are bare "8-1"; keep the user's "ID" prefix.
    const prefix = /^id/i.exec(written)?.[0] ?? '';
    suggestions = closestWords((word ?? written).replace(/^id/i, ''), candidates).map((x) => `${prefix ? 'ID' : ''}${x}`);
  } else {
    suggestions = closestWords(word ?? written, candidates, aliases);
  }
  const fixes: Fix[] = [];
  for (const [i, suggestion] of suggestions.entries()) {
    const fix = buildFix(text, t("Did you mean '{0}'?", suggestion), (s) => s.replaceScalar(scalarAt(s.src.doc, p.span.start) as Node, suggestion), {
      preferred: i === 0 && suggestions.length === 1,
    });
    if (fix) fixes.push(fix);
  }
  return fixes;
}
