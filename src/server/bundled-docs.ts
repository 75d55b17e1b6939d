// Links from problem codes to the documentation shipped in the extension (docs/ in the .vsix), used when no
// `smartfab.docsBaseUrl` is set: the page docUrlFor names, opened at the line of the code's `<a id="code">`
// anchor (`file:///…/docs/analysis.md#L120`; VS Code opens a link's `#L<line>` at that line).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { docUrlFor } from '../core/lsp/diagnostics';

/** Line (1-based) of every `<a id="…">` anchor in a markdown page. */
export function anchorLines(markdown: string): Map<string, number> {
  const out = new Map<string, number>();
  markdown.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/<a id="([^"]+)"/g)) if (!out.has(m[1])) out.set(m[1], i + 1);
  });
  return out;
}

/**
 * A code → link function over the docs folder at `docsUri` (a file: URI ending in "/"), or undefined when its
 * pages cannot be read (then the configured or default URL is used). A code without an anchor links to its
 * page's top.
 */
export function bundledDocsLink(docsUri: string, read: (uri: string) => string = (u) => readFileSync(fileURLToPath(u), 'utf8')): ((code: string) => string) | undefined {
  const base = docsUri.endsWith('/') ? docsUri : `${docsUri}/`;
  const pages = new Map<string, Map<string, number>>();
  try {
    for (const page of ['format.md', 'analysis.md']) pages.set(page, anchorLines(read(`${base}${page}`)));
  } catch {
    return undefined;
  }
  return (code) => {
    const url = docUrlFor(code, base);
    const page = url.slice(base.length).split('#')[0];
    const line = pages.get(page)?.get(code);
    return line ? `${base}${page}#L${line}` : `${base}${page}`;
  };
}
