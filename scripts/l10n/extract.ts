// Extracts every user-visible string with @vscode/l10n-dev: the `t('English template', …)` calls of the
// core (src/core/l10n/lang.ts re-exports @vscode/l10n's t) and `vscode.l10n.t(…)` / `l10n.t(…)` in the
// extension and webview. l10n-dev only recognises `l10n.t(`, so bare `t(` calls are rewritten to it first.
// `npm run l10n:export` writes l10n/bundle.l10n.json and lists what l10n/bundle.l10n.ja.json lacks.
import { getL10nJson, type l10nJsonFormat } from '@vscode/l10n-dev';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
/** Folders whose sources hold user-visible strings (tests and scripts do not ship). */
const SOURCE_DIRS = ['src', 'webview'];

function sources(dir: string): string[] {
  const out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.tsx?$/.test(name) && !/\.(spec|test|d)\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

/** A file importing `t` from our l10n module (not the catalogue's bilingual `t(ja, en)` builder). */
const IMPORTS_T = /import\s*\{[^}]*\bt\b[^}]*\}\s*from\s*'[^']*(?:\/l10n|\/lang)'/;

/** Rewrites bare `t(` calls to `l10n.t(` and adds the import l10n-dev looks for. */
export function prepare(contents: string): string {
  const body = IMPORTS_T.test(contents) ? contents.replace(/(?<![\w.$])t\(/g, 'l10n.t(') : contents;
  return `import * as l10n from '@vscode/l10n';\n${body}`;
}

/** The English bundle of the sources: key -> English message. */
export async function extractBundle(root = ROOT): Promise<l10nJsonFormat> {
  const files = SOURCE_DIRS.flatMap((d) => sources(path.join(root, d))).sort();
  return getL10nJson(files.map((f) => ({ contents: prepare(readFileSync(f, 'utf8')), extension: path.extname(f) })));
}

export interface Coverage {
  readonly keys: number;
  readonly translated: number;
  readonly missing: string[];
  readonly unused: string[];
}

/** Compares the extracted keys with a translated bundle. */
export function coverage(english: l10nJsonFormat, translated: Readonly<Record<string, unknown>>): Coverage {
  const keys = Object.keys(english);
  const missing = keys.filter((k) => typeof translated[k] !== 'string' || (translated[k] as string).length === 0);
  const unused = Object.keys(translated).filter((k) => !(k in english));
  return { keys: keys.length, translated: keys.length - missing.length, missing, unused };
}

export function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;
}

if (require.main === module) {
  void (async () => {
    const english = await extractBundle();
    writeFileSync(path.join(ROOT, 'l10n/bundle.l10n.json'), JSON.stringify(english, null, 2) + '\n');
    const c = coverage(english, readJson('l10n/bundle.l10n.ja.json'));
    console.log(`l10n/bundle.l10n.json: ${c.keys} strings; Japanese ${c.translated}/${c.keys}`);
    for (const k of c.missing) console.log(`missing ja: ${JSON.stringify(k)}`);
    for (const k of c.unused) console.log(`unused ja: ${JSON.stringify(k)}`);
    process.exitCode = c.missing.length || c.unused.length ? 1 : 0;
  })();
}
