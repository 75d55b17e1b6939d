// The process language as one value shared by every bundle of the process: the CLI dispatcher (dist/cli.js)
// and each command bundle (dist/cli-<command>.js) carry their own copy of the l10n module, so the language
// lives on globalThis, not in module state. No message bundle here: the dispatcher stays small.
export type Lang = 'en' | 'ja';

const LANG = Symbol.for('smartfab.l10n.lang');
const EXPLICIT = Symbol.for('smartfab.l10n.explicit');
type Shared = { [LANG]?: Lang; [EXPLICIT]?: boolean };
const shared = globalThis as Shared;

export function getLang(): Lang {
  return shared[LANG] ?? 'en';
}

export function setLang(lang: Lang): void {
  shared[LANG] = lang;
}

/** Whether the language was given explicitly (CLI --lang); it then wins over smartfab.config.yaml's. */
export function langExplicit(): boolean {
  return shared[EXPLICIT] === true;
}

export function setLangExplicit(v: boolean): void {
  shared[EXPLICIT] = v;
}

/** Maps a VS Code / LSP / POSIX locale ("ja", "ja-JP", "ja_JP.UTF-8", "en-US") to a shipped language. */
export function langOf(locale: string | undefined): Lang {
  return locale && /^ja(?:$|[-_.@])/i.test(locale) ? 'ja' : 'en';
}

/** The CLI's default language: POSIX precedence LC_ALL, then LC_MESSAGES, then LANG. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  return langOf(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}
