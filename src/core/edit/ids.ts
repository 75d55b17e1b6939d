// Element ids the editor writes: the format's id rule plus plain-scalar safety, and fresh ids for new elements.
import { idError as formatIdError } from '../format/ids';
import { t } from '../lsp/l10n';
import { usedIds } from './plant-index';
import { EditSession } from './session';
import { Source } from './source';

/**
 * Why `id` cannot be the id of a NEW element, or undefined when it can: the format's id rule
 * (format/ids.ts), and no plain scalar YAML would read as a number, boolean or null.
 */
export function idError(id: string): string | undefined {
  const err = formatIdError(id);
  if (err) return err;
  if (/^(true|false|null|yes|no|on|off|~|[-+]?[0-9][0-9_.e+-]*)$/i.test(id)) return t('"{0}" would read as a number or boolean; add a letter.', id);
  return undefined;
}

/** `base` if unused in the session's text (and not created by it), else base-2, base-3, ... */
export function freshId(s: EditSession, base: string): string {
  const used = usedIds(s.src);
  const taken = (id: string): boolean => used.has(id) || s.reservedType(id) !== undefined;
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

/** An id derived from `base` that no element of `text` uses yet. */
export function uniqueId(text: string, base: string): string {
  const src = Source.parse(text);
  return 'error' in src ? base : freshId(new EditSession(src), base);
}
