// Server settings: from the client's `smartfab` configuration section (pulled when the client
// supports workspace/configuration, pushed otherwise) or from initializationOptions.settings.
import type { SeveritySetting } from '../core/lsp/diagnostics';

export interface ServerSettings {
  /** Delay between the last keystroke and the analysis, in ms. */
  readonly debounceMs: number;
  /** Per-code severity overrides ("threat-A4": "off", "threat-*": "warning"). */
  readonly severity: Readonly<Record<string, SeveritySetting>>;
  readonly docsBaseUrl?: string;
  readonly codeLens: boolean;
  /** Drop accepted / false-positive findings instead of showing them as info (smartfab.review.hideDecided). */
  readonly hideDecided?: boolean;
}

export const DEFAULT_SETTINGS: ServerSettings = { debounceMs: 150, severity: {}, codeLens: true };

/** Accepts whatever the client sends; anything malformed falls back to the default. */
export function readSettings(raw: unknown): ServerSettings {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const debounce = typeof o.debounceMs === 'number' && o.debounceMs >= 0 && o.debounceMs <= 10_000 ? o.debounceMs : DEFAULT_SETTINGS.debounceMs;
  const severity: Record<string, SeveritySetting> = {};
  if (o.severity && typeof o.severity === 'object') {
    for (const [k, v] of Object.entries(o.severity as Record<string, unknown>)) {
      if (v === 'error' || v === 'warning' || v === 'info' || v === 'hint' || v === 'off') severity[k] = v;
    }
  }
  const codeLens = typeof o.codeLens === 'boolean' ? o.codeLens : (o.codeLens as { enabled?: unknown } | undefined)?.enabled !== false;
  return {
    debounceMs: debounce,
    severity,
    codeLens,
    ...((o.review as { hideDecided?: unknown } | undefined)?.hideDecided === true ? { hideDecided: true } : {}),
    ...(typeof o.docsBaseUrl === 'string' && o.docsBaseUrl ? { docsBaseUrl: o.docsBaseUrl.endsWith('/') ? o.docsBaseUrl : `${o.docsBaseUrl}/` } : {}),
  };
}
