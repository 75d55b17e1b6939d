// "SmartFab: New Plant…" (also in File ▸ New File…): a plant for one of the report's implementation models
// or a combination, from the examples shipped in the extension (examples/), without countermeasures so
// the model's findings appear at once. In a workspace it is written as a new file beside the others
// (never over an existing one); without a folder it opens as an untitled SmartFab document.
import * as vscode from 'vscode';
import { extensionLang, t } from '../l10n';
import { catalog } from '../../core/catalog';
import { bilingual } from '../../core/l10n/lang';
import { MODEL_EXAMPLES, newPlantName, newPlantText } from '../../core/templates/new-plant';
import { reportError, smartfabLog } from './log';

interface ModelItem extends vscode.QuickPickItem {
  readonly models?: readonly number[];
}

function modelItems(): ModelItem[] {
  const lang = extensionLang();
  return catalog.models
    .filter((m) => MODEL_EXAMPLES[m.id])
    .map((m) => ({ label: t('Model {0}', m.id), description: bilingual(m.title, lang)[0], models: [m.id] }));
}

/** Asks for a model (or, through the last item, several); undefined when cancelled. */
export async function pickModels(): Promise<readonly number[] | undefined> {
  const several: ModelItem = { label: t('Combination of models…'), description: t('pick several implementation models') };
  const pick = await vscode.window.showQuickPick<ModelItem>([...modelItems(), several], {
    title: t('SmartFab: New Plant'),
    placeHolder: t("Which of the report's implementation models does the plant use?"),
  });
  if (!pick) return undefined;
  if (pick.models) return pick.models;
  const many = await vscode.window.showQuickPick(modelItems(), {
    title: t('SmartFab: New Plant'),
    placeHolder: t('Check the implementation models to combine'),
    canPickMany: true,
  });
  return many && many.length > 0 ? many.flatMap((i) => i.models ?? []) : undefined;
}

/** A file name in `folder` that does not exist yet: name, name-2, name-3… */
async function freeName(folder: vscode.Uri, name: string): Promise<vscode.Uri> {
  const stem = name.replace(/\.smartfab\.yaml$/, '');
  for (let i = 1; ; i++) {
    const uri = vscode.Uri.joinPath(folder, i === 1 ? name : `${stem}-${i}.smartfab.yaml`);
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      return uri;
    }
  }
}

export async function newPlant(extensionUri: vscode.Uri, models?: readonly number[]): Promise<vscode.Uri | undefined> {
  const chosen = models ?? (await pickModels());
  if (!chosen) return undefined;
  let text: string;
  try {
    const examples: Record<number, string> = {};
    for (const m of chosen) {
      const file = MODEL_EXAMPLES[m];
      if (!file) throw new Error(t('There is no implementation model {0}.', m));
      examples[m] = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'examples', file)));
    }
    text = newPlantText(chosen, examples);
  } catch (e) {
    reportError(t('Cannot create the plant: {0}', e instanceof Error ? e.message : String(e)));
    return undefined;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  let document: vscode.TextDocument;
  if (folder) {
    const target = await freeName(folder, newPlantName(chosen));
    try {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    } catch (e) {
      reportError(t('Cannot write {0}: {1}', target.fsPath || target.toString(), e instanceof Error ? e.message : String(e)));
      return undefined;
    }
    document = await vscode.workspace.openTextDocument(target);
  } else {
    document = await vscode.workspace.openTextDocument({ language: 'smartfab', content: text });
  }
  await vscode.window.showTextDocument(document);
  smartfabLog().info(`New plant of model(s) ${chosen.join(', ')}: ${document.uri.toString()}`);
  return document.uri;
}
