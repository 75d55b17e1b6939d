// Wires the pipeline and the language features to an LSP connection (stdio, IPC or in-memory).
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  LSPErrorCodes,
  ResponseError,
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
import { currentLang, resolveLang, setLocale } from '../core/l10n/lang';
import { definition, documentSymbols, prepareRename, references } from '../core/lsp/navigation';
import { renameEdits } from '../core/lsp/rename';
import { bundledDocsLink } from './bundled-docs';
import { createChecker } from './checker';
import { DOCUMENT_STATUS, documentStatus, type DocumentStatusParams } from './document-status';
import type { ParamsGuard } from './guard';
import { registerCustomRequests } from './custom-requests';
import { registerDiagramRequest } from './diagram-request';
import { registerReviewRequests } from './review-requests';
import { riskHover, riskKeyCompletions, type InstanceInfo } from '../core/review/lsp';
import { nodeConfigHost } from '../core/config/node-host';
import { ConfigService } from './config-service';
import { BaselineCache, type CompareOptions } from './baseline';
import { configCodeActions, configCompletionsAt, configDiagnostics, configHoverAt, isConfigUri, overlayHost } from './config-documents';
import { Pipeline, type DocumentResult } from './pipeline';
import { DiagnosticsPublisher } from './publisher';
import { Scheduler } from './scheduler';
import { DEFAULT_SETTINGS, readSettings, type ServerSettings } from './settings';

/**
 * Serves `connection`; `guard` must be the ParamsGuard whose `options` the connection was created with
 * (it checks every message's params before the handlers below see them).
 */
export function startServer(connection: Connection, guard: ParamsGuard): void {
  guard.attach(connection);
  const documents = new TextDocuments(TextDocument);
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let pullConfig = false;
  /** The editor's display language (initialize); `smartfab.language: auto` follows it. */
  let displayLocale: string | undefined;
  // The client runs SmartFab's interactive commands (the VS Code extension says so in initializationOptions).
  let interactive = false;
  /** Links to the docs shipped with the extension, used while no docsBaseUrl is set. */
  let docsLink: ((code: string) => string) | undefined;
  // smartfab.config.yaml per document, merged with per-folder settings (src/server/config-service.ts).
  // An open config's text (saved or not) wins over the disk, so plant diagnostics follow the config as typed.
  const configs = new ConfigService(overlayHost(nodeConfigHost, () => documents.all()));
  const plantDocs = () => documents.all().filter((d) => !isConfigUri(d.uri));
  const checker = createChecker(8, { analysis: (uri) => configs.analysisOptions(uri), review: (uri) => configs.reviewOptions(uri, settings) });
  const pipeline = new Pipeline(checker);
  pipeline.optionsFor = (uri) => {
    const o = configs.diagnosticOptions(uri, settings);
    return o.docsBaseUrl || !docsLink ? o : { ...o, docsLink };
  };
  /** Both sides of a comparison are checked with the document's configuration. */
  const compareOptions: CompareOptions = {
    analysis: (uri) => configs.analysisOptions(uri),
    review: (uri) => configs.reviewOptions(uri, settings),
    severity: (uri) => configs.diagnosticOptions(uri, settings).severity ?? {},
  };
  const baselines = new BaselineCache(compareOptions);
  const publisher = new DiagnosticsPublisher((p) => void connection.sendDiagnostics(p));

  /** The language: an explicit smartfab.language, else the configuration's `language`, else the display language. */
  const pickLang = () => configs.language(settings, plantDocs().map((d) => d.uri)) ?? resolveLang('auto', displayLocale);

  const applySettings = (s: ServerSettings) => {
    settings = s;
    // One language for everything the server writes: diagnostics, hovers, quick-fixes, lenses, exports.
    const lang = setLocale(pickLang());
    pipeline.setOptions({ severity: s.severity, lang, ...(s.docsBaseUrl ? { docsBaseUrl: s.docsBaseUrl } : docsLink ? { docsLink } : {}) });
    for (const doc of documents.all()) validate(doc);
  };

  /** A configuration changed (on disk or as typed): read them again and re-check every open plant. */
  const configChanged = () => {
    configs.invalidate();
    baselines.invalidate();
    pipeline.invalidate();
    if (pickLang() !== currentLang()) applySettings(settings); // re-checks everything in the new language
    else for (const doc of plantDocs()) validate(doc);
  };

  /** Analyses the document's current version and publishes, unless a newer version arrived meanwhile. */
  const validate = (doc: TextDocument): DocumentResult | undefined => {
    const current = documents.get(doc.uri);
    if (!current || current.version !== doc.version) return undefined; // stale
    if (isConfigUri(doc.uri)) {
      publisher.publish(doc.uri, doc.version, configDiagnostics(doc.getText()));
      return undefined;
    }
    const result = pipeline.run(doc.uri, doc.version, doc.getText());
    // Files the configuration's `ignore` names are not checked (as by the CLI).
    publisher.publish(doc.uri, doc.version, configs.ignored(doc.uri) ? [] : result.diagnostics);
    return result;
  };

  const scheduler = new Scheduler(
    (uri) => documents.get(uri)?.version,
    (uri) => {
      const doc = documents.get(uri);
      // A timer callback has no caller to catch for it: an exception here would end the process.
      try {
        if (doc) validate(doc);
        if (doc && isConfigUri(uri)) configChanged();
      } catch (e) {
        try {
          connection.console.error(`SmartFab could not analyse ${uri}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        } catch {
          // The connection is gone (the client closed it while the timer waited): nobody to tell.
        }
      }
    },
  );

  /** The result for the document's current version (analysed now if the debounce has not fired yet). */
  const resultOf = (uri: string): DocumentResult | undefined => {
    const doc = documents.get(uri);
    if (!doc || isConfigUri(uri)) return undefined;
    const r = pipeline.get(uri);
    return r && r.version === doc.version ? r : pipeline.run(uri, doc.version, doc.getText());
  };

  connection.onInitialize((params): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as { locale?: string; settings?: unknown; docsUri?: unknown; interactiveCommands?: unknown; trusted?: unknown };
    interactive = init.interactiveCommands === true;
    configs.setTrusted(init.trusted !== false);
    configs.setRoots(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
    displayLocale = init.locale ?? params.locale;
    setLocale(displayLocale);
    if (typeof init.docsUri === 'string') docsLink = bundledDocsLink(init.docsUri);
    pullConfig = !!params.capabilities?.workspace?.configuration;
    applySettings(init.settings ? readSettings(init.settings) : settings);
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
      const scoped = await Promise.all(documents.all().map((d) => connection.workspace.getConfiguration({ scopeUri: d.uri, section: 'smartfab' })));
      documents.all().forEach((d, i) => configs.setScoped(d.uri, readSettings(scoped[i])));
      applySettings(readSettings(await connection.workspace.getConfiguration('smartfab')));
    } catch {
      // The client could not answer; keep what we have.
    }
  };

  /** The settings of one document's scope (per-folder `resource` settings), then its diagnostics again. */
  const pullScoped = async (uri: string) => {
    if (!pullConfig) return;
    try {
      configs.setScoped(uri, readSettings(await connection.workspace.getConfiguration({ scopeUri: uri, section: 'smartfab' })));
    } catch {
      return;
    }
    pipeline.invalidate(uri);
    const doc = documents.get(uri);
    if (doc) validate(doc);
  };

  // A smartfab.config.yaml changed on disk (the client watches them).
  connection.onDidChangeWatchedFiles(() => configChanged());

  connection.onDidChangeConfiguration((change) => {
    if (pullConfig) void pullSettings();
    else applySettings(readSettings((change.settings as { smartfab?: unknown } | undefined)?.smartfab));
  });

  documents.onDidOpen((e) => {
    if (isConfigUri(e.document.uri)) {
      validate(e.document);
      return;
    }
    // The first open plant may bring the configuration's language.
    if (pickLang() !== currentLang()) applySettings(settings);
    else validate(e.document);
    void pullScoped(e.document.uri);
  });
  documents.onDidChangeContent((e) => {
    if (isConfigUri(e.document.uri)) {
      // After the debounce: its diagnostics, then the open plants checked with the edited configuration.
      scheduler.schedule(e.document.uri, e.document.version, settings.debounceMs);
      return;
    }
    // didOpen also fires a content change; the analysis above already covers that version.
    const r = pipeline.get(e.document.uri);
    if (r && r.version === e.document.version) return;
    scheduler.schedule(e.document.uri, e.document.version, settings.debounceMs);
  });
  documents.onDidClose((e) => {
    scheduler.cancel(e.document.uri);
    pipeline.close(e.document.uri);
    configs.forget(e.document.uri);
    baselines.forget(e.document.uri);
    publisher.clear(e.document.uri);
    // A closed config is read from the disk again (unsaved edits are gone).
    if (isConfigUri(e.document.uri)) configChanged();
  });

  const at = (uri: string, position: { line: number; character: number }) => {
    const r = resultOf(uri);
    return r ? { r, offset: r.lineIndex.offset(position) } : undefined;
  };

  const instancesOf = (r: DocumentResult): readonly InstanceInfo[] => (r.analysis as { instances?: InstanceInfo[] } | undefined)?.instances ?? [];

  const configText = (uri: string) => (isConfigUri(uri) ? documents.get(uri)?.getText() : undefined);

  connection.onHover((p) => {
    const ct = configText(p.textDocument.uri);
    if (ct !== undefined) return configHoverAt(ct, p.position);
    const a = at(p.textDocument.uri, p.position);
    if (a) {
      const h = riskHover(a.r.plant, instancesOf(a.r), a.offset, a.r.lineIndex);
      if (h) return h;
    }
    return a ? hover({ text: a.r.text, offset: a.offset, lineIndex: a.r.lineIndex, index: a.r.index(), problems: a.r.problems }) ?? null : null;
  });
  connection.onCompletion((p) => {
    const ct = configText(p.textDocument.uri);
    if (ct !== undefined) return configCompletionsAt(ct, p.position);
    const a = at(p.textDocument.uri, p.position);
    const risk = a && riskKeyCompletions(a.r.text, a.offset, a.r.lineIndex, a.r.plant, instancesOf(a.r));
    if (risk) return risk;
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
    if ('error' in out) throw new ResponseError(LSPErrorCodes.RequestFailed, out.error); // shown to the user by the client
    return { changes: { [p.textDocument.uri]: out.edits } };
  });
  connection.onDocumentSymbol((p) => {
    const r = resultOf(p.textDocument.uri);
    const idx = r?.index();
    return r && idx ? documentSymbols(idx, r.lineIndex, r.text) : [];
  });
  connection.onCodeAction((p) => {
    if (isConfigUri(p.textDocument.uri)) return configCodeActions(p);
    const r = resultOf(p.textDocument.uri);
    if (!r) return [];
    return codeActions({ uri: p.textDocument.uri, text: r.text, lineIndex: r.lineIndex, problems: r.problems, range: p.range, context: p.context, interactive });
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
  // Unopened files and exports use the same configuration as open documents.
  registerCustomRequests(connection, pipeline, { measureDoc, threatDoc }, (uri) => documents.get(uri) !== undefined, {
    analysis: (uri) => configs.analysisOptions(uri),
    review: (uri) => configs.reviewOptions(uri, settings),
    severity: (uri) => configs.diagnosticOptions(uri, settings).severity ?? {},
  });
  registerReviewRequests(connection, resultOf, compareOptions, baselines);
  // The diagram draws the analysis the diagnostics were published from, with the same per-document severities,
  // and colours what changed since the comparison's baseline.
  registerDiagramRequest(connection, {
    result: resultOf,
    severity: (uri) => configs.diagnosticOptions(uri, settings).severity ?? {},
    baseline: (uri, ref) => baselines.get(uri, ref),
  });
  documents.listen(connection);
  connection.listen();
}
