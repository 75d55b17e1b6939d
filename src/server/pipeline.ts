// The server's analysis pipeline, independent of any connection (unit-tested and benchmarked as is):
// text -> checkText -> steady problems -> LSP diagnostics, cached per document version.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Problem } from '../core/diagnostics';
import { toDiagnostics, type DiagnosticOptions } from '../core/lsp/diagnostics';
import { PlantIndex } from '../core/lsp/plant-index';
import { stableProblems, type Snapshot } from '../core/lsp/stable-problems';
import type { Plant } from '../core/model/plant';
import type { LineIndex } from '../core/text/line-index';

export interface CheckOutput {
  readonly plant?: Plant;
  readonly problems: readonly Problem[];
  readonly lineIndex: LineIndex;
  /** Analysis extras (damages, scenarios) for code lenses, when the checker has them. */
  readonly analysis?: unknown;
}

export type Checker = ((text: string, uri: string) => CheckOutput) & {
  /** Drops what the checker keeps for a closed document. */
  forget?(uri: string): void;
};

export interface DocumentResult {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly lineIndex: LineIndex;
  readonly plant?: Plant;
  readonly analysis?: unknown;
  /** Problems as computed for this text. */
  readonly raw: readonly Problem[];
  /** Problems published: raw, steadied while the YAML is broken. */
  readonly problems: readonly Problem[];
  readonly diagnostics: Diagnostic[];
  /** Wall time of the checker run for this version (parse, validation, analysis), in milliseconds. */
  readonly elapsedMs: number;
  /** Element ids known from this or the last well-formed version (for completion on broken text). */
  readonly knownIds: { readonly zones: string[]; readonly devices: string[]; readonly conduits: string[] };
  index(): PlantIndex | undefined;
}

export class Pipeline {
  private readonly results = new Map<string, DocumentResult>();
  private readonly lastGood = new Map<string, Snapshot>();
  private readonly lastIds = new Map<string, DocumentResult['knownIds']>();

  /** Per-document options (configuration file, per-folder settings); the global options otherwise. */
  optionsFor?: (uri: string) => DiagnosticOptions;

  constructor(
    private readonly checker: Checker,
    private options: DiagnosticOptions = {},
  ) {}

  /** Drops cached results (all, or one document's) so the next run re-checks with current options. */
  invalidate(uri?: string): void {
    if (uri === undefined) this.results.clear();
    else this.results.delete(uri);
  }

  setOptions(options: DiagnosticOptions): void {
    this.options = options;
    this.results.clear(); // severities changed: diagnostics must be rebuilt
  }

  diagnosticOptions(): DiagnosticOptions {
    return this.options;
  }

  get(uri: string): DocumentResult | undefined {
    return this.results.get(uri);
  }

  /** Analyses one version of a document; the same version and text is served from the cache. */
  run(uri: string, version: number, text: string): DocumentResult {
    const cached = this.results.get(uri);
    if (cached && cached.version === version && cached.text === text) return cached;
    const started = performance.now();
    const out = this.checker(text, uri);
    const elapsedMs = performance.now() - started;
    const steady = stableProblems({ text, problems: out.problems }, this.lastGood.get(uri));
    if (steady.lastGood) this.lastGood.set(uri, steady.lastGood);
    const knownIds = this.knownIds(uri, out.plant);
    let index: PlantIndex | undefined;
    const result: DocumentResult = {
      uri,
      version,
      text,
      lineIndex: out.lineIndex,
      plant: out.plant,
      analysis: out.analysis,
      raw: out.problems,
      problems: steady.problems,
      diagnostics: toDiagnostics(steady.problems, out.lineIndex, uri, this.optionsFor?.(uri) ?? this.options),
      knownIds,
      elapsedMs,
      index: () => (index ??= out.plant ? new PlantIndex(out.plant) : undefined),
    };
    this.results.set(uri, result);
    return result;
  }

  close(uri: string): void {
    this.checker.forget?.(uri);
    this.results.delete(uri);
    this.lastGood.delete(uri);
    this.lastIds.delete(uri);
  }

  private knownIds(uri: string, plant: Plant | undefined): DocumentResult['knownIds'] {
    const prev = this.lastIds.get(uri) ?? { zones: [], devices: [], conduits: [] };
    if (!plant) return prev;
    const merge = (now: string[], before: string[]) => [...new Set([...now, ...before])];
    const ids = {
      zones: merge(plant.zones.map((z) => z.id), plant.zones.length ? [] : prev.zones),
      devices: merge(plant.devices.map((d) => d.id), plant.devices.length ? [] : prev.devices),
      conduits: merge(plant.conduits.map((c) => c.id), plant.conduits.length ? [] : prev.conduits),
    };
    this.lastIds.set(uri, ids);
    return ids;
  }
}
