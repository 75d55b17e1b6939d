// The product in Japanese inside a real VS Code (on the combined example, which no other suite edits): with `smartfab.language: ja` (the editor itself stays
// English) the Problems panel shows the IPA report's wording, quick-fix titles and the diagram preview's title
// are Japanese; `auto` brings English back. The diagram's toolbar is covered with the diagram suite.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { previewTabs, state, TIMEOUT } from '../diagram-util';
import { openExample, waitFor, waitForDiagnostics } from '../util';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : (d.code ?? ''));

async function setLanguage(value: 'ja' | 'auto'): Promise<void> {
  await vscode.workspace.getConfiguration('smartfab').update('language', value === 'auto' ? undefined : value, vscode.ConfigurationTarget.Global);
}

describe('Japanese with smartfab.language @l10n @lsp', function () {
  this.timeout(120_000);
  let doc: vscode.TextDocument;

  before(async () => {
    doc = (await openExample('combined-plant')).document;
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'threat-A4'));
  });

  after(async () => {
    await setLanguage('auto');
    if (doc) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('shows the findings in the report\'s Japanese once smartfab.language is ja', async () => {
    assert.equal(vscode.env.language, 'en', 'the editor itself speaks English');
    await setLanguage('ja');
    const ds = await waitForDiagnostics(doc.uri, (all) => all.some((d) => codeOf(d) === 'threat-A4' && JAPANESE.test(d.message)));
    const a4 = ds.find((d) => codeOf(d) === 'threat-A4')!;
    assert.match(a4.message, /^脅威 A4 IoTNW から制御 NW\(情報側\)への侵入拡大 対象 \S+ \(経路 [^)]+\): 未対策 .*。被害 1 \(既存の制御システムへの侵入、停止\)(?:。.+)?$/);
    assert.match(a4.message, /未対策 ID5-1 \(業務の整理\)、ID6-1 \(通信内容の整理\)/);
    // The analysis's explanation (an IDS that counts for none of the routes) is rendered in Japanese too.
    assert.match(a4.message, /。IDS\/IPS: ids-1 は ctrl-info にありますが/);
    for (const d of ds) assert.match(d.message, JAPANESE, `${codeOf(d)}: ${d.message}`);
    const related = a4.relatedInformation?.map((r) => r.message) ?? [];
    assert.ok(related.every((m) => !/^(route step|zone|device) /.test(m)), related.join(' | '));
  });

  it('titles the quick-fixes in Japanese', async () => {
    const ds = await waitForDiagnostics(doc.uri, (all) => all.some((d) => codeOf(d) === 'threat-A4' && JAPANESE.test(d.message)));
    const a4 = ds.find((d) => codeOf(d) === 'threat-A4')!;
    // A request still in flight when the server re-publishes after the setting change is cancelled; ask again.
    let actions: vscode.CodeAction[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, a4.range);
        break;
      } catch (e) {
        if (!/Canceled/.test(String(e)) || attempt === 2) throw e;
      }
    }
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('不足している対策を計画中として追加する'), titles.join(' | '));
    assert.ok(titles.includes('ID5-1 を適用外にする'), titles.join(' | '));
  });

  it("titles the diagram preview in the extension's language (src/extension/l10n.ts), not the editor's", async () => {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('smartfab.diagram.openToSide', doc.uri);
    await state({ preview: true, until: { uri: doc.uri.toString() } });
    const japanese = (): boolean => previewTabs().some((t) => t.label.startsWith('ダイアグラム: '));
    if (!japanese()) await waitFor(vscode.window.tabGroups.onDidChangeTabs, japanese, TIMEOUT, 'the Japanese preview title');
    for (const tab of previewTabs()) await vscode.window.tabGroups.close(tab);
  });

  it('goes back to the display language (English) with auto', async () => {
    await setLanguage('auto');
    const ds = await waitForDiagnostics(doc.uri, (all) => all.some((d) => codeOf(d) === 'threat-A4' && /^A4 Intrusion spreading/.test(d.message)));
    assert.ok(ds.length > 0);
  });
});
