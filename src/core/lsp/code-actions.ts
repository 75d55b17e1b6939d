// Code actions from the core quick-fixes (src/core/fixes: driven by problem code and data only).
import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver-types';
import type { Problem } from '../diagnostics';
import type { TextEdit } from '../edit/text-edit';
import { fixAll, fixesFor } from '../fixes';
import type { LineIndex } from '../text/line-index';
import { t } from './l10n';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.smartfab`;

export interface CodeActionInput {
  readonly uri: string;
  readonly text: string;
  readonly lineIndex: LineIndex;
  /** The problems currently published for the document. */
  readonly problems: readonly Problem[];
  readonly range: Range;
  readonly context: CodeActionContext;
  /** The client runs SmartFab's interactive commands (Fix.interactive), e.g. the VS Code extension. */
  readonly interactive?: boolean;
}

export function toLspEdits(edits: readonly TextEdit[], li: LineIndex): LspTextEdit[] {
  return edits.map((e) => ({ range: li.range(e), newText: e.newText }));
}

const before = (a: { line: number; character: number }, b: { line: number; character: number }) =>
  a.line < b.line || (a.line === b.line && a.character < b.character);
const intersects = (a: Range, b: Range) => !before(a.end, b.start) && !before(b.end, a.start);
const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/**
 * The client's diagnostic a problem's fixes answer: same code and range; else, when the client's copy is
 * of an older version (its ranges not yet moved, e.g. the first Ctrl+. right after opening or typing),
 * one with the same code. Undefined: the client sent no SmartFab diagnostic (offer every fix in range);
 * null: it asks about other diagnostics only.
 */
function diagnosticFor(code: string, range: Range, diagnostics: readonly Diagnostic[]): Diagnostic | undefined | null {
  const ours = diagnostics.filter((d) => d.source === undefined || d.source === 'smartfab');
  if (ours.length === 0) return undefined;
  return ours.find((d) => d.code === code && sameRange(d.range, range)) ?? ours.find((d) => d.code === code) ?? null;
}

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

export function codeActions(input: CodeActionInput): CodeAction[] {
  const { uri, text, lineIndex: li, context } = input;
  const out: CodeAction[] = [];
  if (wants(context.only, CodeActionKind.QuickFix)) {
    for (const p of input.problems) {
      const range = li.range(p.span);
      if (!intersects(range, input.range)) continue;
      const diag = diagnosticFor(p.code, range, context.diagnostics);
      if (diag === null) continue; // the client asks about other diagnostics
      for (const fix of fixesFor(p, text)) {
        if (fix.kind !== 'quickfix' || fix.edits.length === 0) continue;
        if (fix.interactive && input.interactive) {
          const command = { title: fix.title, command: fix.interactive.command, arguments: [uri, ...fix.interactive.arguments] };
          out.push({ title: fix.title, kind: CodeActionKind.QuickFix, ...(diag ? { diagnostics: [diag] } : {}), command });
          continue;
        }
        out.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          ...(diag ? { diagnostics: [diag] } : {}),
          ...(fix.isPreferred ? { isPreferred: true } : {}),
          edit: { changes: { [uri]: toLspEdits(fix.edits, li) } },
        });
      }
    }
  }
  if (context.only && wants(context.only, FIX_ALL_KIND)) {
    const all = fixAllAction(input);
    if (all) out.push(all);
  }
  return out;
}

/** One action applying every "add missing as planned" style fix at once (source.fixAll.smartfab). */
export function fixAllAction(input: Pick<CodeActionInput, 'uri' | 'text' | 'lineIndex' | 'problems'> & { diagnostics?: Diagnostic[] }): CodeAction | undefined {
  const fix = fixAll(input.problems, input.text);
  const edits = fix?.edits;
  if (!edits || edits.length === 0) return undefined;
  return {
    title: t('Fix all SmartFab problems'),
    kind: FIX_ALL_KIND,
    edit: { changes: { [input.uri]: toLspEdits(edits, input.lineIndex) } },
    ...(input.diagnostics ? { diagnostics: input.diagnostics } : {}),
  };
}
