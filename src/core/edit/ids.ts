// Element ids: what a valid id looks like, and fresh ids for elements the editor creates.
import { usedIds } from './plant-index';
import { EditSession } from './session';
import { Source } from './source';

/** Plain YAML scalars that need no quoting and read well in references: letters, digits, `_ . -`. */
const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;
const MAX_ID_LENGTH = 64;

/** Why `id` cannot be an element id, or undefined when it can. */
export function idError(id: string): string | undefined {
  if (id.length === 0) return 'The id is empty.';
  if (id.length > MAX_ID_LENGTH) return `The id is longer than ${MAX_ID_LENGTH} characters.`;
  if (!ID_PATTERN.test(id)) return `"${id}" is not a valid id: use letters, digits, "-", "_" or "." and start with a letter or digit.`;
  if (/^(true|false|null|yes|no|on|off|~|[-+]?[0-9][0-9_.e+-]*)$/i.test(id)) return `"${id}" would read as a number or boolean; add a letter.`;
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
