// The webview page: strict CSP (nonce'd script only, styles and fonts from the extension), nothing remote.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/** Webview options shared by the custom editor and the preview panel. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

/** The bundle as a JSON data block: never executed (CSP allows only the nonce'd script); `<` escaped. */
function jsonBlock(bundle: Record<string, string>): string {
  return JSON.stringify(bundle).replace(/</g, '\\u003c');
}

export function diagramHtml(webview: vscode.Webview, extensionUri: vscode.Uri, l10n: { lang: string; bundle: Record<string, string> }): string {
  const nonce = randomBytes(16).toString('base64');
  const res = (...p: string[]): string => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...p)).toString();
  const src = webview.cspSource;
  const csp = [
    "default-src 'none'",
    `img-src ${src} data: blob:`,
    `style-src ${src}`,
    `font-src ${src}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${l10n.lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${res('dist', 'media', 'codicon.css')}" id="vscode-codicon-stylesheet">
<link rel="stylesheet" href="${res('media', 'diagram.css')}">
<title>SmartFab diagram</title>
<script type="application/json" id="smartfab-l10n">${jsonBlock(l10n.bundle)}</script>
</head>
<body>
<div id="app"></div>
<script nonce="${nonce}" src="${res('dist', 'webview', 'diagram.js')}"></script>
</body>
</html>`;
}
