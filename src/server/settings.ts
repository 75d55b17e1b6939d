// Server settings: from the client's `smartfab` configuration section (pulled when the client
// supports workspace/configuration, pushed otherwise) or from initializationOptions.settings.
import type { LanguageSetting } from '../core/l10n/lang';
import type { SeveritySetting } from '../core/lsp/diagnostics';

export interface ServerSettings {
  /** Delay between the last keystroke and the analysis, in ms. */
  readonly debounceMs: number;
  /** Per-code severity overrides ("threat-A4": "off", "threat-*": "warning"). */
  readonly severity: Readonly<Record<string, SeveritySetting>>;
  readonly docsBaseUrl?: string;
  readonly codeLens: boolean;
  /** `smartfab.language`: auto follows the editor's display language. */
  readonly language: LanguageSetting;
  /** Drop accepted / false-positive findings instead of showing them as info (smartfab.review.hideDecided). */
  readonly hideDecided?: boolean;
}

export const DEFAULT_SETTINGS: ServerSettings = { debounceMs: 150, severity: {}, codeLens: true, language: 'auto' };

/** Accepts whatever the client sends; anything malformed falls back to the default. */
export function readSettings(raw: unknown): ServerSettings {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const debounce = typeof o.debounceMs === 'number' && o.debounceMs >= 0 && o.debounceMs <= 10_000 ? o.debounceMs : DEFAULT_SETTINGS.debounceMs;
  // fromEntries defines own properties, so a code named "__proto__" or "constructor" is data like any other.
  const severity: Record<string, SeveritySetting> = Object.fromEntries(
    o.severity && typeof o.severity === 'object'
      ? Object.entries(o.severity as Record<string, unknown>).filter((e): e is [string, SeveritySetting] => ['error', 'warning', 'info', 'hint', 'off'].includes(e[1] as string))
      : [],
  );
  const codeLens = typeof o.codeLens === 'boolean' ? o.codeLens : (o.codeLens as { enabled?: unknown } | undefined)?.enabled !== false;
  return {
    debounceMs: debounce,
    severity,
    codeLens,
    language: o.language === 'ja' || o.language === 'en' ? o.language : 'auto',
    ...((o.review as { hideDecided?: unknown } | undefined)?.hideDecided === true ? { hideDecided: true } : {}),
    ...(typeof o.docsBaseUrl === 'string' && o.docsBaseUrl ? { docsBaseUrl: o.docsBaseUrl.endsWith('/') ? o.docsBaseUrl : `${o.docsBaseUrl}/` } : {}),
  };
}
