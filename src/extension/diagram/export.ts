// Export SVG / PNG from the diagram: the picture as shown (theme, and the chosen damage's routes and
// threats), saved where the user picks. PNG is drawn by the webview from the SVG (it has a canvas).
import * as vscode from 'vscode';
import type { DamageSummary, WebviewToHost } from '../../core/diagram/protocol';
import { damageOverlay } from '../../core/diagram/overlay';
import { renderSvg } from '../../core/diagram/svg';
import type { DiagramModel, SvgTheme } from '../../core/diagram/types';
import { t } from '../l10n';
import { reportError, smartfabLog } from '../onboarding/log';

export function currentTheme(): SvgTheme {
  const k = vscode.window.activeColorTheme.kind;
  if (k === vscode.ColorThemeKind.HighContrast || k === vscode.ColorThemeKind.HighContrastLight) return 'high-contrast';
  return k === vscode.ColorThemeKind.Dark ? 'dark' : 'light';
}

/**
 * Handles an export request. SVG: saved at once. PNG without data: returns the SVG for the webview to draw
 * (with a new request id); PNG with data for the pending `pngRequest`: saved. Stale or unsolicited data is
 * ignored.
 */
export async function exportDiagram(
  document: vscode.Uri,
  model: DiagramModel,
  damages: readonly DamageSummary[],
  msg: Extract<WebviewToHost, { type: 'export' }>,
  pngRequest: number,
): Promise<{ requestId: number; svg: string } | undefined> {
  const base = document.path.replace(/\.smartfab\.ya?ml$|\.ya?ml$/, '');
  const overlay = msg.damage === undefined ? undefined : damageOverlay(model, damages, msg.damage);
  if (msg.format === 'svg') {
    const svg = renderSvg(model, { theme: currentTheme(), title: base.split('/').pop(), ...(overlay && { overlay }) });
    await saveAs(document.with({ path: `${base}.svg` }), new TextEncoder().encode(svg), 'SVG');
    return undefined;
  }
  if (msg.data === undefined) return { requestId: pngRequest + 1, svg: renderSvg(model, { theme: currentTheme(), ...(overlay && { overlay }) }) };
  if (msg.requestId !== pngRequest) return undefined;
  const bytes = Buffer.from(msg.data.slice(msg.data.indexOf(',') + 1), 'base64');
  await saveAs(document.with({ path: `${base}.png` }), bytes, 'PNG');
  return undefined;
}

async function saveAs(defaultUri: vscode.Uri, bytes: Uint8Array, label: string): Promise<void> {
  const ext = label.toLowerCase();
  const target = await vscode.window.showSaveDialog({ defaultUri, filters: { [label]: [ext] } });
  if (!target) return;
  try {
    await vscode.workspace.fs.writeFile(target, bytes);
  } catch (e) {
    reportError(t('Cannot write {0}: {1}', target.fsPath || target.toString(), e instanceof Error ? e.message : String(e)));
    return;
  }
  smartfabLog().info(`Diagram exported to ${target.toString()}`);
  void vscode.window.showInformationMessage(t('Diagram exported to {0}', vscode.workspace.asRelativePath(target)));
}
