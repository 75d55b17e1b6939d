// The CLI side of smartfab.config.yaml: each plant file is checked with the configuration found from its
// folder upwards (to the repository root), exactly as the language server does for an open document.
import * as path from 'node:path';
import { checkText, type CheckResult } from '../core/check';
import { analysisOptionsOf, applySeverityOverrides, reviewOptionsOf } from '../core/config/apply';
import { configFor, type ConfigHost, type FoundConfig } from '../core/config/discover';
import { nodeConfigHost } from '../core/config/node-host';
import { currentLang, setLocale } from '../core/lsp/l10n';
import { localizeProblem } from '../core/l10n/problem-text';
import { langExplicit } from './lang';
import { LineIndex } from '../core/text/line-index';

export interface ConfiguredCheck {
  readonly result: CheckResult;
  readonly config: FoundConfig;
}

/** Caches configs per folder for one CLI run; reports each config's own problems once through `warn`. */
export class CliConfigs {
  private readonly byDir = new Map<string, FoundConfig>();
  private readonly warned = new Set<string>();

  constructor(
    private readonly warn: (s: string) => void,
    private readonly host: ConfigHost = nodeConfigHost,
  ) {}

  for(absFile: string): FoundConfig {
    const dir = path.dirname(absFile);
    let f = this.byDir.get(dir);
    if (!f) {
      f = configFor(absFile, this.host);
      this.byDir.set(dir, f);
      const where = f.config.path;
      if (where && f.problems.length && !this.warned.has(where)) {
        this.warned.add(where);
        const li = new LineIndex(this.host.readFile(where) ?? '');
        for (const p of f.problems) {
          const at = li.position(p.span.start);
          // The config's own problems speak its language too (unless --lang chose one).
          const lang = f.config.language && !langExplicit() ? f.config.language : currentLang();
          this.warn(`${where}:${at.line + 1}:${at.character + 1}: ${localizeProblem(p, lang).message}\n`);
        }
      }
    }
    return f;
  }

  ignored(absFile: string): boolean {
    return this.for(absFile).ignored.has(absFile.replace(/\\/g, '/'));
  }

  /** checkText with the file's configuration: thresholds, review options, language, then severity overrides. */
  check(absFile: string, text: string, uri: string, opts: { validateOnly?: boolean; today?: string } = {}): ConfiguredCheck {
    const config = this.for(absFile);
    const c = config.config;
    if (c.language && !langExplicit()) setLocale(c.language); // --lang wins over the file
    const result = checkText(text, { uri, analysis: opts.validateOnly ? false : analysisOptionsOf(c), review: reviewOptionsOf(c, opts.today), keepSource: false });
    return { result: { ...result, problems: applySeverityOverrides(result.problems, c.severity) }, config };
  }
}
