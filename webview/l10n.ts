// The webview's strings: English templates looked up in the bundle the host embeds in the page
// (<script type="application/json" id="smartfab-l10n">), chosen by the host from `smartfab.language`.
import * as l10n from '@vscode/l10n';

function embeddedBundle(): Record<string, string> {
  const raw = typeof document === 'undefined' ? null : document.getElementById('smartfab-l10n')?.textContent;
  if (!raw) return {};
  try {
    const v = JSON.parse(raw) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

l10n.config({ contents: embeddedBundle() });

/** English template with {0} placeholders -> the Japanese from the bundle when the host sent one. */
export const t = l10n.t;

/** The page language the host chose ('ja' or 'en'). */
export const lang = (): string => (typeof document === 'undefined' ? 'en' : document.documentElement.lang || 'en');
