// Locale for the language service. Messages are written in English and looked up in the
// @vscode/l10n bundle (l10n/bundle.l10n.<lang>.json), the same bundle the extension uses.
import * as l10n from '@vscode/l10n';
import jaBundle from '../../../l10n/bundle.l10n.ja.json';

export type Lang = 'en' | 'ja';

let current: Lang = 'en';

/** Maps a VS Code / LSP locale ("ja", "ja-JP", "en-US") to the languages we ship. */
export function langOf(locale: string | undefined): Lang {
  return locale && /^ja\b/i.test(locale) ? 'ja' : 'en';
}

/** Selects the message bundle for the whole process (one server process serves one locale). */
export function setLocale(locale: string | undefined): Lang {
  current = langOf(locale);
  l10n.config({ contents: current === 'ja' ? (jaBundle as Record<string, string>) : {} });
  return current;
}

export function currentLang(): Lang {
  return current;
}

export const t = l10n.t;

/** Picks the user's language first, the other second: "日本語 / English". */
export function bilingual(text: { ja: string; en: string }, lang: Lang = current): [string, string] {
  return lang === 'ja' ? [text.ja, text.en] : [text.en, text.ja];
}
