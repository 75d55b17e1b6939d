// Registers the language-server backed commands.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { checkWorkspace } from './check-workspace';
import { exportReport, exportSarif } from './exports';
import { showMeasure } from './show-measure';
import { decideRisk } from './decide-risk';
import { compareFindings } from './compare-findings';
import { exportRegister } from './export-register';

export const COMMANDS = {
  checkWorkspace: 'smartfab.checkWorkspace',
  exportSarif: 'smartfab.exportSarif',
  exportReport: 'smartfab.exportReport',
  showMeasure: 'smartfab.showMeasure',
  restartServer: 'smartfab.restartServer',
  decideRisk: 'smartfab.review.decideRisk',
  compareFindings: 'smartfab.review.compareFindings',
  exportRegister: 'smartfab.exportRegister',
} as const;

export function registerLspCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.checkWorkspace, () => checkWorkspace(client)),
    vscode.commands.registerCommand(COMMANDS.exportSarif, () => exportSarif(client)),
    vscode.commands.registerCommand(COMMANDS.exportReport, (uri?: vscode.Uri) => exportReport(client, uri)),
    vscode.commands.registerCommand(COMMANDS.showMeasure, (id: unknown) => showMeasure(client, id)),
    vscode.commands.registerCommand(COMMANDS.restartServer, () => client.restart()),
    vscode.commands.registerCommand(COMMANDS.decideRisk, (uri: unknown, arg: unknown) => decideRisk(client, uri, arg)),
    vscode.commands.registerCommand(COMMANDS.exportRegister, (uri?: vscode.Uri) => exportRegister(client, uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand(COMMANDS.compareFindings, (uri?: vscode.Uri, against?: { rev: string } | { fileUri: string }) =>
      compareFindings(client, uri instanceof vscode.Uri ? uri : undefined, against),
    ),
  );
}
