// Option checks shared by the CLI commands; each command catches the error and exits 2 with its usage.

/** The value when it is one of `allowed`, else an error naming the option and the choices. */
export function oneOf<T extends string>(name: string, v: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new Error(`--${name} must be one of ${allowed.join(', ')} (got '${v}')`);
}
