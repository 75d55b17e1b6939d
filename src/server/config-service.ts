// Per-document configuration in the language server: smartfab.config.yaml found from the document
// upwards to its workspace folder (as the CLI finds it), merged with the per-folder (`resource`) VS Code
// settings the client gives for that document. User settings win over the file, which wins over defaults.
import { fileURLToPath } from 'node:url';
import { analysisOptionsOf } from '../core/config/apply';
import { configFor, type ConfigHost, type FoundConfig } from '../core/config/discover';
import { EMPTY_CONFIG } from '../core/config/read';
import type { AnalysisOptions } from '../core/analysis/types';
import type { DiagnosticOptions } from '../core/lsp/diagnostics';
import type { ReviewOptions } from '../core/review/types';
import type { ServerSettings } from './settings';
import type { Lang } from '../core/l10n/lang';

const NONE: FoundConfig = { config: EMPTY_CONFIG, problems: [], ignored: new Set() };

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri).replace(/\\/g, '/');
  } catch {
    return undefined;
  }
}

export class ConfigService {
  private roots: string[] = [];
  private readonly byDoc = new Map<string, FoundConfig>();
  private readonly scoped = new Map<string, ServerSettings>();

  /**
   * `trusted`: the workspace is trusted; otherwise the file's docsBaseUrl is ignored, like the restricted
   * setting smartfab.docsBaseUrl (a workspace must not redirect the documentation links it shows).
   */
  constructor(
    private readonly host: ConfigHost,
    private trusted = true,
  ) {}

  setRoots(uris: readonly string[]): void {
    this.roots = uris.map(filePath).filter((p): p is string => p !== undefined);
    this.byDoc.clear();
  }

  setTrusted(trusted: boolean): void {
    this.trusted = trusted;
  }

  /** Forget every config read (a smartfab.config.yaml changed). */
  invalidate(): void {
    this.byDoc.clear();
  }

  /** Settings the client gave for this document's scope (per-folder settings); undefined to drop them. */
  setScoped(uri: string, s: ServerSettings | undefined): void {
    if (s) this.scoped.set(uri, s);
    else this.scoped.delete(uri);
  }

  forget(uri: string): void {
    this.byDoc.delete(uri);
    this.scoped.delete(uri);
  }

  found(uri: string): FoundConfig {
    let f = this.byDoc.get(uri);
    if (!f) {
      const path = filePath(uri);
      f = path ? configFor(path, this.host, this.roots) : NONE;
      this.byDoc.set(uri, f);
    }
    return f;
  }

  ignored(uri: string): boolean {
    const path = filePath(uri);
    return path !== undefined && this.found(uri).ignored.has(path);
  }

  analysisOptions(uri: string): AnalysisOptions {
    return analysisOptionsOf(this.found(uri).config);
  }

  reviewOptions(uri: string, global: ServerSettings): ReviewOptions {
    const hide = this.scoped.get(uri)?.hideDecided ?? global.hideDecided ?? this.found(uri).config.hideDecided;
    return hide ? { hideDecided: true } : {};
  }

  /**
   * The one language the server speaks: `smartfab.language` when it is en or ja (the user's explicit choice);
   * under `auto` the `language` of the configuration governing the first workspace folder, else of the
   * first open document's that sets one (the team's shared default); else undefined (the display language).
   */
  language(global: ServerSettings, openUris: readonly string[]): Lang | undefined {
    if (global.language === 'en' || global.language === 'ja') return global.language;
    const fromRoots = this.roots.map((r) => configFor(`${r.replace(/\/+$/, '')}/.`, this.host, this.roots).config.language).find((l) => l !== undefined);
    return fromRoots ?? openUris.map((u) => this.found(u).config.language).find((l) => l !== undefined);
  }

  diagnosticOptions(uri: string, global: ServerSettings): DiagnosticOptions {
    const c = this.found(uri).config;
    const s = this.scoped.get(uri) ?? global;
    const docsBaseUrl = s.docsBaseUrl ?? (this.trusted ? c.docsBaseUrl : undefined);
    return { severity: { ...c.severity, ...s.severity }, ...(docsBaseUrl ? { docsBaseUrl } : {}) };
  }
}
