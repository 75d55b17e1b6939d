// Language features of smartfab.config.yaml in the editor, served by our own language server (VS Code's
// yamlValidation only works with the Red Hat YAML extension installed): hover on a key shows the schema's
// text in the user's language (on a `severity:` code, the code's title and help); completion offers the keys
// of the mapping the cursor is in, problem codes under `severity:` and the allowed values.
import { CompletionItemKind, type CompletionItem, type Hover } from 'vscode-languageserver-types';
import { parseDocument } from 'yaml';
import type { DocSchema } from '../format/schema';
import { codeText } from '../l10n/code-docs';
import { currentLang } from '../l10n/lang';
import { completionContext } from '../lsp/completion-context';
import { nodeAt } from '../parse/node-at';
import type { LineIndex } from '../text/line-index';
import { knownProblemCodes } from './check';
import { CONFIG_FILE_NAME, configSchema, SEVERITY_SETTINGS } from './schema';

/** Whether a document URI (or path) is a SmartFab configuration file. */
export function isConfigUri(uri: string): boolean {
  const name = uri.replace(/[?#].*$/, '').split(/[/\\]/).pop() ?? '';
  return decodeURIComponent(name) === CONFIG_FILE_NAME;
}

/** The schema's bilingual annotations ("en / ja" titles, "en\n\nja" descriptions) in the current language. */
function inLang(s: DocSchema): { title: string; description: string } {
  const ja = currentLang() === 'ja' ? 1 : 0;
  const title = String(s.title ?? '').split(' / ')[ja] ?? '';
  const description = String(s.description ?? '').split('\n\n')[ja] ?? '';
  return { title, description };
}

/** The schema of the value at a path of plain keys (severity's entries share one), or undefined. */
function schemaAt(path: readonly (string | number)[]): DocSchema | undefined {
  let s: DocSchema | undefined = configSchema;
  for (const seg of path) {
    const props = s?.properties as Record<string, DocSchema> | undefined;
    const own = props && Object.hasOwn(props, String(seg)) ? props[String(seg)] : undefined;
    s = own ?? (typeof s?.additionalProperties === 'object' ? (s.additionalProperties as DocSchema) : undefined);
    if (!s) return undefined;
  }
  return s;
}

export function configHover(text: string, offset: number, li: LineIndex): Hover | undefined {
  const doc = parseDocument(text);
  const hit = nodeAt({ text, doc, documentCount: 1 } as Parameters<typeof nodeAt>[0], offset);
  if (!hit?.onKey) return undefined;
  const path = hit.path;
  const range = li.range(hit.span);
  if (path.length === 2 && path[0] === 'severity') {
    const code = String(path[1]);
    if (!knownProblemCodes().includes(code)) return undefined;
    const c = codeText(code, currentLang());
    return { contents: { kind: 'markdown', value: `**${code}** — ${c.title}\n\n${c.help}` }, range };
  }
  const s = schemaAt(path);
  if (!s) return undefined;
  const { title, description } = inLang(s);
  return { contents: { kind: 'markdown', value: `**${title}**\n\n${description}` }, range };
}

const item = (label: string, kind: CompletionItemKind, detail?: string, documentation?: string): CompletionItem => ({
  label,
  kind,
  ...(detail ? { detail } : {}),
  ...(documentation ? { documentation } : {}),
});

/** Keys (with `key: ` inserted) or values for the cursor's place in the config text. */
export function configCompletions(text: string, offset: number, li: LineIndex): CompletionItem[] {
  const ctx = completionContext(text, offset);
  const range = li.range(ctx.replace);
  const withRange = (items: CompletionItem[]) => items.map((i) => ({ ...i, textEdit: { range, newText: i.insertText ?? i.label } }));
  const section = ctx.section;
  if (ctx.atKey) {
    if (section === 'severity' && ctx.indent > 0) {
      const lang = currentLang();
      return withRange(knownProblemCodes().map((code) => ({ ...item(code, CompletionItemKind.Value, codeText(code, lang).title), insertText: `${code}: ` })));
    }
    const path = ctx.indent > 0 && section ? [section] : [];
    const s = schemaAt(path);
    const props = (s?.properties ?? {}) as Record<string, DocSchema>;
    return withRange(Object.entries(props).map(([k, v]) => ({ ...item(k, CompletionItemKind.Property, inLang(v).title, inLang(v).description), insertText: `${k}: ` })));
  }
  const key = ctx.key;
  if (section === 'severity' && key !== 'severity') return withRange(SEVERITY_SETTINGS.map((v) => item(v, CompletionItemKind.EnumMember)));
  if (key === 'language') return withRange(['en', 'ja'].map((v) => item(v, CompletionItemKind.EnumMember)));
  if (key === 'hideDecided') return withRange(['true', 'false'].map((v) => item(v, CompletionItemKind.Value)));
  return [];
}
