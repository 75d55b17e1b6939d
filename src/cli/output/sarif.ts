// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. partialFingerprints hash the code,
// the enclosing element's id, the problem's data and the offending text, never line numbers, so
// results keep their identity across unrelated edits.
import { createHash } from 'node:crypto';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Severity } from '../../core/diagnostics';
import { codeText } from '../../core/l10n/code-docs';
import { currentLang, t, withLang, type Lang } from '../../core/l10n/lang';
import { localizeProblem } from '../../core/l10n/problem-text';
import { analysisResultExtras, analysisRule, fingerprintBasis } from '../../core/report/outputs';
import type { Flow, MeasureEntry, Plant, PlantElement, Span } from '../../core/model/plant';
import { jsonSafe } from '../../core/report/safe-text';
import type { LineIndex } from '../../core/text/line-index';
import { artifactLocation as locate, SRCROOT } from './sarif-uri';
import type { FileResult } from './types';
import { suppressionsOf } from '../../core/review/sarif';
import { matchBaseline, withBaselineState } from './baseline';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
export const FINGERPRINT_KEY = 'smartfab/v1';

function region(lines: LineIndex, span: Span) {
  const r = lines.range(span);
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

/** JSON with sorted keys, so the hash does not depend on property order. */
function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

type Entry = PlantElement | Flow | MeasureEntry;

/**
 * The entry enclosing an offset, by binary search over the entries sorted by start: the same answer as
 * core/parse/locate's elementAt (first section in zones, devices, conduits, flows, measures order wins where
 * spans touch), in O(log n) per problem instead of O(n), which made SARIF quadratic in the plant's size.
 */
export function entryIndex(plant: Plant | undefined): (offset: number) => Entry | undefined {
  if (!plant) return () => undefined;
  const sections: readonly (readonly Entry[])[] = [plant.zones, plant.devices, plant.conduits, plant.flows, plant.measures];
  const all = sections.flatMap((entries, rank) => entries.map((e, i) => ({ e, rank, i })));
  all.sort((a, b) => a.e.span.start - b.e.span.start || a.rank - b.rank || a.i - b.i);
  const maxEnd: number[] = [];
  all.forEach((x, k) => maxEnd.push(Math.max(x.e.span.end, k ? maxEnd[k - 1] : -Infinity)));
  return (offset) => {
    let lo = 0;
    let hi = all.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid].e.span.start <= offset) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    let best: (typeof all)[number] | undefined;
    // Walk back while an earlier entry can still reach the offset (top-level entries do not nest: a step or two).
    for (let k = last; k >= 0 && maxEnd[k] >= offset; k--) {
      const x = all[k];
      if (x.e.span.end >= offset && (!best || x.rank < best.rank || (x.rank === best.rank && x.i < best.i))) best = x;
    }
    return best?.e;
  };
}

function elementKey(el: Entry | undefined): string {
  if (!el) return 'file';
  if (el.type === 'measure') return `measure:${el.measure.value}@${el.target.value}`;
  return `${el.type}:${el.id}`;
}

const otherLang = (lang: Lang): Lang => (lang === 'ja' ? 'en' : 'ja');

/**
 * Rule metadata for a problem code: short and full description in `lang`, the help in both languages
 * (markdown) and the other language's texts under properties["smartfab/l10n"].
 */
export function ruleFor(code: string, lang: Lang = currentLang()): ReportingDescriptor {
  const d = codeText(code, lang);
  const o = codeText(code, otherLang(lang));
  const analysis = analysisRule(code);
  return {
    id: code,
    name: code.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()),
    ...analysis,
    shortDescription: { text: d.title },
    fullDescription: { text: d.help },
    help: { text: d.help, markdown: `**${d.title}**\n\n${d.help}\n\n---\n\n**${o.title}**\n\n${o.help}` },
    defaultConfiguration: { level: LEVEL[d.severity] },
    properties: { ...analysis?.properties, 'smartfab/l10n': { [otherLang(lang)]: { shortDescription: o.title, fullDescription: o.help } } },
  };
}

export interface SarifOptions {
  /** The directory paths are relative to (%SRCROOT%); files outside it get file:// URIs. Default: process.cwd(). */
  readonly baseDir?: string;
  /** Language of messages and rule texts (default: the process language); the other language goes beside. */
  readonly lang?: Lang;
}

export function sarifLog(files: readonly FileResult[], toolVersion: string, opts: SarifOptions = {}): Log {
  const baseDir = opts.baseDir ?? process.cwd();
  const lang = opts.lang ?? currentLang();
  const codes = [...new Set(files.flatMap((f) => [...f.result.problems, ...(f.baseline?.result?.problems ?? [])].map((p) => p.code)))].sort();
  const ruleIndex = new Map(codes.map((c, i) => [c, i] as const));
  const results: Result[] = [];
  for (const f of files) {
    const lines = f.result.lineIndex;
    const seen = new Map<string, number>();
    const artifactLocation = locate(f.path, baseDir);
    const entryAt = entryIndex(f.result.plant);
    const baseline = f.baseline ? matchBaseline(f.result.problems, f.baseline.result) : undefined;
    for (const problem of f.result.problems) {
      const p = localizeProblem(problem, lang);
      const other = localizeProblem(problem, otherLang(lang));
      const basis = fingerprintBasis(p) ?? [p.code, elementKey(entryAt(p.span.start)), stable(p.data ?? {}), f.text.slice(p.span.start, Math.min(p.span.end, p.span.start + 200))].join('\u0000');
      const n = seen.get(basis) ?? 0;
      seen.set(basis, n + 1);
      const hash = createHash('sha256').update(`${basis}\u0000${n}`).digest('hex').slice(0, 32);
      results.push(withBaselineState({
        ruleId: p.code,
        ruleIndex: ruleIndex.get(p.code)!,
        level: LEVEL[p.severity],
        message: { text: p.message, markdown: `${mdText(p.message)}\n\n*${otherLang(lang)}:* ${mdText(other.message)}` },
        locations: [{ physicalLocation: { artifactLocation, region: region(lines, p.span) } }],
        ...(p.related?.length
          ? { relatedLocations: p.related.map((r, id) => ({ id, message: { text: r.message }, physicalLocation: { artifactLocation, region: region(lines, r.span) } })) }
          : {}),
        partialFingerprints: { [FINGERPRINT_KEY]: hash },
        ...withMessages(
          {
            ...(p.data ? { properties: { data: p.data } } : {}),
            ...withLang(lang, () => analysisResultExtras(problem, (span) => ({ physicalLocation: { artifactLocation, region: region(lines, span) } }))),
          },
          { [lang]: p.message, [otherLang(lang)]: other.message },
        ),
        ...suppressionsOf(problem),
      }, baseline?.states.get(problem)));
    }
    // Findings of the baseline that are gone: reported as absent, where they were.
    const old = f.baseline?.result;
    for (const p of baseline?.absent ?? []) {
      const basis = fingerprintBasis(p) ?? `${p.code}\u0000${p.message}`;
      results.push({
        ruleId: p.code,
        ruleIndex: ruleIndex.get(p.code)!,
        level: LEVEL[p.severity],
        message: { text: localizeProblem(p, lang).message },
        locations: [{ physicalLocation: { artifactLocation, region: region(old!.lineIndex, p.span) } }],
        partialFingerprints: { [FINGERPRINT_KEY]: createHash('sha256').update(`${basis}\u00000`).digest('hex').slice(0, 32) },
        baselineState: 'absent',
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'SmartFab', version: toolVersion, semanticVersion: toolVersion, language: lang, rules: codes.map((c) => ruleFor(c, lang)) } },
      language: lang,
      columnKind: 'utf16CodeUnits',
      originalUriBaseIds: { [SRCROOT]: { description: { text: withLang(lang, () => t('The directory smartfab check ran in')) } } },
      results,
    }],
  };
}

/** Markdown-safe plain text (SARIF message.markdown). */
const mdText = (s: string) => s.replace(/[\\`*_{}[\]<>#|]/g, '\\$&');

/** Adds the message in both languages as properties["smartfab/messages"] (keeps the other properties). */
function withMessages(extra: Partial<Result>, messages: Record<string, string>): Partial<Result> {
  return { ...extra, properties: { ...extra.properties, 'smartfab/messages': messages } };
}

export function formatSarif(files: readonly FileResult[], toolVersion: string, opts: SarifOptions = {}): string {
  return jsonSafe(JSON.stringify(sarifLog(files, toolVersion, opts), null, 2)) + '\n';
}
