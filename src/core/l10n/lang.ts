// The product's two languages and how a process or a single rendering picks one. Messages are written in
// English and looked up in the @vscode/l10n bundle (l10n/bundle.l10n.ja.json, English text as the key),
// the same bundle the VS Code extension uses; `t('English template {0}', arg)` is the one call shape.
import * as l10n from '@vscode/l10n';
import jaBundle from '../../../l10n/bundle.l10n.ja.json';

export type Lang = 'en' | 'ja';

/** The `smartfab.language` setting: `auto` follows the editor's display language (or the CLI's locale). */
export type LanguageSetting = 'auto' | Lang;

const JA = jaBundle as Record<string, string>;
let current: Lang = 'en';

/** Maps a VS Code / LSP / POSIX locale ("ja", "ja-JP", "ja_JP.UTF-8", "en-US") to a shipped language. */
export function langOf(locale: string | undefined): Lang {
  return locale && /^ja(?:$|[-_.@])/i.test(locale) ? 'ja' : 'en';
}

/** `ja`/`en` win; `auto` (or anything else) follows the display locale. */
export function resolveLang(setting: unknown, displayLocale: string | undefined): Lang {
  return setting === 'ja' || setting === 'en' ? setting : langOf(displayLocale);
}

/** The CLI's default language: POSIX precedence LC_ALL, then LC_MESSAGES, then LANG. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  return langOf(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

function load(lang: Lang): void {
  l10n.config({ contents: lang === 'ja' ? JA : {} });
}

/** Selects the language for the whole process (one server process or CLI run speaks one language). */
export function setLocale(locale: string | undefined): Lang {
  current = langOf(locale);
  load(current);
  return current;
}

export function currentLang(): Lang {
  return current;
}

/** Runs `fn` with `t` speaking `lang` (e.g. SARIF's second language), then restores the process language. */
export function withLang<T>(lang: Lang, fn: () => T): T {
  if (lang === current) return fn();
  const before = current;
  current = lang;
  load(lang);
  try {
    return fn();
  } finally {
    current = before;
    load(before);
  }
}

/** The Japanese bundle (for the coverage test and tooling). */
export function jaMessages(): Readonly<Record<string, string>> {
  return JA;
}

export const t = l10n.t;

/** Picks the user's language first, the other second: "日本語 / English". */
export function bilingual(text: { ja: string; en: string }, lang: Lang = current): [string, string] {
  return lang === 'ja' ? [text.ja, text.en] : [text.en, text.ja];
}

/** The text of a catalogue entry in the current language. */
export function pick(text: { ja: string; en: string } | undefined, lang: Lang = current): string {
  return text ? text[lang] : '';
}
