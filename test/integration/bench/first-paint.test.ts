// The editor bench's in-host part (bench/first-paint.ts starts it; not an integration suite): for each plant
// named in SMARTFAB_BENCH_PLANTS, opens the text, runs "Open Diagram to the Side" and reads the session's
// first-paint figures (command to the picture drawn in the webview, in parts) from the diagram's test hook,
// SMARTFAB_BENCH_RUNS times, each in a fresh preview. Every figure goes to the runner as a 'measure' event.
import * as vscode from 'vscode';
import { send } from '../report';
import { plantUri, state } from '../diagram-util';
import { extension } from '../util';

const plants = (process.env.SMARTFAB_BENCH_PLANTS ?? '').split(',').filter(Boolean);
const runs = Math.max(1, Number(process.env.SMARTFAB_BENCH_RUNS ?? 5));
const WARM_UP = 'model-1-single-factory.smartfab.yaml';

describe('bench: diagram first paint', function () {
  this.timeout(0); // the runner bounds the whole run

  before(async () => {
    await extension().activate();
  });

  const openOnce = async (name: string): Promise<Record<string, number>> => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(plantUri(name)), { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('smartfab.diagram.openToSide', plantUri(name));
    const s = await state({ preview: true, until: 'rendered' });
    if (!s.firstPaint) throw new Error(`${name}: drawn, but no first-paint figures`);
    return { ...s.firstPaint, nodes: s.rendered?.nodes ?? 0 };
  };

  it('warms the editor up (webview bundle, language server, ELK)', async () => {
    await openOnce(WARM_UP);
  });

  for (const name of plants) {
    it(name, async () => {
      for (let i = 0; i < runs; i++) send({ type: 'measure', name, values: { run: i, ...(await openOnce(name)) } });
    });
  }
});
