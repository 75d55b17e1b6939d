// artifactLocation for SARIF (SARIF 2.1.0 §3.4.3, §3.4.4): a URI reference per RFC 3986, relative to %SRCROOT%
// for files under the base directory, an absolute file:// URI (and no uriBaseId) for the others. GitHub code
// scanning and other readers reject raw spaces, '#' and '%' in these URIs.
import * as path from 'node:path';

// RFC 3986 §3.3 pchar = unreserved / pct-encoded / sub-delims / ":" / "@". encodeURIComponent leaves only
// unreserved characters and !'()* (sub-delims) unencoded, which all are pchars.
// Lone surrogates (which encodeURIComponent rejects) become U+FFFD first.
const wellFormed = (s: string) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
const segment = (s: string) => encodeURIComponent(wellFormed(s));

/** A path (with '/' separators) percent-encoded segment by segment; '/' stays the separator. */
export function encodePath(p: string): string {
  return p.split('/').map(segment).join('/');
}

/** `file:///abs/path` for an absolute path (POSIX or Windows: `C:\x` → `file:///C:/x`), percent-encoded. */
export function fileUri(absolute: string): string {
  const posix = absolute.replace(/\\/g, '/');
  const drive = /^([A-Za-z]):\//.exec(posix);
  if (drive) return `file:///${drive[1]}:/${encodePath(posix.slice(3))}`;
  if (posix.startsWith('//')) return `file:${encodePath(posix)}`; // UNC: //server/share/x → file://server/share/x
  return `file://${encodePath(posix)}`;
}

export const SRCROOT = '%SRCROOT%';

/**
 * Where a checked file is, for SARIF: `{ uri: 'dir/a%20b.smartfab.yaml', uriBaseId: '%SRCROOT%' }` inside
 * `baseDir` (the directory the check ran in), `{ uri: 'file:///elsewhere/x.smartfab.yaml' }` outside it.
 * `file` is the path as shown to the user, relative to baseDir or absolute.
 */
export function artifactLocation(file: string, baseDir: string): { uri: string; uriBaseId?: string } {
  // Already a URI (the editor's export passes document URIs when it has no workspace path).
  if (/^[A-Za-z][A-Za-z0-9+.-]+:\/\//.test(file)) return { uri: wellFormed(file).replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/gu, (c) => encodeURIComponent(c)) };
  const abs = path.resolve(baseDir, file);
  const rel = path.relative(baseDir, abs);
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return { uri: fileUri(abs) };
  return { uri: encodePath(rel.split(path.sep).join('/')), uriBaseId: SRCROOT };
}
