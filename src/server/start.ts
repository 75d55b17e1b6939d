// Wires the pipeline and the language features to an LSP connection (stdio, IPC or in-memory).
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { codeActions } from '../core/lsp/code-actions';
import { codeLenses } from '../core/lsp/code-lens';
import { completions } from '../core/lsp/completion';
import { documentLinks } from '../core/lsp/document-links';
import { hover, measureDoc, threatDoc } from '../core/lsp/hover';
import { setLocale } from '../core/lsp/l10n';
import { definition, documentSymbols, prepareRename, references } from '../core/lsp/navigation';
import { renameEdits } from '../core/lsp/rename';
import { bundledDocsLink } from './bundled-docs';
import { createChecker } from './checker';
import { DOCUMENT_STATUS, documentStatus, type DocumentStatusParams } from './document-status';
import { registerCustomRequests } from './custom-requests';
import { Pipeline, type DocumentResult } from './pipeline';
import { DiagnosticsPublisher } from './publisher';
import { Scheduler } from './scheduler';
import { DEFAULT_SETTINGS, readSettings, type ServerSettings } from './settings';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let pullConfig = false;
  /** Links to the docs shipped with the extension, used while no docsBaseUrl is set. */
  let docsLink: ((code: string) => string) | undefined;
  const checker = createChecker();
  const pipeline = new Pipeline(checker);
  const publisher = new DiagnosticsPublisher((p) => void connection.sendDiagnostics(p));

  const applySettings = (s: ServerSettings) => {
    settings = s;
    pipeline.setOptions({ severity: s.severity, ...(s.docsBaseUrl ? { docsBaseUrl: s.docsBaseUrl } : docsLink ? { docsLink } : {}) });
    for (const doc of documents.all()) validate(doc);
  };

  /** Analyses the document's current version and publishes, unless a newer version arrived meanwhile. */
  const validate = (doc: TextDocument): DocumentResult | undefined => {
    const current = documents.get(doc.uri);
    if (!current || current.version !== doc.version) return undefined; // stale
    const result = pipeline.run(doc.uri, doc.version, doc.getText());
    publisher.publish(doc.uri, doc.version, result.diagnostics);
    return result;
  };

  const scheduler = new Scheduler(
    (uri) => documents.get(uri)?.version,
    (uri) => {
      const doc = documents.get(uri);
      if (doc) validate(doc);
    },
  );

  /** The result for the document's current version (analysed now if the debounce has not fired yet). */
  const resultOf = (uri: string): DocumentResult | undefined => {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const r = pipeline.get(uri);
    return r && r.version === doc.version ? r : pipeline.run(uri, doc.version, doc.getText());
  };

  connection.onInitialize((params): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as { locale?: string; settings?: unknown; docsUri?: unknown };
    setLocale(init.locale ?? params.locale);
    if (typeof init.docsUri === 'string') docsLink = bundledDocsLink(init.docsUri);
    pullConfig = !!params.capabilities?.workspace?.configuration;
    if (init.settings || docsLink) applySettings(init.settings ? readSettings(init.settings) : settings);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', ' ', '-', '[', ','], resolveProvider: false },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll + '.smartfab'] },
        codeLensProvider: { resolveProvider: false },
        documentLinkProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'smartfab-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (pullConfig) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'smartfab' }).catch(() => undefined);
      void pullSettings();
    }
  });

  const pullSettings = async () => {
    try {
      applySettings(readSettings(await connection.workspace.getConfiguration('smartfab')));
    } catch {
      // The client could not answer; keep what we have.
    }
  };

  connection.onDidChangeConfiguration((change) => {
    if (pullConfig) void pullSettings();
    else applySettings(readSettings((change.settings as { smartfab?: unknown } | undefined)?.smartfab));
  });

  documents.onDidOpen((e) => validate(e.document));
  documents.onDidChangeContent((e) => {
    // didOpen also fires a content change; the analysis above already covers that version.
    const r = pipeline.get(e.document.uri);
    if (r && r.version === e.document.version) return;
    scheduler.schedule(e.document.uri, e.document.version, settings.debounceMs);
  });
  documents.onDidClose((e) => {
    scheduler.cancel(e.document.uri);
    pipeline.close(e.document.uri);
    publisher.clear(e.document.uri);
  });

  const at = (uri: string, position: { line: number; character: number }) => {
    const r = resultOf(uri);
    return r ? { r, offset: r.lineIndex.offset(position) } : undefined;
  };

  connection.onHover((p) => {
    const a = at(p.textDocument.uri, p.position);
    return a ? hover({ text: a.r.text, offset: a.offset, lineIndex: a.r.lineIndex, index: a.r.index(), problems: a.r.problems }) ?? null : null;
  });
  connection.onCompletion((p) => {
    const a = at(p.textDocument.uri, p.position);
    return a ? completions({ text: a.r.text, offset: a.offset, lineIndex: a.r.lineIndex, plant: a.r.plant, knownIds: a.r.knownIds }) : [];
  });
  connection.onDefinition((p) => {
    const a = at(p.textDocument.uri, p.position);
    const idx = a?.r.index();
    return a && idx ? definition(idx, a.offset, p.textDocument.uri, a.r.lineIndex) ?? null : null;
  });
  connection.onReferences((p) => {
    const a = at(p.textDocument.uri, p.position);
    const idx = a?.r.index();
    return a && idx ? references(idx, a.offset, p.textDocument.uri, a.r.lineIndex, p.context.includeDeclaration) : [];
  });
  connection.onPrepareRename((p) => {
    const a = at(p.textDocument.uri, p.position);
    const idx = a?.r.index();
    return a && idx ? prepareRename(idx, a.offset, a.r.lineIndex) ?? null : null;
  });
  connection.onRenameRequest((p) => {
    const a = at(p.textDocument.uri, p.position);
    const idx = a?.r.index();
    if (!a || !idx) return null;
    const out = renameEdits(idx, a.r.text, a.offset, p.newName, a.r.lineIndex);
    if ('error' in out) throw new Error(out.error); // shown to the user by the client
    return { changes: { [p.textDocument.uri]: out.edits } };
  });
  connection.onDocumentSymbol((p) => {
    const r = resultOf(p.textDocument.uri);
    const idx = r?.index();
    return r && idx ? documentSymbols(idx, r.lineIndex, r.text) : [];
  });
  connection.onCodeAction((p) => {
    const r = resultOf(p.textDocument.uri);
    if (!r) return [];
    return codeActions({ uri: p.textDocument.uri, text: r.text, lineIndex: r.lineIndex, problems: r.problems, range: p.range, context: p.context });
  });
  connection.onCodeLens((p) => {
    const r = resultOf(p.textDocument.uri);
    const idx = r?.index();
    return r && idx && settings.codeLens ? codeLenses({ index: idx, lineIndex: r.lineIndex, analysis: r.analysis, problems: r.problems }) : [];
  });
  connection.onDocumentLinks((p) => {
    const r = resultOf(p.textDocument.uri);
    return r ? documentLinks({ text: r.text, lineIndex: r.lineIndex, index: r.index() }) : [];
  });

  connection.onRequest(DOCUMENT_STATUS, (p: DocumentStatusParams) => {
    const r = p?.uri ? resultOf(p.uri) : undefined;
    return r ? documentStatus(r) : null;
  });
  registerCustomRequests(connection, pipeline, { measureDoc, threatDoc }, (uri) => documents.get(uri) !== undefined);
  documents.listen(connection);
  connection.listen();
}
