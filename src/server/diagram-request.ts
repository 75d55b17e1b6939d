// The `smartfab/diagram` request: the diagram of an open document's current version, drawn from the very
// analysis the diagnostics were published from (one analysis per version; badges equal the Problems panel,
// and the same severity settings apply). A document the server does not have open is checked from the text
// the client sends.
import { performance } from 'node:perf_hooks';
import type { Connection } from 'vscode-languageserver/node';
import type { Analysis } from '../core/analysis/types';
import { DIAGRAM_REQUEST, type DiagramParams, type DiagramResult } from '../core/diagram/protocol';
import type { DiagramOptions } from '../core/diagram/types';
import { diagramOfText, diagramView } from '../core/diagram/view';
import type { SeveritySetting } from '../core/lsp/diagnostics';
import type { DocumentResult } from './pipeline';
import type { CheckResult } from '../core/check';
import { applySeverityOverrides } from '../core/config/apply';
import { diagramChanges } from '../core/diagram/changes';

export interface DiagramSource {
  /** The analysed current version of an open document (analysed now if its debounce has not fired). */
  result(uri: string): DocumentResult | undefined;
  /** The `smartfab.severity` overrides that apply to the document (per folder / configuration file). */
  severity(uri: string): Readonly<Record<string, SeveritySetting>>;
  /** The checked baseline of a comparison (params.baseline), for the change colouring. */
  baseline?(uri: string, ref: unknown): Promise<{ label: string; checked: CheckResult } | { error: string }>;
}

/** The baseline reference as the protocol allows it (a revision or a file URI), else undefined. */
function baselineRef(b: unknown): DiagramParams['baseline'] {
  const o = b && typeof b === 'object' ? (b as { rev?: unknown; fileUri?: unknown }) : undefined;
  if (typeof o?.rev === 'string' && o.rev.trim()) return { rev: o.rev.trim() };
  if (typeof o?.fileUri === 'string' && o.fileUri.startsWith('file:')) return { fileUri: o.fileUri };
  return undefined;
}

/** The changes since the baseline, computed on the published version (its problems with the severities shown). */
async function changesOf(uri: string, ref: DiagramParams['baseline'], r: DocumentResult, src: DiagramSource): Promise<Pick<DiagramResult, 'changes' | 'changesError'>> {
  if (!ref || !src.baseline) return {};
  const b = await src.baseline(uri, ref);
  if ('error' in b) return { changesError: b.error };
  const after = { plant: r.plant, problems: applySeverityOverrides(r.problems, src.severity(uri)), lineIndex: r.lineIndex };
  return { changes: diagramChanges(b.checked, after, b.label) };
}

/** Only the option shapes the layout knows, so a client cannot smuggle anything into ELK. */
function options(p: DiagramParams['options'] | undefined): DiagramOptions {
  const o = p && typeof p === 'object' ? p : {};
  const expanded = Array.isArray(o.expanded) ? o.expanded.filter((x): x is string => typeof x === 'string') : [];
  const previous = o.previous && typeof o.previous === 'object' ? o.previous : undefined;
  const direction = o.direction === 'DOWN' || o.direction === 'RIGHT' || o.direction === 'auto' ? o.direction : undefined;
  const vp = o.viewport;
  const viewport = vp && typeof vp === 'object' && Number.isFinite(vp.width) && Number.isFinite(vp.height) ? { width: vp.width, height: vp.height } : undefined;
  const lang = o.lang === 'en' || o.lang === 'ja' ? o.lang : undefined;
  return { showFlows: o.showFlows === true, expanded, ...(previous && { previous }), ...(direction && { direction }), ...(viewport && { viewport }), ...(lang && { lang }) };
}

export async function answerDiagram(params: DiagramParams, src: DiagramSource): Promise<DiagramResult> {
  const uri = typeof params?.uri === 'string' ? params.uri : '';
  const t0 = performance.now();
  const r = src.result(uri);
  if (!r) {
    if (typeof params?.text !== 'string') return { version: -1, findings: [], damages: [], notOpen: true };
    return diagramOfText(params.text, -1, options(params.options), src.severity(uri));
  }
  const t1 = performance.now();
  const view = await diagramView({
    version: r.version,
    plant: r.plant,
    // The published problems (steadied while the YAML is broken) are what the Problems panel shows.
    problems: r.problems,
    analysis: r.analysis as Analysis | undefined,
    lineIndex: r.lineIndex,
    options: options(params.options),
    severity: src.severity(uri),
  });
  const timing = { checkMs: t1 - t0, layoutMs: performance.now() - t1 };
  return view.model ? { ...view, timing, ...(await changesOf(uri, baselineRef(params.baseline), r, src)) } : { ...view, timing };
}

export function registerDiagramRequest(connection: Connection, src: DiagramSource): void {
  connection.onRequest(DIAGRAM_REQUEST, (params: DiagramParams) => answerDiagram(params, src));
}
