// The shape of every message the server accepts, as JSON Schemas (only what the handlers read; extra
// properties are allowed, as LSP clients send more). guard.ts checks params against these before any
// handler runs, so a wrong-typed field gets InvalidParams (requests) or a log line (notifications)
// instead of a crash. Source: LSP 3.17 specification, and protocol.ts, review-protocol.ts and
// document-status.ts for the SmartFab requests.
import type { JSONSchema7 } from 'json-schema';
import { DOCUMENT_STATUS } from './document-status';
import { CATALOG_DOC, CHECK_FILES, EXPORT_REPORT, EXPORT_SARIF } from './protocol';
import { COMPARE_FINDINGS, DECIDE_RISK, EXPORT_REGISTER } from './review-protocol';
import { DIAGRAM_REQUEST } from '../core/diagram/protocol';

type S = JSONSchema7;

const obj = (properties: Record<string, S>, required: string[] = Object.keys(properties)): S => ({ type: 'object', properties, required });
const str: S = { type: 'string' };
const uint: S = { type: 'integer', minimum: 0, maximum: 2 ** 31 - 1 };
const position = obj({ line: uint, character: uint });
const range = obj({ start: position, end: position });
const docId = obj({ uri: str });
const docPosition = (extra: Record<string, S> = {}, required: string[] = []) =>
  obj({ textDocument: docId, position, ...extra }, ['textDocument', 'position', ...required]);
const docOnly = obj({ textDocument: docId });
const fileText = obj({ uri: str, text: str, path: str }, ['uri', 'text']);
// LSP 3.18 lets a diagnostic's message be MarkupContent too.
const diagnostic = obj({ range, message: { type: ['string', 'object'] }, code: { type: ['string', 'integer'] } }, ['range', 'message']);

/** Params schema per LSP method; methods not listed (e.g. shutdown, exit, $/cancelRequest) are not checked. */
export const PARAMS: Readonly<Record<string, S>> = {
  initialize: obj({ capabilities: { type: 'object' }, locale: str, initializationOptions: {} }, []),
  initialized: { type: 'object' },
  '$/setTrace': obj({ value: { enum: ['off', 'messages', 'verbose'] } }),
  'workspace/didChangeConfiguration': obj({ settings: {} }, []),
  'textDocument/didOpen': obj({ textDocument: obj({ uri: str, languageId: str, version: { type: 'integer' }, text: str }) }),
  'textDocument/didChange': obj({
    textDocument: obj({ uri: str, version: { type: 'integer' } }),
    contentChanges: { type: 'array', items: obj({ text: str, range, rangeLength: uint }, ['text']) },
  }),
  'textDocument/didClose': docOnly,
  'textDocument/didSave': obj({ textDocument: docId, text: str }, ['textDocument']),
  'textDocument/willSave': obj({ textDocument: docId, reason: { type: 'integer' } }),
  'textDocument/willSaveWaitUntil': obj({ textDocument: docId, reason: { type: 'integer' } }),
  'textDocument/hover': docPosition(),
  'textDocument/completion': docPosition({ context: obj({ triggerKind: { type: 'integer' }, triggerCharacter: str }, ['triggerKind']) }),
  'textDocument/definition': docPosition(),
  'textDocument/references': docPosition({ context: obj({ includeDeclaration: { type: 'boolean' } }) }, ['context']),
  'textDocument/prepareRename': docPosition(),
  'textDocument/rename': docPosition({ newName: str }, ['newName']),
  'textDocument/documentSymbol': docOnly,
  'textDocument/codeAction': obj({
    textDocument: docId,
    range,
    context: obj({ diagnostics: { type: 'array', items: diagnostic }, only: { type: 'array', items: str }, triggerKind: { type: 'integer' } }, ['diagnostics']),
  }),
  'textDocument/codeLens': docOnly,
  'textDocument/documentLink': docOnly,
  [CHECK_FILES]: obj({ files: { type: 'array', items: fileText } }),
  [EXPORT_SARIF]: obj({ files: { type: 'array', items: fileText } }),
  [EXPORT_REPORT]: obj({ file: fileText, format: { enum: ['markdown', 'html'] }, reportName: str }, ['file']),
  [CATALOG_DOC]: obj({ id: str }),
  [DOCUMENT_STATUS]: obj({ uri: str }),
  [DECIDE_RISK]: obj(
    { uri: str, key: str, status: { enum: ['accepted', 'mitigating', 'mitigated', 'false-positive'] }, justification: str, owner: str, ticket: str, expires: str },
    ['uri', 'key', 'status'],
  ),
  [COMPARE_FINDINGS]: obj({ uri: str, against: { anyOf: [obj({ rev: str }), obj({ fileUri: str })] } }),
  [DIAGRAM_REQUEST]: obj({ uri: str, text: str, options: { type: 'object' }, baseline: { anyOf: [obj({ rev: str }), obj({ fileUri: str })] } }, ['uri']),
  [EXPORT_REGISTER]: obj({ file: fileText, format: { enum: ['csv', 'xlsx'] }, reportName: str }, ['file', 'format']),
};
