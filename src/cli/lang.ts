// `--lang ja|en` for every command (check, report, catalog, diagram): taken out of the arguments before
// the command parses them, default from LC_ALL / LC_MESSAGES / LANG (POSIX order).
import { oneOf } from './args';
import { langFromEnv, type Lang } from '../core/l10n/lang';

const LANGS: readonly Lang[] = ['ja', 'en'];
let explicit = false;

/** Whether this run's language was given with --lang (it then wins over smartfab.config.yaml's `language`). */
export function langExplicit(): boolean {
  return explicit;
}

/** Records, for the run, whether --lang was given. */
export function setLangExplicit(v: boolean): void {
  explicit = v;
}

/** The language and the arguments without `--lang X` / `--lang=X`; a bad value throws (usage error). */
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
      if (i + 1 >= args.length) throw new Error("option '--lang <value>' argument missing");
      lang = oneOf('lang', args[++i], LANGS);
    } else if (a.startsWith('--lang=')) lang = oneOf('lang', a.slice('--lang='.length), LANGS);
    else rest.push(a);
  }
  return { lang: lang ?? langFromEnv(env), rest, explicit: lang !== undefined };
}
