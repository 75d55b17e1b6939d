// The one rule for element ids (zones, devices, conduits, flows), shared by the JSON Schema (validation),
// the edit functions (new ids and the ids an edit writes as references) and the diagram's message check.
// Letters and digits of any script (Unicode L and N), then also `_`, `.`, `-`: this keeps out every
// control character (C0, C1 such as U+0085), line and paragraph separators (U+2028/2029), bidi controls
// (U+202E), lone surrogates, spaces and YAML indicators, so an id reads the same in YAML, UI text and URIs.
import { t } from '../lsp/l10n';

/** JSON Schema `pattern` of an id (ECMAScript with the `u` flag, as ajv compiles it). */
export const ID_PATTERN = '^[\\p{L}\\p{N}][\\p{L}\\p{N}_.\\-]*$';
/** Longest id, in UTF-16 code units. */
export const MAX_ID_LENGTH = 64;

const ID_RE = new RegExp(ID_PATTERN, 'u');

/** Why `id` is not a valid element id (a sentence for the user), or undefined when it is one. */
export function idError(id: unknown): string | undefined {
  if (typeof id !== 'string') return t('An id must be text.');
  if (id.length === 0) return t('The id is empty.');
  if (id.length > MAX_ID_LENGTH) return t('The id is longer than {0} characters.', MAX_ID_LENGTH);
  if (!ID_RE.test(id)) return t('"{0}" is not a valid id: use letters, digits, "-", "_" or "." and start with a letter or digit.', printable(id));
  return undefined;
}

/** True when `id` follows the id rule (see idError). */
export function isValidId(id: unknown): id is string {
  return idError(id) === undefined;
}

/** `s` with invisible and control characters shown as \u{…} escapes, so a message never carries them raw. */
export function printable(s: string): string {
  return s.replace(/[^\p{L}\p{M}\p{N}\p{P}\p{S} ]|\p{Cs}/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
