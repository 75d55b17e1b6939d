// Option checks shared by the CLI commands; each command catches the error and exits 2 with its usage.
import { t } from '../core/l10n/lang';

/** The value when it is one of `allowed`, else an error naming the option and the choices. */
export function oneOf<T extends string>(name: string, v: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new Error(t("--{0} must be one of {1} (got '{2}')", name, allowed.join(', '), v));
}
