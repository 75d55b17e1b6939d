// The product's two languages and how a process or a single rendering picks one. Messages are written in
// English and looked up in the @vscode/l10n bundle (l10n/bundle.l10n.ja.json, English text as the key),
// the same bundle the VS Code extension uses; `t('English template {0}', arg)` is the one call shape.
import * as l10n from '@vscode/l10n';
import jaBundle from '../../../l10n/bundle.l10n.ja.json';
import { getLang, langFromEnv, langOf, setLang, type Lang } from './locale-state';

export { langFromEnv, langOf, type Lang };

/** The `smartfab.language` setting: `auto` follows the editor's display language (or the CLI's locale). */
export type LanguageSetting = 'auto' | Lang;

const JA = jaBundle as Record<string, string>;
/** The language this copy of @vscode/l10n is configured for (the process language may change under it). */
let loaded: Lang | undefined;

/** `ja`/`en` win; `auto` (or anything else) follows the display locale. */
export function resolveLang(setting: unknown, displayLocale: string | undefined): Lang {
  return setting === 'ja' || setting === 'en' ? setting : langOf(displayLocale);
}

function load(lang: Lang): void {
  if (loaded === lang) return;
  l10n.config({ contents: lang === 'ja' ? JA : {} });
  loaded = lang;
}

/** Selects the language for the whole process (one server process or CLI run speaks one language). */
export function setLocale(locale: string | undefined): Lang {
  const lang = langOf(locale);
  setLang(lang);
  load(lang);
  return lang;
}

export function currentLang(): Lang {
  return getLang();
}

/** Runs `fn` with `t` speaking `lang` (e.g. SARIF's second language), then restores the process language. */
export function withLang<T>(lang: Lang, fn: () => T): T {
  const before = getLang();
  if (lang === before && loaded === lang) return fn();
  setLang(lang);
  load(lang);
  try {
    return fn();
  } finally {
    setLang(before);
    load(before);
  }
}

/** The Japanese bundle (for the coverage test and tooling). */
export function jaMessages(): Readonly<Record<string, string>> {
  return JA;
}

/** @vscode/l10n's t, first brought to the process language (another bundle of the process may have set it). */
export const t: typeof l10n.t = ((...args: unknown[]) => {
  load(getLang());
  return (l10n.t as (...a: unknown[]) => string)(...args);
}) as typeof l10n.t;

/** Picks the user's language first, the other second: "日本語 / English". */
export function bilingual(text: { ja: string; en: string }, lang: Lang = getLang()): [string, string] {
  return lang === 'ja' ? [text.ja, text.en] : [text.en, text.ja];
}

/** The text of a catalogue entry in the current language. */
export function pick(text: { ja: string; en: string } | undefined, lang: Lang = getLang()): string {
  return text ? text[lang] : '';
}
