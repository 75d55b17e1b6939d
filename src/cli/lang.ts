// `--lang ja|en` for every command (check, report, catalog, diagram): taken out of the arguments before
// the command parses them, default from LC_ALL / LC_MESSAGES / LANG (POSIX order).
// Imports no message bundle: the dispatcher (dist/cli.js) stays small; commands read the shared language.
import { langExplicit, langFromEnv, setLangExplicit, type Lang } from '../core/l10n/locale-state';

export { langExplicit, setLangExplicit };

const LANGS: readonly Lang[] = ['ja', 'en'];

/** A bad `--lang`: `value` is what was given (undefined: no value at all). The dispatcher words it. */
export class LangArgError extends Error {
  constructor(readonly value?: string) {
    super(value === undefined ? "option '--lang' needs a value" : `--lang must be one of ${LANGS.join(', ')} (got '${value}')`);
  }
}

function oneOf(v: string): Lang {
  if ((LANGS as readonly string[]).includes(v)) return v as Lang;
  throw new LangArgError(v);
}

/** The language and the arguments without `--lang X` / `--lang=X`; a bad or missing value throws LangArgError. */
export function takeLang(args: readonly string[], env: Readonly<Record<string, string | undefined>>): { lang: Lang; rest: string[]; explicit: boolean } {
  let lang: Lang | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (a === '--lang') {
      if (i + 1 >= args.length) throw new LangArgError();
      lang = oneOf(args[++i]);
    } else if (a.startsWith('--lang=')) lang = oneOf(a.slice('--lang='.length));
    else rest.push(a);
  }
  return { lang: lang ?? langFromEnv(env), rest, explicit: lang !== undefined };
}
